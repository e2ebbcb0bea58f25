import { expect, test, type Page } from '@playwright/test';
import { screenshots } from './me-support';
import { apiData, createMember, expectAccessible, signInApi, signInBrowser, STAFF, trailGear } from './member-support';

/**
 * Issue 17, the brand team's workspace: the idea triage board (a status change with its public rationale reaches
 * a member's open idea page live) and the insights page (accessible charts with their tables, the ideas export).
 * The API decides: a member who opens the same screens is told their role does not allow it.
 */

const STAFF_HANDLE = 'marque_velo';
const RATIONALE = 'Our product team reviews this with the pack supplier during the spring round.';

/** The demo's brand staff member signs in through the real form (the demo password is not the test members' one). */
async function signInStaff(page: Page, next: string) {
  await page.goto(`/account/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(STAFF.email);
  await page.getByLabel('Password').fill(STAFF.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText(STAFF_HANDLE)).toBeVisible();
}

async function proposeIdea(token: string, spaceId: string, title: string): Promise<string> {
  const data = await apiData<{ proposeIdea: { id: string } }>(
    `mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`,
    { input: { spaceId, title, body: 'A short description of why riders would want this.' } },
    token,
  );
  return data.proposeIdea.id;
}

async function openTriage(page: Page) {
  await page.goto('/c/trail-gear');
  await page.getByRole('navigation', { name: 'Brand workspace' }).getByRole('link', { name: 'Idea triage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Idea triage' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review rounds' })).toBeVisible();
}

test('brand staff change a status with its rationale on the triage board; a member sees it arrive live on the idea', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const place = await trailGear();
  const member = await createMember('ideaowner');
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const title = `Reflective strips on the rain cover ${Date.now().toString(36)}`;
  const ideaId = await proposeIdea(member.token, place.ideas, title);

  // The member keeps the idea open in their own browser.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signInBrowser(memberPage, member, `/c/trail-gear/i/${ideaId}`);
  await expect(memberPage.locator('[data-live="on"]')).toHaveCount(1);

  await signInStaff(page, '/c/trail-gear');
  await openTriage(page);
  // The sections' counts are the API's totals for the whole space, not the ideas loaded so far.
  const sectionCounts = () => apiData<{ qualified: { totalCount: number }; waiting: { totalCount: number } }>(
    `query ($id: ID!) {
      qualified: ideas(spaceId: $id, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) { totalCount }
      waiting: ideas(spaceId: $id, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) { totalCount }
    }`,
    { id: place.ideas },
    member.token,
  );
  const before = await sectionCounts();
  await expect(page.getByRole('heading', { level: 2, name: `Qualified and in progress (${before.qualified.totalCount})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Open, not yet qualified (${before.waiting.totalCount})` })).toBeVisible();
  const card = page.getByRole('article', { name: title });
  await card.getByText(`Decide on “${title}”`).click();
  await card.getByLabel('New status').selectOption('UNDER_REVIEW');
  // Too short a rationale: the API's refusal sits next to the field, and what was typed stays.
  const rationale = card.getByRole('textbox', { name: 'Public rationale' }).first();
  await rationale.fill('Looking at it.');
  await card.getByRole('button', { name: 'Change the status' }).click();
  await expect(card.getByText('Explain the decision in public: at least 30 characters (80 to decline).')).toBeVisible();
  await expect(rationale).toHaveValue('Looking at it.');
  await expect(rationale).toBeFocused();
  await expectAccessible(page);

  await rationale.fill(RATIONALE);
  await card.getByRole('button', { name: 'Change the status' }).click();
  await expect(page.getByText(`“${title}” is now: Under review.`)).toBeVisible();
  // The idea moved from the waiting section to the qualified one, and both counts follow.
  await expect(page.getByRole('heading', { level: 2, name: `Qualified and in progress (${before.qualified.totalCount + 1})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Open, not yet qualified (${before.waiting.totalCount - 1})` })).toBeVisible();

  // The member's page shows the change and its rationale without a reload.
  await expect(memberPage.getByText('The status just changed: Under review.')).toBeVisible();
  await expect(memberPage.getByText(RATIONALE)).toBeVisible();
  await memberContext.close();

  // A progress update without a status change, on the same board.
  const updated = page.getByRole('article', { name: title });
  await updated.getByText(`Decide on “${title}”`).click();
  await updated.getByLabel('What happened since the last update').fill('Samples of two reflective materials arrived; riders test them next week.');
  await updated.getByLabel('Next update promised on').nth(1).fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
  await updated.getByRole('button', { name: 'Post the update' }).click();
  await expect(page.getByText(`Update posted on “${title}”.`)).toBeVisible();

  // Credit besides the author goes to members of the community, named by handle: an unknown one is refused at the field.
  const shipping = page.getByRole('article', { name: title });
  // The card stayed in its section, so its decisions may still be open.
  if (!(await shipping.locator('details').evaluate((details) => (details as HTMLDetailsElement).open))) await shipping.getByText(`Decide on “${title}”`).click();
  await shipping.getByLabel('New status').selectOption('SHIPPED');
  await shipping.getByRole('textbox', { name: 'Public rationale' }).first().fill(RATIONALE);
  const credit = shipping.getByLabel('Also credit (when shipping)');
  await credit.fill('nobody_by_that_name');
  await shipping.getByRole('button', { name: 'Change the status' }).click();
  await expect(shipping.getByText('Credit goes to members of this community, by their handle, and only when shipping.')).toBeVisible();
  await expect(credit).toHaveValue('nobody_by_that_name');
  await expectAccessible(page);
  await page.getByRole('heading', { level: 1, name: 'Idea triage' }).scrollIntoViewIfNeeded();
  await screenshots(page, 'triage-board');
});

test('the insights page draws accessible charts with their tables and exports the ideas', async ({ page }) => {
  test.setTimeout(60_000);
  await signInStaff(page, '/c/trail-gear/brand/insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Ideas, supports and contributors/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Time to a first answer/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Figures of the chart: Activity of the community' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'insights');

  await page.getByLabel('Period').selectOption('365');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/days=365/);
  await expect(page.getByRole('img', { name: /Activity of the community/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('brand staff follow up: the answer-time commitment, an assignment handed back, a campaign launched and closed', async ({ page }) => {
  test.setTimeout(90_000);
  const place = await trailGear();
  const staff = await signInApi(STAFF.email, STAFF.password);
  const member = await createMember('asker');
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const title = `Chain lube for wet winters ${Date.now().toString(36)}`;
  const ideaId = await proposeIdea(member.token, place.ideas, title);
  await apiData(`mutation ($input: AssignToStaffInput!) { assignToStaff(input: $input) { id } }`, { input: { contentId: ideaId, assigneeId: staff.id } }, staff.token);

  await signInStaff(page, '/c/trail-gear');
  await page.getByRole('navigation', { name: 'Brand workspace' }).getByRole('link', { name: 'Follow-up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText(STAFF_HANDLE);

  // The commitment: a refused value is explained next to the field and kept.
  await page.getByText('Answer time of Help & advice').click();
  const hours = page.getByLabel('Hours to a first answer');
  await hours.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Give a whole number of hours from 1 to 8,760, or leave it empty to withdraw the commitment.')).toBeVisible();
  await expect(hours).toHaveValue('0');
  await hours.fill('48');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Answer time of Help & advice saved.')).toBeVisible();
  await expect(page.getByText('Announced answer time: 48 h.')).toBeVisible();

  await page.getByRole('button', { name: `Remove the assignment of “${title}”` }).click();
  await expect(page.getByText(`“${title}” is no longer assigned.`)).toBeVisible();

  const campaign = `Winter riding kit ${Date.now().toString(36)}`;
  await page.getByText('Launch a campaign in Ideas').click();
  await page.getByLabel('Campaign title').fill(campaign);
  await page.getByLabel('Brief (Markdown)').fill('What would make **winter rides** easier for you?');
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Submissions close on').fill(day(14));
  await page.getByLabel('Support closes on').fill(day(28));
  await page.getByRole('button', { name: 'Launch the campaign' }).click();
  await expect(page.getByText(`Campaign “${campaign}” launched: followers of the space are told.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: campaign })).toContainText('0 ideas in answer');
  await page.getByRole('button', { name: `Close “${campaign}” now` }).click();
  await expect(page.getByText(`Campaign “${campaign}” closed: no new answers or supports.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Close “${campaign}” now` })).toHaveCount(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page);
});

test('the owner sets the auto-hide threshold, invites a member and reads the idea policy and the data charter', async ({ page }) => {
  test.setTimeout(90_000);
  const invitee = await createMember('invitee');
  await page.goto(`/account/sign-in?next=${encodeURIComponent('/c/trail-gear')}`);
  await page.getByLabel('Email').fill('camille@demo.palabre.local');
  await page.getByLabel('Password').fill(STAFF.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Brand workspace' }).getByRole('link', { name: 'Community settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Community settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Idea policy of Ideas' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Data charter/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Help & advice' })).toBeVisible();

  const threshold = page.getByLabel('Report weight that hides content pending review');
  await threshold.fill('0');
  await page.locator('#auto-hide').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Give a whole number in the allowed range, or leave it empty.')).toBeVisible();
  await expect(threshold).toHaveValue('0');
  await threshold.fill('5');
  await page.locator('#auto-hide').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Auto-hide threshold saved.')).toBeVisible();

  await page.getByLabel('Invite a member by handle').fill(invitee.handle);
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByText('Invitation sent.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page);
});

test('a member is told the workspace is for the brand team: the API refuses, the interface explains', async ({ page }) => {
  test.setTimeout(60_000);
  const place = await trailGear();
  const member = await createMember('curious');
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  await signInBrowser(page, member, '/c/trail-gear');
  await expect(page.getByRole('heading', { level: 1, name: 'Trail Gear Community' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Brand workspace' })).toHaveCount(0);

  await page.goto('/c/trail-gear/brand/insights');
  await expect(page.getByText('Your role in this community does not allow this: it is for the brand team (owners and brand staff).')).toBeVisible();
  await expectAccessible(page);
});

test('the workspace speaks French to a French browser', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`/account/sign-in?next=${encodeURIComponent('/c/trail-gear/brand/ideas')}`);
  await page.getByLabel('Adresse email').fill(STAFF.email);
  await page.getByLabel('Mot de passe').fill(STAFF.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tri des idées' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tours d’examen' })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
