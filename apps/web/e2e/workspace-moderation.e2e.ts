import { expect, test } from '@playwright/test';
import { COMMUNITY, demoCommunity, expectAccessible, graphql, screenshots, signIn, tokenOf } from './workspace-support';

/**
 * The moderator's queue in the browser: a member's report waits there grouped by content; the moderator claims it,
 * is told next to the field when the reason is too short (nothing typed is lost), decides with a saved template, and
 * the author reads the reason. Saved reasons are added on the same screen. A member opening the queue is refused by the API.
 */

test('a moderator claims a reported thread (another moderator is refused meanwhile), decides with a saved reason the author then reads; a member is refused the queue', async ({ page, browser, request }) => {
  test.setTimeout(90_000);
  const [author, reporter] = [await tokenOf(request, 'lea'), await tokenOf(request, 'mathis')];
  const community = await demoCommunity(request);
  const title = `Buy cheap tyres at my shop ${Date.now().toString(36)}`;
  const started = await graphql<{ startThread: { id: string } }>(
    request,
    'mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }',
    { input: { spaceId: community.discussionSpaceId, kind: 'DISCUSSION', title, body: 'Follow the link in my profile for the best prices.' } },
    author,
  );
  await graphql(request, 'mutation ($input: ReportContentInput!) { reportContent(input: $input) { id } }', { input: { contentId: started.startThread.id, reason: 'SPAM', note: 'advertising' } }, reporter);
  const template = `Advertising ${Date.now().toString(36)}`;

  await signIn(page, 'modo_anna');
  await page.goto(`/c/${COMMUNITY}/workspace/moderation`);
  await expect(page.getByRole('heading', { level: 1, name: 'Moderation queue' })).toBeVisible();
  const item = page.getByRole('article').filter({ hasText: title });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText('Thread · reports: 1');
  await expect(item).toContainText('Spam: 1 (weight 1)');
  await expect(item).toContainText('Nobody is working on this item.');
  // The author's name opens their moderation history (workspace-appeals-audit.e2e.ts follows such a link).
  await expect(item.getByRole('link', { name: 'Written by lea' })).toHaveAttribute('href', new RegExp(`^/c/${COMMUNITY}/workspace/members/`));
  await expect(page.getByRole('navigation', { name: 'Moderation workspace' }).getByRole('link', { name: 'Queue' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);

  // The moderators' saved reasons are edited on the same screen; a refusal sits next to its field.
  const templates = page.getByRole('region', { name: 'Reason templates' });
  await templates.getByLabel('Title').fill(template);
  await templates.getByLabel('Reason', { exact: true }).fill('Ads');
  await templates.getByRole('button', { name: 'Add the template' }).click();
  await expect(templates.getByRole('alert')).toHaveText('The reason needs at least 10 characters: the author reads it.');
  await expect(templates.getByLabel('Title')).toHaveValue(template);
  await templates.getByLabel('Reason', { exact: true }).fill('Advertising is not allowed in the help space.');
  await templates.getByRole('button', { name: 'Add the template' }).click();
  await expect(templates.getByRole('heading', { level: 3, name: template })).toBeVisible();
  await templates.getByLabel('Title').fill(template);
  await templates.getByLabel('Reason', { exact: true }).fill('The same title a second time.');
  await templates.getByRole('button', { name: 'Add the template' }).click();
  await expect(templates.getByRole('alert')).toHaveText('A template with this title exists already.');
  await expect(templates.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(page, 'moderation-queue');

  await item.getByRole('button', { name: 'Claim' }).click();
  await expect(item).toContainText('You are working on this item until');
  await expect(item.getByRole('button', { name: 'Release' })).toBeVisible();

  // The owner moderates too: they see who works on it, and the API refuses their decision meanwhile.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, 'camille');
  await owner.goto(`/c/${COMMUNITY}/workspace/moderation`);
  const ownersItem = owner.getByRole('article').filter({ hasText: title });
  await expect(ownersItem).toContainText('modo_anna is working on this item until');
  await ownersItem.getByLabel('Reason shown to the author').fill('Spam links are removed here.');
  await ownersItem.getByRole('button', { name: 'Apply' }).click();
  await expect(ownersItem).toContainText('Another moderator is working on this item. Wait until they release it or their claim expires.');
  await expect(ownersItem.getByLabel('Reason shown to the author')).toHaveValue('Spam links are removed here.');
  await expectAccessible(owner);
  await ownerContext.close();

  // A reason the API refuses: the message sits next to the field, and what was typed stays.
  const reason = item.getByLabel('Reason shown to the author');
  await reason.fill('no');
  await item.getByRole('button', { name: 'Apply' }).click();
  await expect(item.getByRole('alert')).toHaveText('The reason needs at least 10 characters: the author reads it.');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveValue('no');
  await expect(reason).toBeFocused();
  await expectAccessible(page);

  await item.getByLabel('Reason template').selectOption({ label: template });
  await expect(reason).toHaveValue('Advertising is not allowed in the help space.');
  await item.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('article').filter({ hasText: title })).toHaveCount(0);

  const history = await graphql<{ me: { moderationHistory: { edges: Array<{ node: { action: string; reason: string; target: string } }> } } }>(
    request,
    'query ($id: ID!) { me { moderationHistory(communityId: $id) { edges { node { action reason target } } } } }',
    { id: community.id },
    author,
  );
  expect(history.me.moderationHistory.edges.map((edge) => edge.node)).toContainEqual({ action: 'HIDE', reason: 'Advertising is not allowed in the help space.', target: started.startThread.id });

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, 'mathis');
  await member.goto(`/c/${COMMUNITY}/workspace/moderation`);
  await expect(member.getByText('Only the moderators of this community can open its moderation queue.')).toBeVisible();
  await expectAccessible(member);
  await memberContext.close();
});
