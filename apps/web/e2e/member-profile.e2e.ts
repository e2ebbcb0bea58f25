import { expect, test } from '@playwright/test';
import { apiData, createMember, expectAccessible, screenshots, trailGear } from './member-support';

/**
 * A member's public profile (/members/<handle>): server-rendered and readable without JavaScript, reached from an
 * @mention in a post, accessible at phone width; an unknown handle and a former member have no profile.
 */

test('an @mention in a post links to the member’s public profile, readable without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const place = await trailGear();
  const asker = await createMember('mentioner');
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, asker.token);
  const title = `Who knows chain wax best ${Date.now().toString(36)}?`;
  const { startThread } = await apiData<{ startThread: { id: string } }>(
    `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
    { input: { spaceId: place.help, kind: 'QUESTION', title, body: 'Maybe @lea can tell, or @nobody_by_this_name.' } },
    asker.token,
  );

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(`/c/trail-gear/t/${startThread.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('@nobody_by_this_name', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: '@nobody_by_this_name' })).toHaveCount(0);
  await page.getByRole('link', { name: '@lea', exact: true }).click();

  await expect(page).toHaveURL(/\/members\/lea$/);
  await expect(page.getByRole('heading', { level: 1, name: '@lea' })).toBeVisible();
  await expect(page.getByText(/^Member since|^Membre depuis/)).toBeVisible();
  const french = page.getByRole('region', { name: 'L’Atelier Vélo' });
  await expect(french.getByRole('link', { name: 'Quelle crème pour entretenir la chaîne sous la pluie ?' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/members\/lea$/);
  // Nothing private: no email anywhere on the page.
  expect(await page.content()).not.toMatch(/@demo\.palabre\.local/);
  await context.close();
});

test('the profile page passes axe at phone and desktop width, and shows the shared balance and badges', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/members/lea');
  await expect(page.getByRole('heading', { level: 1, name: '@lea' })).toBeVisible();
  // Léa shows her reciprocity (demo choice): the figures are listed.
  await expect(page.getByRole('heading', { level: 3, name: /Given and received|Donné et reçu/ }).first()).toBeVisible();
  await expectAccessible(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 860 });
  await expectAccessible(page);
  await screenshots(page, 'member-profile');
});

test('an unknown handle answers 404, and a former member’s tombstone says the member left', async ({ page }) => {
  const unknown = await page.goto('/members/nobody_by_this_name');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);

  const former = await page.goto('/members/former-member-1');
  expect(former?.status()).toBe(404);
  await expect(page.getByText(/former member has no profile|ancien membre n’a pas de profil/)).toBeVisible();
  await expectAccessible(page);
});
