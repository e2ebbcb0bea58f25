import { expect, test, type Page } from '@playwright/test';
import { apiData, createMember, expectAccessible, signInBrowser, STAFF, trailGear } from './member-support';

/**
 * Issue 17, what the brand team's acts bring to others, each seen in a second browser: a campaign launched by
 * staff reaches a member who follows the ideas space (and not one who does not), and a question assigned to a
 * staff member reaches them, then its reminder once the announced answer time has come.
 */

/** A demo account of the brand team (owner camille, staff marque_velo) signs in through the real form. */
async function signInDemo(page: Page, handle: 'camille' | 'marque_velo', next: string) {
  await page.goto(`/account/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(`${handle}@demo.palabre.local`);
  await page.getByLabel('Password').fill(STAFF.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText(handle)).toBeVisible();
}

test('a campaign launched by brand staff reaches the inbox of a member who follows the ideas space, and nobody else', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const place = await trailGear();
  const [follower, bystander] = [await createMember('follower'), await createMember('bystander')];
  for (const member of [follower, bystander]) await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  await apiData(`mutation ($id: ID!) { follow(targetId: $id) }`, { id: place.ideas }, follower.token);

  // The follower keeps their inbox open in their own browser.
  const memberContext = await browser.newContext();
  const inbox = await memberContext.newPage();
  await signInBrowser(inbox, follower, '/me/notifications');
  await expect(inbox.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();

  const campaign = `Bikepacking on a budget ${Date.now().toString(36)}`;
  await signInDemo(page, 'marque_velo', '/c/trail-gear/brand/follow-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await page.getByText('Launch a campaign in Ideas').click();
  await page.getByLabel('Campaign title').fill(campaign);
  await page.getByLabel('Brief (Markdown)').fill('Which **cheap** change made your bikepacking trips better?');
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Submissions close on').fill(day(10));
  await page.getByLabel('Support closes on').fill(day(20));
  await page.getByRole('button', { name: 'Launch the campaign' }).click();
  await expect(page.getByText(`Campaign “${campaign}” launched: followers of the space are told.`)).toBeVisible();

  // It arrives in the follower's open inbox, as a notification about what they follow.
  const told = inbox.getByRole('listitem').filter({ hasText: `New campaign: “${campaign}”` });
  await expect(told).toBeVisible();
  await expect(told).toContainText('marque_velo');
  await expectAccessible(inbox);
  await memberContext.close();

  // The member who follows nothing there is not told.
  const theirs = await apiData<{ notifications: { edges: { node: { summary: string } }[] } }>(`{ notifications(first: 50) { edges { node { summary } } } }`, {}, bystander.token);
  expect(theirs.notifications.edges.filter(({ node }) => node.summary.includes(campaign))).toEqual([]);

  await page.getByRole('button', { name: `Close “${campaign}” now` }).click();
  await expect(page.getByText(`Campaign “${campaign}” closed: no new answers or supports.`)).toBeVisible();
});

test('a question assigned to a staff member reaches them, then its reminder once the announced answer time has come', async ({ page, browser }) => {
  // The reminder is sent by the api's scheduler, which looks for due assignments every minute.
  test.setTimeout(150_000);
  const question = 'How do I register my warranty?';

  // The staff member keeps their inbox open in their own browser.
  const staffContext = await browser.newContext();
  const inbox = await staffContext.newPage();
  await signInDemo(inbox, 'marque_velo', '/me/notifications');
  await expect(inbox.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();

  // The owner hands them the demo's question that is past the 48 hours announced.
  await signInDemo(page, 'camille', '/c/trail-gear/brand/follow-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await page.getByLabel(`Assign “${question}” to`).selectOption({ label: 'marque_velo' });
  await page.getByRole('listitem').filter({ hasText: question }).getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText(`“${question}” is assigned.`)).toBeVisible();
  await expect(page.getByRole('region', { name: /Assigned to the team/ }).getByRole('listitem').filter({ hasText: question })).toContainText('marque_velo');

  await expect(inbox.getByRole('listitem').filter({ hasText: 'A question was assigned to you' }).first()).toBeVisible();
  const reminder = inbox.getByRole('listitem').filter({ hasText: 'The answer announced for a question assigned to you is due' }).first();
  await expect(reminder).toBeVisible({ timeout: 90_000 });
  await expect(reminder.getByRole('link')).toHaveAttribute('href', /\/c\/trail-gear\/t\//);
  await expectAccessible(inbox);
  await staffContext.close();

  // Handed back, so the demo's follow-up is as it was.
  await page.getByRole('button', { name: `Remove the assignment of “${question}”` }).click();
  await expect(page.getByText(`“${question}” is no longer assigned.`)).toBeVisible();
});
