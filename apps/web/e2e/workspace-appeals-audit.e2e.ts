import { expect, test } from '@playwright/test';
import { COMMUNITY, demoCommunity, expectAccessible, graphql, screenshots, signIn, tokenOf } from './workspace-support';

/**
 * Appeals, suspensions, the audit log and a member's moderation history in the browser: an appeal against
 * modo_anna's own action never reaches her but reaches the owner, who decides it; a suspension is set and lifted
 * with its refusals next to the fields; the log is narrowed by action, member, actor kind and period; from it a
 * member's history opens, where moderators add notes.
 */

test('appeals reach another moderator, suspensions are set and lifted, the audit log filters, a member history keeps notes', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const [author, moderator] = [await tokenOf(request, 'lea'), await tokenOf(request, 'modo_anna')];
  const community = await demoCommunity(request);
  const stamp = Date.now().toString(36);
  const started = await graphql<{ startThread: { id: string } }>(
    request,
    'mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }',
    { input: { spaceId: community.discussionSpaceId, kind: 'DISCUSSION', title: `My saddle review ${stamp}`, body: 'A long honest review of my saddle.' } },
    author,
  );
  const hideReason = `Hidden while we check the links ${stamp}`;
  await graphql(request, 'mutation ($input: ModerateInput!) { moderate(input: $input) { id } }', { input: { contentId: started.startThread.id, action: 'HIDE', reason: hideReason } }, moderator);
  const history = await graphql<{ me: { moderationHistory: { edges: Array<{ node: { id: string; reason: string } }> } } }>(request, 'query ($id: ID!) { me { moderationHistory(communityId: $id) { edges { node { id reason } } } } }', { id: community.id }, author);
  const actionId = history.me.moderationHistory.edges.find((edge) => edge.node.reason === hideReason)!.node.id;
  const appealNote = `There are no links in my review ${stamp}`;
  await graphql(request, 'mutation ($input: AppealInput!) { appeal(input: $input) { id } }', { input: { actionId, note: appealNote } }, author);

  // The moderator who acted never sees the appeal against her own action.
  await signIn(page, 'modo_anna');
  await page.goto(`/c/${COMMUNITY}/workspace/appeals`);
  await expect(page.getByRole('heading', { level: 1, name: 'Appeals and suspensions' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Moderation workspace' }).getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByText(appealNote)).toHaveCount(0);
  await expectAccessible(page);

  // The owner (another moderator) decides it; a reason too short is refused next to the field and kept.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, 'camille');
  await owner.goto(`/c/${COMMUNITY}/workspace/appeals`);
  const appeal = owner.getByRole('article').filter({ hasText: appealNote });
  await expect(appeal.getByRole('heading', { level: 3 })).toHaveText('lea appeals: Hide');
  await appeal.getByLabel('Decision').selectOption('REVERSED');
  await appeal.getByLabel('Reason shown to the member').fill('ok');
  await appeal.getByRole('button', { name: 'Decide' }).click();
  await expect(appeal.getByRole('alert')).toHaveText('The reason needs at least 10 characters: the author reads it.');
  await expect(appeal.getByLabel('Reason shown to the member')).toHaveValue('ok');
  await expectAccessible(owner);
  await appeal.getByLabel('Reason shown to the member').fill('Checked: the review has no links, it is back.');
  await appeal.getByRole('button', { name: 'Decide' }).click();
  await expect(owner.getByText(appealNote)).toHaveCount(0);
  await ownerContext.close();

  // Suspensions: refusals next to their field, then set and lifted.
  const suspensions = page.getByRole('region', { name: 'Suspensions', exact: true });
  await suspensions.getByLabel('Member (handle)').fill('nobody_here');
  await suspensions.getByLabel('Suspended until').fill('2099-01-01T10:00');
  await suspensions.getByLabel('Reason shown to the member').fill('Repeated advertising in the help space.');
  await suspensions.getByRole('button', { name: 'Suspend' }).click();
  await expect(suspensions.getByRole('alert')).toHaveText('No member of this community has this handle.');
  await expect(suspensions.getByLabel('Member (handle)')).toHaveAttribute('aria-invalid', 'true');
  await suspensions.getByLabel('Member (handle)').fill('jules');
  await suspensions.getByLabel('Suspended until').fill('2001-01-01T10:00');
  await suspensions.getByRole('button', { name: 'Suspend' }).click();
  await expect(suspensions.getByRole('alert')).toHaveText('Choose a date in the future.');
  await expect(suspensions.getByLabel('Reason shown to the member')).toHaveValue('Repeated advertising in the help space.');
  await expectAccessible(page);
  await suspensions.getByLabel('Suspended until').fill('2099-01-01T10:00');
  await suspensions.getByRole('button', { name: 'Suspend' }).click();
  await expect(suspensions).toContainText('jules is suspended until');
  // The running suspensions list it, with who set it; it is lifted from its own row.
  const running = suspensions.getByRole('region', { name: 'Running suspensions' });
  const julesRow = running.getByRole('article', { name: 'jules' });
  await expect(julesRow).toContainText('Repeated advertising in the help space.');
  await expect(julesRow).toContainText('set by modo_anna (Moderator)');
  await expectAccessible(page);
  await julesRow.getByLabel('Why you lift it (shown to the member)').fill('Lifted after a talk with the member.');
  await julesRow.getByRole('button', { name: 'Lift the suspension of jules' }).click();
  await expect(suspensions).toContainText('The suspension of jules is lifted.');
  await expect(running.getByRole('article', { name: 'jules' })).toHaveCount(0);

  // The audit log, narrowed to suspensions of jules by a person, today.
  await page.getByRole('navigation', { name: 'Moderation workspace' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText(hideReason)).toBeVisible();
  await page.getByLabel('Acted by').selectOption('HUMAN');
  await page.getByLabel('Action', { exact: true }).selectOption('SUSPEND');
  await page.getByLabel('Member concerned (handle)').fill('jules');
  const today = new Date().toLocaleDateString('en-CA');
  await page.getByLabel('From (day included)').fill(today);
  await page.getByLabel('To (day included)').fill(today);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText(hideReason)).toHaveCount(0);
  const entry = page.getByRole('listitem').filter({ hasText: 'Repeated advertising in the help space.' });
  await expect(entry).toContainText('Suspension');
  await expect(entry).toContainText('By modo_anna');
  await page.getByLabel('Acted by').selectOption('AUTOMATION');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('No entry matches.')).toBeVisible();
  await expect(page.getByLabel('Member concerned (handle)')).toHaveValue('jules');
  await page.getByLabel('Acted by').selectOption('HUMAN');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(page, 'audit-log');

  // The member's history, with the moderators' notes.
  await entry.getByRole('link', { name: 'Member’s moderation history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderation history' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Member: jules' })).toBeVisible();
  await expect(page.getByText('Lifted after a talk with the member.')).toBeVisible();
  const note = `Talked with jules about links ${stamp}`;
  await page.getByLabel('New note').fill(note);
  await page.getByRole('button', { name: 'Add the note' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: note })).toContainText('modo_anna');
  await expect(page.getByLabel('New note')).toHaveValue('');
  await expectAccessible(page);

  // A plain member is refused these screens by the API.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, 'mathis');
  await member.goto(`/c/${COMMUNITY}/workspace/audit`);
  await expect(member.getByText('Only the moderators of this community can open this screen.')).toBeVisible();
  await expectAccessible(member);
  await memberContext.close();
});
