import { expect, test } from '@playwright/test';
import { apiData, expectAccessible, trailGear } from './member-support';

/** The roadmap view of an idea board (issue 18): ideas grouped by status, readable signed out, keyboard and phone. */
test('the idea board links to a roadmap grouping its ideas by status', async ({ page }) => {
  const place = await trailGear();
  const data = await apiData<{ ideaRoadmap: { status: string; totalCount: number; ideas: { title: string }[] }[] }>(
    `query ($id: ID!) { ideaRoadmap(spaceId: $id) { status totalCount ideas { title } } }`,
    { id: place.ideas },
  );
  await page.goto(`/c/trail-gear/ideas/${place.ideas}`);
  await page.getByRole('link', { name: 'Roadmap' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Roadmap · / })).toBeVisible();

  const names: Record<string, string> = { UNDER_REVIEW: 'Under review', PLANNED: 'Planned', IN_PROGRESS: 'In progress', SHIPPED: 'Shipped' };
  for (const column of data.ideaRoadmap) {
    const region = page.getByRole('region', { name: `${names[column.status]} (${column.totalCount})` });
    await expect(region).toBeVisible();
    for (const idea of column.ideas) await expect(region.getByRole('link', { name: idea.title })).toBeVisible();
  }
  expect(data.ideaRoadmap.some((column) => column.ideas.length > 0)).toBe(true);
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('link', { name: 'Back to the idea board' }).click();
  await expect(page.getByRole('link', { name: 'Roadmap' })).toBeVisible();
});
