import { expect, test } from '@playwright/test';
import { apiData, createMember, expectAccessible, screenshots, signInApi, signInBrowser, STAFF, trailGear } from './member-support';

/**
 * Journey 5: a member proposes an idea (similar ideas shown first), supports and withdraws within the visible
 * budget, comments, sees a status change made by the brand team arrive live, and accepts or declines credit.
 */

const RATIONALE = 'Our product team is looking at this with the pack supplier this month.';

async function changeStatus(token: string, ideaId: string, status: string, creditMemberIds?: string[]) {
  await apiData(
    `mutation ($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status } }`,
    { input: { ideaId, status, rationale: `${RATIONALE} (${status})`, ...(creditMemberIds ? { creditMemberIds } : {}) } },
    token,
  );
}

/** OPEN → PLANNED → IN_PROGRESS → SHIPPED: shipping offers credit to the author. */
async function ship(token: string, ideaId: string) {
  await changeStatus(token, ideaId, 'PLANNED');
  await changeStatus(token, ideaId, 'IN_PROGRESS');
  await changeStatus(token, ideaId, 'SHIPPED', []);
}

test('a member proposes an idea after seeing similar ones, supports and withdraws within the budget, comments, and sees the status change live', async ({ page }) => {
  test.setTimeout(90_000);
  const member = await createMember('idealist');
  const staff = await signInApi(STAFF.email, STAFF.password);
  await signInBrowser(page, member, '/c/trail-gear');
  await page.getByRole('link', { name: 'Ideas', exact: true }).first().click();
  await page.getByRole('link', { name: 'Propose an idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose an idea' })).toBeVisible();
  await page.getByRole('button', { name: 'Join Trail Gear Community' }).click();

  // Similar ideas first: supporting one of them may be better than a duplicate.
  const title = page.getByLabel('Your idea in one sentence');
  await title.fill('A hip pocket you can reach');
  const similar = page.getByRole('region', { name: 'Similar ideas already proposed: support one of them?' });
  await expect(similar.getByRole('link', { name: 'A hip pocket you can reach while riding' })).toBeVisible();
  await expectAccessible(page);

  const idea = `A bottle cage mount on the pack strap ${Date.now().toString(36)}`;
  await title.fill(idea);
  await page.getByLabel('Why and how').fill('So the bottle is **always** within reach.');
  await page.getByRole('button', { name: 'Propose my idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: idea })).toBeVisible();
  await expect(page.locator('article .prose strong')).toHaveText('always');

  // Support and withdraw: the budget left is shown and follows.
  await expect(page.getByText('You have 10 of 10 supports left in this space.')).toBeVisible();
  await page.getByRole('button', { name: 'Support this idea' }).click();
  await expect(page.getByText('You support this idea.')).toBeVisible();
  await expect(page.getByText('You have 9 of 10 supports left in this space.')).toBeVisible();
  await expect(page.getByText('1 supports')).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw my support' }).click();
  await expect(page.getByText('You have 10 of 10 supports left in this space.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Support this idea' })).toBeVisible();

  // Comment: the draft is sent, then shown in the discussion.
  const comment = `It should fit a 750 ml bottle ${Date.now().toString(36)}.`;
  await page.getByRole('textbox', { name: 'Your comment' }).fill(comment);
  await page.getByRole('button', { name: 'Post my comment' }).click();
  await expect(page.getByText('Your comment is posted.')).toBeVisible();
  await expect(page.getByRole('article', { name: `by ${member.handle}` }).getByText(comment)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your comment' })).toHaveValue('');
  await expectAccessible(page);

  // The brand team moves it (through the API): the open page shows and announces it without a reload.
  await expect(page.locator('[data-live="on"]')).toHaveCount(1);
  const ideaId = new URL(page.url()).pathname.split('/').pop()!;
  await changeStatus(staff.token, ideaId, 'UNDER_REVIEW');
  await expect(page.getByText('The status just changed: Under review.')).toBeVisible();
  await expect(page.locator('article .status')).toHaveText('Under review');
  await expectAccessible(page);
  await page.getByRole('region', { name: 'Your part in this idea' }).scrollIntoViewIfNeeded();
  await screenshots(page, 'idea-member');
});

test('the author accepts the credit offered for a shipped idea, and declines it on another', async ({ page }) => {
  test.setTimeout(90_000);
  const place = await trailGear();
  const member = await createMember('credited');
  const staff = await signInApi(STAFF.email, STAFF.password);
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const propose = (title: string) =>
    apiData<{ proposeIdea: { id: string } }>(
      `mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`,
      { input: { spaceId: place.ideas, title, body: 'Shipped in the demo of the credit journey.' } },
      member.token,
    ).then((data) => data.proposeIdea.id);
  const stamp = Date.now().toString(36);
  const [first, second] = [await propose(`A spare derailleur hanger pocket ${stamp}`), await propose(`A tool roll that fits the frame bag ${stamp}`)];
  await ship(staff.token, first);
  await ship(staff.token, second);

  await signInBrowser(page, member, `/c/trail-gear/i/${first}`);
  await expect(page.getByText('The brand team offers you credit for this idea')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Accept the credit' }).click();
  await expect(page.getByText('You accepted the credit for this idea.')).toBeVisible();
  const accepted = await apiData<{ node: { viewerCreditOffer: string | null } }>(`query ($id: ID!) { node(id: $id) { ... on Idea { viewerCreditOffer } } }`, { id: first }, member.token);
  expect(accepted.node.viewerCreditOffer).toBe('ACCEPTED');

  await page.goto(`/c/trail-gear/i/${second}`);
  await page.getByRole('button', { name: 'Decline the credit' }).click();
  await expect(page.getByRole('button', { name: 'Accept the credit' })).toHaveCount(0);
  await expect(page.getByText('You accepted the credit for this idea.')).toHaveCount(0);
  const declined = await apiData<{ node: { viewerCreditOffer: string | null } }>(`query ($id: ID!) { node(id: $id) { ... on Idea { viewerCreditOffer } } }`, { id: second }, member.token);
  expect(declined.node.viewerCreditOffer).toBeNull();
  await expectAccessible(page);
});
