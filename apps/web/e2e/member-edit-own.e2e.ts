import { expect, test, type Browser, type Page } from '@playwright/test';
import { api, createMember, expectAccessible, signInBrowser, trailGear, type TestMember } from './member-support';

/**
 * A member edits and deletes their own replies and idea comments (the API says which: viewerCanEdit,
 * viewerCanDelete); another member sees no such action, and a forged call from them is refused.
 */

async function gql<T>(query: string, variables: Record<string, unknown>, member: TestMember): Promise<T> {
  const answer = await api<T>(query, variables, member.token);
  if (!answer.data || answer.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

async function joinTrailGear(...members: TestMember[]) {
  const community = await trailGear();
  for (const member of members) await gql(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: community.id }, member);
  return community;
}

const replyTo = async (member: TestMember, threadId: string, body: string) =>
  (await gql<{ reply: { id: string } }>(`mutation ($input: ReplyInput!) { reply(input: $input) { id } }`, { input: { threadId, body } }, member)).reply.id;

/** Another member's browser on the same page: the actions on their own post, none on the author's. */
async function expectNoActionsFor(browser: Browser, other: TestMember, path: string, articleId: string, ownArticleId: string) {
  const context = await browser.newContext({ baseURL: process.env.PALABRE_WEB_URL });
  const page = await context.newPage();
  await signInBrowser(page, other, path);
  // Their own post's actions show: what the API says about each post has arrived.
  await expect(page.locator(`[id="${ownArticleId}"]`).getByRole('button', { name: 'Edit' })).toBeVisible();
  const article = page.locator(`[id="${articleId}"]`);
  await expect(article).toBeVisible();
  await expect(article.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(article.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expectAccessible(page);
  await context.close();
}

async function expectRefused(query: string, variables: Record<string, unknown>, member: TestMember) {
  const answer = await api(query, variables, member.token);
  expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
}

async function edit(page: Page, articleId: string, label: string, from: string, to: string) {
  const article = page.locator(`[id="${articleId}"]`);
  await article.getByRole('button', { name: 'Edit' }).click();
  const field = article.getByLabel(label, { exact: true });
  await expect(field).toHaveValue(from);
  await expectAccessible(page);
  // Refused by the API (too long): the message sits next to the field, and the text is still there.
  const tooLong = `${to} ${'x'.repeat(20_001)}`;
  await field.fill(tooLong);
  await article.getByRole('button', { name: 'Save the changes' }).click();
  await expect(article.locator('.field-error')).toHaveText('Write something here (up to the length limit).');
  await expect(field).toHaveValue(tooLong);
  await field.fill(to);
  await article.getByRole('button', { name: 'Save the changes' }).click();
  await expect(field).toHaveCount(0);
  return article;
}

async function remove(page: Page, articleId: string) {
  const article = page.locator(`[id="${articleId}"]`);
  await article.getByRole('button', { name: 'Delete' }).click();
  await article.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator(`[id="${articleId}"]`)).toHaveCount(0);
}

test('a member edits a reply (shown edited, with the earlier version) and deletes another; someone else sees neither action and cannot forge one', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const [asker, author, other] = [await createMember('asker'), await createMember('replier'), await createMember('onlooker')];
  const community = await joinTrailGear(asker, author, other);
  const threadId = (
    await gql<{ startThread: { id: string } }>(
      `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
      { input: { spaceId: community.help, kind: 'QUESTION', title: `Which stove for a winter trip ${Date.now().toString(36)}`, body: 'Nights go down to -10 °C.' } },
      asker,
    )
  ).startThread.id;
  const kept = await replyTo(author, threadId, 'A canister stove works in the cold.');
  const dropped = await replyTo(author, threadId, 'Posted too early, ignore this.');
  const path = `/c/trail-gear/t/${threadId}`;

  await signInBrowser(page, author, path);
  const article = await edit(page, `reply-${kept}`, 'Your answer', 'A canister stove works in the cold.', 'A canister stove with a **regulator** works in the cold.');
  await expect(article.locator('.prose strong')).toHaveText('regulator');
  await expect(article.getByText(/^edited /)).toBeVisible();
  await article.getByText('Earlier versions (1)').click();
  await expect(article.locator('.revision-body')).toHaveText('A canister stove works in the cold.');

  await remove(page, `reply-${dropped}`);
  await expect(page.locator(`[id="reply-${kept}"]`)).toBeVisible();
  await expectAccessible(page);

  const theirs = await replyTo(other, threadId, 'A liquid fuel stove is even better below -10 °C.');
  await expectNoActionsFor(browser, other, path, `reply-${kept}`, `reply-${theirs}`);
  await expectRefused(`mutation ($input: EditPostInput!) { editPost(input: $input) { __typename } }`, { input: { id: kept, body: 'Vandalised' } }, other);
  await expectRefused(`mutation ($id: ID!) { deletePost(id: $id) }`, { id: kept }, other);
});

test('a member edits and deletes their comment on an idea; someone else sees neither action and cannot forge one', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const [proposer, author, other] = [await createMember('proposer'), await createMember('commenter'), await createMember('onlooker')];
  const community = await joinTrailGear(proposer, author, other);
  const ideaId = (
    await gql<{ proposeIdea: { id: string } }>(
      `mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`,
      { input: { spaceId: community.ideas, title: `A map pocket on the hip belt ${Date.now().toString(36)}`, body: 'Reachable without taking the pack off.', tags: [] } },
      proposer,
    )
  ).proposeIdea.id;
  const comment = async (body: string, member = author) =>
    (await gql<{ commentOnIdea: { id: string } }>(`mutation ($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }`, { input: { ideaId, body } }, member)).commentOnIdea.id;
  const kept = await comment('Waterproof, please.');
  const dropped = await comment('Wrong idea, sorry.');
  const path = `/c/trail-gear/i/${ideaId}`;

  await signInBrowser(page, author, path);
  const article = await edit(page, `comment-${kept}`, 'Your comment', 'Waterproof, please.', 'Waterproof *and* big enough for a phone.');
  await expect(article.locator('.prose em')).toHaveText('and');
  await expect(article.getByText(/^edited /)).toBeVisible();

  await remove(page, `comment-${dropped}`);
  await expect(page.getByRole('heading', { name: /^1 comment/ })).toBeVisible();
  await expectAccessible(page);

  const theirs = await comment('And a zip that works with gloves.', other);
  await expectNoActionsFor(browser, other, path, `comment-${kept}`, `comment-${theirs}`);
  await expectRefused(`mutation ($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id } }`, { input: { id: kept, body: 'Vandalised' } }, other);
  await expectRefused(`mutation ($id: ID!) { deleteIdeaComment(id: $id) }`, { id: kept }, other);
});
