import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { api, createMember, expectAccessible, joinDemoCommunity, PASSWORD, reply, screenshots, signInBrowser, startThread } from './me-support';

/** Journeys 8 and 9, and the account's email and password: my data (inventory, charter, export, deletion), my profile. */

test('my data: the inventory and the charter, an export requested then downloaded through this origin', async ({ page }) => {
  test.setTimeout(60_000);
  const member = await createMember('exporter');
  await signInBrowser(page, member, '/me/data');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What Palabre holds about you' })).toBeVisible();
  await expect(page.locator('.inventory > li').first()).toBeVisible();
  await page.getByText(/^The data charter \(version /).click();
  await expect(page.locator('details').getByRole('heading', { level: 3, name: 'Consents' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Request an export' }).click();
  await expect(page.getByText('Export requested: it is being prepared.')).toBeVisible();
  // The page looks again by itself while the archive is built.
  const download = page.getByRole('button', { name: 'Download' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  await screenshots(page, 'my-data');
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.url()).toMatch(new RegExp(`^${process.env.PALABRE_WEB_URL}/exports/`));
  // One archive a day: asking again says so.
  await page.getByRole('button', { name: 'Request an export' }).click();
  await expect(page.getByText('You can request a new export a day after the previous one')).toBeVisible();
  const archive = JSON.parse(readFileSync((await file.path())!, 'utf8')) as Record<string, unknown>;
  expect(JSON.stringify(archive)).toContain(member.handle);
});

test('the account deletion is scheduled (a wrong password said next to it, the choice kept), then cancelled', async ({ page }) => {
  test.setTimeout(60_000);
  const member = await createMember('leaver');
  await signInBrowser(page, member, '/me/data');
  await page.getByLabel('Delete it (replies of others stay)').check();
  await page.getByLabel('Your current password, to confirm').fill('not-my-password');
  await page.getByRole('button', { name: 'Schedule the deletion' }).click();
  const password = page.getByLabel('Your current password, to confirm');
  await expect(page.getByRole('alert')).toHaveText('This password is incorrect.');
  await expect(password).toBeFocused();
  await expect(password).toHaveValue('not-my-password');
  await expect(page.getByLabel('Delete it (replies of others stay)')).toBeChecked();
  await expectAccessible(page);

  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Schedule the deletion' }).click();
  await expect(page.getByText(/^Your account will be deleted after .*, its content handled as: Delete it/)).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await page.getByRole('button', { name: 'Keep my account (cancel the deletion)' }).click();
  await expect(page.getByText('The deletion is cancelled: your account stays.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Schedule the deletion' })).toBeVisible();
  const { accountDeletion } = await api<{ accountDeletion: unknown }>('query { accountDeletion { executeAfter } }', {}, member.token);
  expect(accountDeletion).toBeNull();
});

test('the profile shows what I gave and received, my badges and the opt-in board choices', async ({ page }) => {
  test.setTimeout(60_000);
  const asker = await createMember('thanker');
  const helper = await createMember('giver');
  const { spaceId, name } = await joinDemoCommunity('trail-gear', asker, helper);
  const threadId = await startThread(asker, spaceId, `How to dry boots overnight ${Date.now()}`);
  const replyId = await reply(helper, threadId, 'Newspaper inside, changed twice, far from the fire.');
  await api('mutation Accept($id: ID!) { acceptAnswer(replyId: $id) { id } }', { id: replyId }, asker.token);
  await api('mutation Kudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }', { input: { contentId: replyId } }, asker.token);

  // `/me` opens the profile.
  await signInBrowser(page, helper, '/me');
  await expect(page).toHaveURL(/\/me\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  const community = page.getByRole('region', { name });
  const figure = (label: string) => community.locator('.reciprocity > div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  // Recognition counts from events: look again until they are in.
  await expect(async () => {
    await page.reload();
    await expect(figure('Your answers accepted')).toHaveText('1', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(figure('Kudos received')).toHaveText('1');
  await expect(figure('Members you helped')).toHaveText('1');
  await expect(community.getByText(/^Reputation: \d+/)).toBeVisible();
  await expect(community.getByText(/^Badges$/)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'profile');

  await page.getByLabel('Let others see what I gave and received').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Let others see what I gave and received')).toBeChecked();
});

test('email and password screens: a wrong current password is said next to it; signed out, the screens ask to sign in', async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const member = await createMember('changer');
  await signInBrowser(page, member, '/me/email');
  await expect(page.getByText(`Current email: ${member.email}`)).toBeVisible();
  const newEmail = `changed-${Date.now()}@example.com`;
  await page.getByLabel('New email').fill(newEmail);
  await page.getByLabel('Current password').fill('wrong-password');
  await page.getByRole('button', { name: 'Send the confirmation link' }).click();
  await expect(page.getByRole('alert')).toHaveText('This password is incorrect.');
  await expect(page.getByLabel('New email')).toHaveValue(newEmail);
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Send the confirmation link' }).click();
  await expect(page.getByText(`We sent a link to ${newEmail}`)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Your space' }).getByRole('link', { name: 'Password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await expect(page.getByRole('alert')).toHaveText('The password needs at least 10 characters.');
  await page.getByLabel('New password').fill('another-long-secret');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await expect(page.getByText('Your password is changed; your other sessions have ended.')).toBeVisible();
  await expectAccessible(page);

  const stranger = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto('/me/data');
  await expect(strangerPage.getByRole('link', { name: 'Connectez-vous pour voir cette page.' })).toHaveAttribute('href', '/account/sign-in?next=%2Fme%2Fdata');
  await expectAccessible(strangerPage);
  await stranger.close();
});
