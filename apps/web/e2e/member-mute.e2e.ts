import { expect, test, type Page } from '@playwright/test';
import { apiData, createMember, expectAccessible, signInBrowser, trailGear } from './member-support';

/**
 * Muting (issue 18): a member mutes a post's author from the thread, that author's posts fold away (shown on
 * demand), the muted list in the settings undoes it; the "mentions" notification preference is kept there too.
 */

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a member mutes a reply’s author (posts folded, shown on demand), unmutes them in the settings, and switches mentions off', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const place = await trailGear();
  const [reader, noisy] = [await createMember('reader'), await createMember('noisy')];
  for (const member of [reader, noisy]) await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const title = `Chain lube for winter riding ${Date.now().toString(36)}?`;
  const { startThread } = await apiData<{ startThread: { id: string } }>(
    `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
    { input: { spaceId: place.help, kind: 'QUESTION', title, body: 'Wet or dry lube when it is cold?' } },
    reader.token,
  );
  const replyText = `Buy my miracle lube, link in bio ${Date.now().toString(36)}`;
  await apiData(`mutation ($input: ReplyInput!) { reply(input: $input) { id } }`, { input: { threadId: startThread.id, body: replyText } }, noisy.token);

  const path = `/c/trail-gear/t/${startThread.id}`;
  await signInBrowser(page, reader, path);
  const reply = page.getByRole('article', { name: new RegExp(noisy.handle) });
  await expect(reply.getByText(replyText)).toBeVisible();
  await reply.getByRole('button', { name: 'Mute this member' }).click();

  // Folded away, with a way to read it anyway.
  await expect(reply.getByText('A post by a member you muted.')).toBeVisible();
  await expect(reply.getByText(replyText)).toBeHidden();
  const show = reply.getByRole('button', { name: 'Show this post' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expectAccessible(page);
  await show.click();
  await expect(reply.getByText(replyText)).toBeVisible();
  await expect(reply.getByRole('button', { name: 'Fold it away again' })).toHaveAttribute('aria-expanded', 'true');

  // Still folded after a reload (the API keeps the mute).
  await page.reload();
  await expect(reply.getByText('A post by a member you muted.')).toBeVisible();
  await expect(reply.getByText(replyText)).toBeHidden();

  // The settings list the muted member; unmuting there is immediate. Mentions can be switched off.
  await page.goto('/me/settings');
  const muted = page.getByRole('region', { name: 'Members you muted' });
  await expect(muted.getByText(noisy.handle, { exact: true })).toBeVisible();
  const mentions = page.getByLabel('Tell me when a member of my community @mentions me');
  await expect(mentions).toBeChecked();
  await mentions.uncheck();
  await page.locator('#notification-preferences').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const prefs = await apiData<{ me: { notificationPreferences: { mentions: boolean } } }>(`{ me { notificationPreferences { mentions } } }`, {}, reader.token);
  expect(prefs.me.notificationPreferences.mentions).toBe(false);
  await expectAccessible(page);

  await muted.getByRole('button', { name: `Unmute ${noisy.handle}` }).click();
  await expect(muted.getByText(`${noisy.handle} is no longer muted.`)).toBeVisible();
  await expect(muted.getByText('You have muted nobody.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.goto(path);
  await expect(reply.getByText(replyText)).toBeVisible();
  await expect(reply.getByRole('button', { name: 'Mute this member' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('on an idea page, the comments of a muted member are folded away for the muter only, and shown on demand', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  const place = await trailGear();
  const [reader, noisy] = [await createMember('ideareader'), await createMember('ideanoisy')];
  for (const member of [reader, noisy]) await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const { proposeIdea } = await apiData<{ proposeIdea: { id: string } }>(
    `mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`,
    { input: { spaceId: place.ideas, title: `A bottle cage that fits small frames ${Date.now().toString(36)}`, body: 'Side-loading, for 48 cm frames.' } },
    reader.token,
  );
  const comment = `Off topic: follow my channel ${Date.now().toString(36)}`;
  await apiData(`mutation ($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }`, { input: { ideaId: proposeIdea.id, body: comment } }, noisy.token);
  await apiData(`mutation ($id: ID!) { muteMember(memberId: $id) { id } }`, { id: noisy.id }, reader.token);

  await signInBrowser(page, reader, `/c/trail-gear/i/${proposeIdea.id}`);
  const article = page.getByRole('article', { name: new RegExp(noisy.handle) });
  await expect(article.getByText('A post by a member you muted.')).toBeVisible();
  await expect(article.getByText(comment)).toBeHidden();
  await expect(page.getByText('Side-loading, for 48 cm frames.')).toBeVisible();
  await expectAccessible(page);
  await article.getByRole('button', { name: 'Show this post' }).click();
  await expect(article.getByText(comment)).toBeVisible();
  expect(errors).toEqual([]);
});
