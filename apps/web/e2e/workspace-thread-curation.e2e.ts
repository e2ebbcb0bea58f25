import { expect, test } from '@playwright/test';
import { COMMUNITY, demoCommunity, expectAccessible, graphql, signIn, tokenOf } from './workspace-support';

/**
 * Curation from the thread itself: a moderator opens the lazy "Moderate" panel (members never load it), pins and
 * features a thread, is refused next to the field where the API says no (typed text kept), and hides another
 * thread; a member in a second browser sees the pin and the featured note, and the hidden thread's text is gone.
 */

test('a moderator pins, features and hides from the thread page; a member sees the pin, the note, and no longer the hidden text', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const author = await tokenOf(request, 'lea');
  const community = await demoCommunity(request);
  const spaceId = community.discussionSpaceId;
  const stamp = Date.now().toString(36);
  const start = async (title: string, body: string) =>
    (await graphql<{ startThread: { id: string } }>(request, 'mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }', { input: { spaceId, kind: 'DISCUSSION', title, body, tags: ['saddles'] } }, author)).startThread.id;
  const kept = await start(`Saddle height guide ${stamp}`, 'How I set my saddle height, step by step.');
  const spam = await start(`Cheap saddles here ${stamp}`, `Visit my shop for saddles ${stamp}.`);

  // A member's page never loads the panel.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, 'mathis');
  await member.goto(`/c/${COMMUNITY}/t/${kept}`);
  await expect(member.locator('.member-actions').first()).toBeVisible();
  await expect(member.getByText('Moderate', { exact: true })).toHaveCount(0);

  await signIn(page, 'modo_anna');
  await page.goto(`/c/${COMMUNITY}/t/${kept}`);
  const summary = page.getByText('Moderate', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('details.moderate-panel');
  await panel.getByRole('button', { name: 'Pin in the space' }).click();
  await expect(panel).toContainText('Pinned: it comes first in its space.');
  await expect(panel.getByRole('button', { name: 'Unpin' })).toBeVisible();
  const note = `The clearest saddle guide we have ${stamp}`;
  await panel.getByLabel('Why it is among the best (shown with it)').fill(note);
  await panel.getByRole('button', { name: 'Feature', exact: true }).click();
  await expect(panel).toContainText('Featured in the community’s best of.');

  // Refusals sit next to their field and keep what was typed.
  const duplicate = panel.getByLabel('Original thread (link or id)');
  await duplicate.fill(`/c/${COMMUNITY}/t/${kept}`);
  await panel.locator('section').filter({ has: page.getByRole('heading', { name: 'Close as a duplicate' }) }).getByLabel('Reason shown to the author').fill('Same question as the original one.');
  await panel.getByRole('button', { name: 'Close as a duplicate' }).click();
  await expect(duplicate).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toHaveText('A thread cannot duplicate itself');
  await expect(duplicate).toHaveValue(`/c/${COMMUNITY}/t/${kept}`);
  await expectAccessible(page);

  // Tags are renamed across the space; the page shows the new one.
  const tags = panel.locator('section').filter({ has: page.getByRole('heading', { name: 'Tags of the space' }) });
  await expect(tags.getByLabel('Tag to rename')).toHaveValue('saddles');
  await tags.getByLabel('New name').fill(`saddle-fit-${stamp}`);
  await tags.getByRole('button', { name: 'Rename everywhere in the space' }).click();
  await expect(tags).toContainText('Tag renamed.');
  await expect(page.locator('ul.tags').getByRole('link', { name: `saddle-fit-${stamp}` })).toBeVisible();

  await page.goto(`/c/${COMMUNITY}/t/${spam}`);
  await page.getByText('Moderate', { exact: true }).click();
  const hide = page.locator('details.moderate-panel section').filter({ hasText: 'Hide the thread' });
  await hide.getByLabel('Reason shown to the author').fill('no');
  await hide.getByRole('button', { name: 'Hide' }).click();
  await expect(hide.getByRole('alert')).toHaveText('The reason needs at least 10 characters: the author reads it.');
  await expect(hide.getByLabel('Reason shown to the author')).toHaveValue('no');
  await hide.getByLabel('Reason shown to the author').fill('Advertising is not allowed here.');
  await hide.getByRole('button', { name: 'Hide' }).click();
  await expect(hide).toContainText('Hidden: the author sees your reason.');
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page);

  // The member sees the result.
  await member.goto(`/c/${COMMUNITY}/s/${spaceId}`);
  await expect(member.getByRole('listitem').filter({ hasText: `Saddle height guide ${stamp}` })).toContainText('Pinned');
  await member.goto(`/c/${COMMUNITY}`);
  await expect(member.getByRole('link', { name: note })).toBeVisible();
  await member.goto(`/c/${COMMUNITY}/t/${spam}`);
  await expect(member.getByText(`Visit my shop for saddles ${stamp}.`)).toHaveCount(0);
  await expectAccessible(member);
  await memberContext.close();
});
