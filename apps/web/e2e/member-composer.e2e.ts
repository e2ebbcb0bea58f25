import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { apiData, createMember, expectAccessible, signInBrowser, trailGear } from './member-support';

/**
 * The composer's everyday depth (issue 18): photos attached from the composer (keyboard, alt text, preview,
 * refusals that keep the text), @mentions suggested as one types, drafts kept on the server.
 */

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Presses the attach button from the keyboard and hands the file picker a file. */
async function attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach a photo' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

test('a member attaches a photo with its alt text, sees it in the preview and in the posted thread; a text file is refused and the text kept', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const place = await trailGear();
  const member = await createMember('photo');
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  await signInBrowser(page, member, `/c/trail-gear/s/${place.help}/ask`);

  const title = `My chain snapped on the climb ${Date.now().toString(36)}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  const body = page.getByLabel('Details');
  const typed = 'It broke after 300 km. Here is the link:';
  await body.fill(typed);

  // A text file renamed or not: refused with a clear message, the text kept as typed.
  await attach(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture at all\n') });
  await expect(page.getByRole('alert')).toContainText('This file is not an image Palabre accepts');
  await expect(body).toHaveValue(typed);
  await expectAccessible(page);

  // A real JPEG: uploaded, its Markdown inserted after the text, its description editable.
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#b03030' } }).jpeg().toBuffer();
  await body.press('End');
  await attach(page, { name: 'broken-chain.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(page.getByText('Photo attached: it shows in the preview and in your post.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(body).toHaveValue(new RegExp(`^${typed}\\n\\n!\\[broken chain\\]\\(/media/[0-9a-f-]{36}\\)\\n\\n$`));
  await page.getByLabel('Description of the photo (alt text)').fill('A snapped chain link');
  await expect(body).toHaveValue(/!\[A snapped chain link\]\(\/media\/[0-9a-f-]{36}\)/);
  await expectAccessible(page);

  // The preview shows the stored image.
  await page.getByRole('button', { name: 'Preview' }).click();
  const previewImage = page.getByRole('region', { name: 'Preview of your text' }).getByRole('img', { name: 'A snapped chain link' });
  await expect(previewImage).toBeVisible();
  await expect.poll(() => previewImage.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Write' }).click();

  // Posted: the thread shows the photo, loaded from Palabre.
  await page.getByRole('button', { name: 'Post my question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const posted = page.locator('article.thread .prose').first().getByRole('img', { name: 'A snapped chain link' });
  await expect(posted).toBeVisible();
  await expect.poll(() => posted.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expectAccessible(page);

  // At 360 px the thread with its photo still fits.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(errors).toEqual([]);
});

test('typing @ and letters suggests handles of the community (arrow keys, Enter, Escape); the mentioned member is notified', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const place = await trailGear();
  const [author, mentioned] = [await createMember('writer'), await createMember('mentioned')];
  for (const member of [author, mentioned]) await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  await signInBrowser(page, author, `/c/trail-gear/s/${place.help}/ask`);

  const title = `Who knows tubeless sealant well ${Date.now().toString(36)}?`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  const body = page.getByLabel('Details');
  await body.click();
  await body.pressSequentially(`Maybe @${mentioned.handle.slice(0, -2)}`);
  const list = page.getByRole('listbox', { name: 'Members to mention' });
  const option = list.getByRole('option', { name: `@${mentioned.handle}` });
  await expect(option).toBeVisible();
  await expect(body).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!);
  await expectAccessible(page);

  // Escape closes the list without touching the text; the next letter opens it again.
  await body.press('Escape');
  await expect(list).toHaveCount(0);
  await body.pressSequentially(mentioned.handle.slice(-2, -1));
  await expect(option).toBeVisible();

  // Arrow keys move the active option; Enter inserts the handle, and the list closes.
  await body.press('ArrowDown');
  await body.press('ArrowUp');
  await expect(body).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await body.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(body).toHaveValue(`Maybe @${mentioned.handle} `);
  await body.pressSequentially('can tell?');
  await expect(body).toHaveValue(`Maybe @${mentioned.handle} can tell?`);
  // The preview links the mention to the member's profile, as the published post will.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview of your text' });
  await expect(preview.getByRole('link', { name: `@${mentioned.handle}` })).toHaveAttribute('href', `/members/${mentioned.handle}`);
  await page.getByRole('button', { name: 'Write' }).click();

  await page.getByRole('button', { name: 'Post my question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('article.thread .prose').first()).toContainText(`Maybe @${mentioned.handle} can tell?`);
  await expect(page.locator('article.thread .prose').first().getByRole('link', { name: `@${mentioned.handle}` })).toHaveAttribute('href', `/members/${mentioned.handle}`);

  // The mentioned member is told (through their inbox, like any notification).
  const mentions = async () => {
    const data = await apiData<{ notifications: { edges: { node: { kind: string; actor: { handle: string } | null } }[] } }>(
      `{ notifications(first: 20) { edges { node { kind actor { handle } } } } }`,
      {},
      mentioned.token,
    );
    return data.notifications.edges.filter((edge) => edge.node.kind === 'mention' && edge.node.actor?.handle === author.handle).length;
  };
  await expect.poll(mentions, { timeout: 20_000 }).toBe(1);
  expect(errors).toEqual([]);
});

test('a draft is saved as one types, restored after a reload and on another device, and gone once posted', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const place = await trailGear();
  const member = await createMember('drafter');
  await apiData(`mutation ($id: ID!) { joinCommunity(communityId: $id) { role } }`, { id: place.id }, member.token);
  const ask = `/c/trail-gear/s/${place.help}/ask`;
  await signInBrowser(page, member, ask);

  const title = `Creaking bottom bracket after rain ${Date.now().toString(36)}`;
  const body = 'It creaks on every pedal stroke since the wet ride.';
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Details').fill(body);
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await expectAccessible(page);

  // After a reload: the same text, said politely.
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Details')).toHaveValue(body);
  await expect(page.getByText('Your draft is back, as you left it (on this or another device).')).toBeVisible();

  // Another device: a new browser context signed in as the same member.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signInBrowser(otherPage, member, ask);
  await expect(otherPage.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(otherPage.getByLabel('Details')).toHaveValue(body);
  await expectAccessible(otherPage);
  await other.close();

  // Posted: the draft is gone, here and on the server.
  await page.getByRole('button', { name: 'Post my question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const draftOf = async (placeId: string) => (await apiData<{ draft: { body: string } | null }>(`query ($id: ID!) { draft(placeId: $id) { body } }`, { id: placeId }, member.token)).draft;
  await page.waitForTimeout(1500);
  expect(await draftOf(place.help)).toBeNull();

  // A reply's draft too, kept for this thread.
  const reply = 'Update: cleaning and greasing the cups fixed it.';
  await page.getByLabel('Answer', { exact: true }).fill(reply);
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Answer', { exact: true })).toHaveValue(reply);
  await page.getByRole('button', { name: 'Post my answer' }).click();
  await expect(page.getByText('Your answer is posted.')).toBeVisible();
  await expect(page.getByLabel('Answer', { exact: true })).toHaveValue('');
  await page.waitForTimeout(1500);
  const threadId = new URL(page.url()).pathname.split('/').pop()!;
  expect(await draftOf(threadId)).toBeNull();
  expect(errors).toEqual([]);
});
