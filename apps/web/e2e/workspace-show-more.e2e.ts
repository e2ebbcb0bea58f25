import { expect, test } from '@playwright/test';
import { COMMUNITY, demoCommunity, expectAccessible, graphql, signIn, tokenOf } from './workspace-support';

/**
 * Issue 17, paged workspace lists: the audit log shows 50 entries, and "Show more entries" (a real button,
 * reached and pressed from the keyboard) fetches the next page by its cursor and says politely how many came.
 */

test('the audit log shows more entries by cursor from the keyboard and announces how many arrived', async ({ page, request }) => {
  test.setTimeout(90_000);
  const moderator = await tokenOf(request, 'modo_anna');
  const community = await demoCommunity(request);
  // More threshold changes than one page holds (each is an entry of the log).
  for (let index = 0; index < 53; index += 1) {
    await graphql(request, 'mutation ($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }', { input: { communityId: community.id, threshold: 5 } }, moderator);
  }

  const { auditLog } = await graphql<{ auditLog: { totalCount: number } }>(
    request,
    'query ($id: ID!) { auditLog(communityId: $id, filter: { actions: [SET_AUTO_HIDE_THRESHOLD] }) { totalCount } }',
    { id: community.id },
    moderator,
  );
  const total = auditLog.totalCount;
  expect(total).toBeGreaterThanOrEqual(53);

  await signIn(page, 'modo_anna');
  await page.goto(`/c/${COMMUNITY}/workspace/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByLabel('Action', { exact: true }).selectOption('SET_AUTO_HIDE_THRESHOLD');
  await page.getByRole('button', { name: 'Filter' }).click();
  // The filtered first page is in (and not the whole log's).
  await expect(page.getByText(`Entries: ${total}`)).toBeVisible();
  const entries = page.getByRole('listitem').filter({ hasText: 'Reports now hide content pending review' });
  await expect(entries).toHaveCount(50);

  const more = page.getByRole('button', { name: 'Show more entries' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(Math.min(total, 100));
  const announced = page.getByText(`${Math.min(total, 100) - 50} more shown.`);
  await expect(announced).toHaveAttribute('aria-live', 'polite');
  if (total <= 100) {
    // The last page came: the button is gone, and its message keeps the keyboard's place.
    await expect(more).toHaveCount(0);
    await expect(announced).toBeFocused();
  } else {
    await expect(more).toBeFocused();
  }
  await expectAccessible(page);
});
