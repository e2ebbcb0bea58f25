import { expect, test } from '@playwright/test';
import { createMember, expectAccessible, joinDemoCommunity, reply, screenshots, signInBrowser, startThread } from './me-support';

/**
 * Journeys 6 and 7: the live unread badge and the inbox (another member's reply, sent from another context,
 * arrives without a reload), the notification settings and the language, the consents with their history.
 */

const unreadLink = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Notifications/ });

test('a reply from another member lights the unread badge live; the inbox marks one, then all, read', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const asker = await createMember('asker');
  const helper = await createMember('helper');
  const { spaceId } = await joinDemoCommunity('trail-gear', asker, helper);
  const threadId = await startThread(asker, spaceId, `Which stove for a winter trek ${Date.now()}`);

  const askerContext = await browser.newContext({ baseURL });
  const page = await askerContext.newPage();
  await signInBrowser(page, asker, '/me/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByText('No notifications yet.')).toBeVisible();
  await expect(unreadLink(page)).toHaveText('Notifications');

  // The other member answers from their own context: the asker's page learns it through the gateway.
  const helperContext = await browser.newContext({ baseURL });
  const helperPage = await helperContext.newPage();
  await helperPage.goto('/');
  await reply(helper, threadId, 'A canister stove with a pressure regulator keeps working down to -10 °C.');
  await reply(helper, threadId, 'And keep the canister in your sleeping bag overnight.');
  await expect(unreadLink(page)).toHaveAccessibleName('Notifications (2 unread)', { timeout: 15_000 });
  await expect(page.locator('[aria-live="polite"]', { hasText: 'Unread notifications: 2' })).toBeAttached();
  const items = page.getByRole('listitem').filter({ hasText: `By ${helper.handle}` });
  await expect(items).toHaveCount(2);
  await expectAccessible(page);
  await screenshots(page, 'notifications');

  await items.first().getByRole('button', { name: /^Mark read/ }).click();
  await expect(page.getByText('Marked read.')).toBeVisible();
  await expect(unreadLink(page)).toHaveAccessibleName('Notifications (1 unread)');
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(page.getByText('Notifications marked read: 1.')).toBeVisible();
  await expect(unreadLink(page)).toHaveAccessibleName('Notifications');
  await page.getByLabel('Unread only').check();
  await expect(page.getByText('No notifications yet.')).toBeVisible();
  await expectAccessible(page);
  // Each notification is a link the API built: a reply's leads to its thread, at the reply (no lookup on click).
  await page.getByLabel('Unread only').uncheck();
  const link = items.first().getByRole('link');
  await expect(link).toHaveAttribute('href', new RegExp(`^/c/trail-gear/t/${threadId}#reply-`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/c/trail-gear/t/${threadId}#reply-`));
  await helperContext.close();
  await askerContext.close();
});

test('notification settings are saved and come back after a reload; a wrong value is said next to its field, nothing typed is lost', async ({ page }) => {
  test.setTimeout(60_000);
  const member = await createMember('settler');
  await signInBrowser(page, member, '/me/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('How often').selectOption('DAILY');
  await page.getByLabel('Day of the weekly digest').selectOption({ label: 'Sunday' });
  await page.getByLabel('From (HH:MM)').fill('22:00');
  await page.getByLabel('To (HH:MM)').fill('07:30');
  await page.getByLabel('Time zone', { exact: true }).fill('Europe/Paris');
  await page.getByLabel('Weekly contact budget').fill('many');
  await page.getByLabel('Follow my own new threads and ideas automatically').uncheck();
  const save = page.locator('#notification-preferences').getByRole('button', { name: 'Save' });
  await save.click();
  const budget = page.getByLabel('Weekly contact budget');
  await expect(page.getByRole('alert')).toHaveText('Use a whole number from 0 to 1000, or leave it empty.');
  await expect(budget).toBeFocused();
  await expect(budget).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('From (HH:MM)')).toHaveValue('22:00');
  await expectAccessible(page);

  // The API's own refusal (an unknown time zone) lands next to its field too.
  await budget.fill('5');
  await page.getByLabel('Time zone', { exact: true }).fill('Mars/Olympus');
  await save.click();
  await expect(page.getByRole('alert')).toHaveText('Use a time zone such as Europe/Paris.');
  await expect(page.getByLabel('Time zone', { exact: true })).toBeFocused();
  await page.getByLabel('Time zone', { exact: true }).fill('Europe/Paris');
  await save.click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await screenshots(page, 'settings');

  await page.reload();
  await expect(page.getByLabel('How often')).toHaveValue('DAILY');
  await expect(page.getByLabel('Day of the weekly digest')).toHaveValue('7');
  await expect(page.getByLabel('From (HH:MM)')).toHaveValue('22:00');
  await expect(page.getByLabel('To (HH:MM)')).toHaveValue('07:30');
  await expect(page.getByLabel('Weekly contact budget')).toHaveValue('5');
  await expect(page.getByLabel('Follow my own new threads and ideas automatically')).not.toBeChecked();

  // The language: never chosen yet (me.locale is null), so the page's own language is the one preselected.
  await expect(page.getByLabel('English')).toBeChecked();
  // Chosen here, it drives every page, rendered in it by the server (even an English community).
  await page.getByLabel('Français').check();
  await page.locator('#language').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const html = await (await page.request.get('/c/trail-gear')).text();
  expect(html).toContain('<html lang="fr"');
  await expectAccessible(page);
  // Errors speak the member's language too, next to their field.
  await page.getByLabel('Budget de contacts par semaine').fill('beaucoup');
  await page.locator('#notification-preferences').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert')).toHaveText('Indiquez un nombre entier de 0 à 1000, ou laissez vide.');
  await expect(page.getByLabel('Budget de contacts par semaine')).toHaveValue('beaucoup');
});

test('consents: each scope explained, granted then withdrawn, every change in the history', async ({ page }) => {
  test.setTimeout(60_000);
  const member = await createMember('consenter');
  const { name } = await joinDemoCommunity('trail-gear', member);
  await signInBrowser(page, member, '/me/consents');
  await expect(page.getByRole('heading', { level: 1, name: 'Consents' })).toBeVisible();
  const community = page.getByRole('region', { name });
  const brand = community.getByRole('listitem').filter({ hasText: 'The brand team may write to you' });
  await expect(brand).toContainText('cannot write to you first');
  await expect(brand).toContainText('Not granted');
  await expect(page.getByText('Nothing recorded yet.')).toBeVisible();
  await expectAccessible(page);

  await brand.getByRole('button', { name: `Grant: The brand team may write to you · ${name}` }).click();
  await expect(page.getByText('Consent granted.')).toBeVisible();
  await expect(brand).toContainText(/Granted on .* \(text version /);
  const history = page.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem').first()).toContainText(`Granted · The brand team may write to you · ${name}`);

  await brand.getByRole('button', { name: /^Withdraw/ }).click();
  await expect(page.getByText('Consent withdrawn.')).toBeVisible();
  await expect(brand).toContainText('Withdrawn on');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Withdrawn · The brand team may write to you');
  await expectAccessible(page);
  await screenshots(page, 'consents');
});
