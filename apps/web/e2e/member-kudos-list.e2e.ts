import { expect, test } from '@playwright/test';
import { apiData, createMember, expectAccessible, signInBrowser, trailGear } from './member-support';

/** Issue 18: next to the reciprocity figures, the kudos one received and gave (who, for what, when), paged. */
test('a member sees the kudos received and given in a community on their profile', async ({ page }) => {
  test.setTimeout(60_000);
  const place = await trailGear();
  const [author, thanker] = [await createMember('thanked'), await createMember('thanker')];
  for (const member of [author, thanker]) await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const { startThread } = await apiData<{ startThread: { id: string } }>(
    `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
    { input: { spaceId: place.help, kind: 'DISCUSSION', title: `My winter commuting setup ${Date.now().toString(36)}`, body: 'Studded tyres and a dynamo.' } },
    author.token,
  );
  await apiData(`mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`, { input: { contentId: startThread.id } }, thanker.token);

  await signInBrowser(page, author, '/me/profile');
  const section = page.getByRole('region', { name: 'Trail Gear Community' });
  await expect(section.getByRole('heading', { name: 'Kudos, one by one' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Received' })).toHaveAttribute('aria-pressed', 'true');
  const entry = section.locator('.kudos-list li').first();
  await expect(entry).toContainText(`From ${thanker.handle}`);
  await expect(entry.getByRole('link', { name: 'a thread' })).toHaveAttribute('href', `/c/trail-gear/t/${startThread.id}`);
  await expect(section.getByText('1 of 1')).toBeVisible();
  await expectAccessible(page);

  await section.getByRole('button', { name: 'Given' }).click();
  await expect(section.getByText('None yet.')).toBeVisible();
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
