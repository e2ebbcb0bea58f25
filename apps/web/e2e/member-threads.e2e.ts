import { expect, test, type Page } from '@playwright/test';
import { apiData, createMember, expectAccessible, screenshots, signInBrowser, trailGear } from './member-support';

/**
 * Journeys 3 and 4: a member joins a community, asks a question (similar threads while typing the title, a
 * Markdown preview with the server's allow-list, the announced answer time), edits it with revisions and deletes
 * it; another member's answer arrives live on the asker's open page behind a polite bar, the asker accepts it
 * and gives kudos, and the answerer follows and unfollows the thread.
 */

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a member joins, asks a question with similar threads and a preview, edits it with a revision and deletes it', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const asker = await createMember('asker');
  await signInBrowser(page, asker, '/c/trail-gear');
  await page.getByRole('link', { name: 'Help & advice' }).first().click();
  await page.getByRole('link', { name: 'Ask a question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask the community' })).toBeVisible();
  await expect(page.getByText('The brand team announces a first answer within 48 hours here.')).toBeVisible();

  // Not a member yet: joining comes first.
  await page.getByRole('button', { name: 'Join Trail Gear Community' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toBeVisible();

  // Similar threads while typing the title, before posting.
  await title.fill('Best tyre pressure for gravel');
  const similar = page.getByRole('region', { name: 'Already asked? These look similar' });
  await expect(similar.getByRole('link', { name: 'Best tyre pressure for gravel rides?' })).toBeVisible();
  await expectAccessible(page);

  // A refused title: the message sits next to it, and nothing typed is lost.
  const body = 'I ride **gravel** on 40 mm tyres.\n\n<script>window.hacked = 1</script><img src=x onerror="window.hacked = 1">\n\nSee [the chart](https://example.com/chart).';
  await title.fill('Tyres?');
  await page.getByLabel('Details').fill(body);
  await page.getByRole('button', { name: 'Post my question' }).click();
  await expect(page.getByRole('alert')).toContainText('The title needs at least 8 characters');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  await expect(page.getByLabel('Details')).toHaveValue(body);

  // The preview applies the server's rules: formatting kept, script and image dropped, links untrusted.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview of your text' });
  await expect(preview.locator('strong')).toHaveText('gravel');
  await expect(preview.getByRole('link', { name: 'the chart' })).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  await expect(preview.locator('script, img')).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'ask-preview');
  await page.getByRole('button', { name: 'Write' }).click();

  const question = `What tyre pressure for gravel with 40 mm tyres ${Date.now().toString(36)}?`;
  await title.fill(question);
  await page.getByRole('button', { name: 'Post my question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
  await expect(page.getByText(/A first answer is expected by/)).toBeVisible();
  const published = page.locator('article.thread .prose').first();
  await expect(published.locator('strong')).toHaveText('gravel');
  await expect(published.locator('script, img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  await expectAccessible(page);

  // Edit: the new version is shown, the earlier one is kept in the revisions.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit your post' });
  const edited = `${question} (tubeless)`;
  await edit.getByLabel('Title', { exact: true }).fill(edited);
  await edit.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: edited })).toBeVisible();
  await page.getByText('Edited: earlier versions (1)').click();
  await expect(page.locator('.revisions')).toContainText(question);
  await expectAccessible(page);

  // Delete (no reply yet, so it disappears): back to the space, where it is no longer listed.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help & advice' })).toBeVisible();
  await expect(page.getByRole('link', { name: edited })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an answer arrives live on the asker’s open page behind a polite bar; the asker accepts it and gives kudos; the answerer follows and unfollows', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const place = await trailGear();
  const [asker, answerer] = [await createMember('asker'), await createMember('helper')];
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, asker.token);
  const title = `Which brake pads last longest in mud ${Date.now().toString(36)}?`;
  const { startThread } = await apiData<{ startThread: { id: string } }>(
    `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
    { input: { spaceId: place.help, kind: 'QUESTION', title, body: 'Organic pads wear out in two rides.' } },
    asker.token,
  );
  const path = `/c/trail-gear/t/${startThread.id}`;

  const askerContext = await browser.newContext({ baseURL });
  const askerPage = await askerContext.newPage();
  await signInBrowser(askerPage, asker, path);
  await expect(askerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The page follows the thread live once subscribed.
  await expect(askerPage.locator('[data-live="on"]')).toHaveCount(1);

  const answererContext = await browser.newContext({ baseURL });
  const answererPage = await answererContext.newPage();
  await signInBrowser(answererPage, answerer, path);
  await answererPage.getByRole('button', { name: 'Join Trail Gear Community' }).click();
  const answer = `Sintered pads, they last a whole season ${Date.now().toString(36)}.`;
  await answererPage.getByLabel('Answer', { exact: true }).fill(answer);
  await answererPage.getByRole('button', { name: 'Post my answer' }).click();
  await expect(answererPage.getByText('Your answer is posted.')).toBeVisible();
  await expect(answererPage.getByText(answer)).toBeVisible();
  await expect(answererPage.getByLabel('Answer', { exact: true })).toHaveValue('');

  // The asker's page does not jump: a polite bar announces the reply, shown on demand.
  const bar = askerPage.getByRole('button', { name: '1 new replies: show them' });
  await expect(bar).toBeVisible();
  await expect(askerPage.getByText(answer)).toHaveCount(0);
  await expect(askerPage.locator('.live-region[aria-live="polite"]').filter({ has: bar })).toHaveCount(1);
  await expectAccessible(askerPage);
  await bar.scrollIntoViewIfNeeded();
  await screenshots(askerPage, 'new-replies');
  await bar.click();
  const reply = askerPage.getByRole('article', { name: `by ${answerer.handle}` });
  await expect(reply.getByText(answer)).toBeVisible();
  await expect(bar).toHaveCount(0);

  // The asker accepts the answer and thanks its author.
  await reply.getByRole('button', { name: 'Accept this answer' }).click();
  await expect(reply.getByText('Accepted answer')).toBeVisible();
  await reply.getByRole('button', { name: 'Give kudos' }).click();
  await expect(reply.getByRole('button', { name: 'Withdraw my kudos' })).toBeVisible();
  await expect(reply.getByText('1 kudos')).toBeVisible();
  await expectAccessible(askerPage);

  // The answerer follows the thread, then unfollows it; the API agrees at each step.
  await answererPage.reload();
  const isFollowing = () =>
    apiData<{ isFollowing: boolean }>(`query ($id: ID!) { isFollowing(targetId: $id) }`, { id: startThread.id }, answerer.token).then((data) => data.isFollowing);
  await answererPage.getByRole('button', { name: 'Follow this thread' }).click();
  await expect(answererPage.getByRole('button', { name: 'Unfollow this thread' })).toBeVisible();
  await expect.poll(isFollowing).toBe(true);
  await answererPage.getByRole('button', { name: 'Unfollow this thread' }).click();
  await expect(answererPage.getByRole('button', { name: 'Follow this thread' })).toBeVisible();
  await expect.poll(isFollowing).toBe(false);
  await expectAccessible(answererPage);
  await askerContext.close();
  await answererContext.close();
});

test('in a French community a member joins from its home, and the composer speaks French: a refused title is explained next to it, the draft kept', async ({ page }) => {
  const member = await createMember('membre');
  await signInBrowser(page, member, '/c/atelier-velo');
  // Joining from the community's home.
  await page.getByRole('button', { name: 'Rejoindre L’Atelier Vélo' }).click();
  await expect(page.getByText('Vous êtes membre de L’Atelier Vélo.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Entraide' }).first().click();
  await page.getByRole('link', { name: 'Poser une question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demander à la communauté' })).toBeVisible();
  await page.getByLabel('Titre', { exact: true }).fill('Vélo ?');
  await page.getByLabel('Détails').fill('Mon vélo grince.');
  await page.getByRole('button', { name: 'Publier ma question' }).click();
  await expect(page.getByRole('alert')).toContainText('Le titre doit compter au moins 8 caractères');
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('Vélo ?');
  await expect(page.getByLabel('Détails')).toHaveValue('Mon vélo grince.');
  await expectAccessible(page);
});
