import { expect, test, type Page } from '@playwright/test';
import { apiData, createMember, expectAccessible, signInApi, signInBrowser, trailGear } from './member-support';

/**
 * A suspended member still reads, but the thread and idea pages show neither the answer box nor the support and
 * kudos buttons (the API's viewerCan* fields are false there), and say until when; lifting it brings them back.
 */

const MODERATOR = { email: 'modo_anna@demo.palabre.local', password: 'palabre-demo-2026' };

async function firstThreadAndIdea(): Promise<{ communityId: string; helpId: string; threadId: string; ideaId: string }> {
  const gear = await trailGear();
  const data = await apiData<{ help: { threads: { edges: { node: { id: string; state: string } }[] } }; ideas: { edges: { node: { id: string } }[] } }>(
    `query ($help: ID!, $ideas: ID!) { help: node(id: $help) { ... on Space { threads(first: 10) { edges { node { id state } } } } } ideas(spaceId: $ideas, first: 1) { edges { node { id } } } }`,
    { help: gear.help, ideas: gear.ideas },
  );
  const open = data.help.threads.edges.find(({ node }) => node.state === 'OPEN')!;
  return { communityId: gear.id, helpId: gear.help, threadId: open.node.id, ideaId: data.ideas.edges[0].node.id };
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Your participation is suspended until' });

test('a suspended member reads a thread and an idea without the answer box, support or kudos, and is told until when', async ({ page }) => {
  test.setTimeout(90_000);
  const { communityId, helpId, threadId, ideaId } = await firstThreadAndIdea();
  const member = await createMember('paused');
  const moderator = await signInApi(MODERATOR.email, MODERATOR.password);
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: communityId }, member.token);
  await apiData(
    `mutation ($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }`,
    { input: { communityId, memberId: member.id, until: '2099-01-01T10:00:00.000Z', reason: 'Repeated advertising in the help space.' } },
    moderator.token,
  );

  await signInBrowser(page, member, `/c/trail-gear/t/${threadId}`);
  await expect(notice(page)).toHaveText(/Your participation is suspended until Jan 1, 2099, 10:00 AM UTC: you can still read here, but not post, reply/);
  await expect(page.getByRole('heading', { name: 'Your answer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Give kudos' })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/c/trail-gear/i/${ideaId}`);
  await expect(notice(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Support this idea' })).toHaveCount(0);
  await expect(page.getByLabel('Your comment')).toHaveCount(0);
  await expectAccessible(page);

  // Asking a question: the notice instead of a form the API would refuse.
  await page.goto(`/c/trail-gear/s/${helpId}/ask`);
  await expect(notice(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Post my question' })).toHaveCount(0);

  await apiData(
    `mutation ($input: LiftSuspensionInput!) { liftSuspension(input: $input) { liftedAt } }`,
    { input: { communityId, memberId: member.id, reason: 'Lifted after a talk with the member.' } },
    moderator.token,
  );
  await page.goto(`/c/trail-gear/i/${ideaId}`);
  await expect(page.getByRole('button', { name: 'Support this idea' })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  await page.goto(`/c/trail-gear/t/${threadId}`);
  await expect(page.getByRole('heading', { name: 'Your answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Give kudos' }).first()).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
});
