import { expect, test } from '@playwright/test';
import { api, createMember, joinDemoCommunity, reply, startThread } from './me-support';

/**
 * The web server keeps rendered pages (apps/web/server/page-cache.mjs) and serves one again only while the API
 * still gives the answer it was rendered from: an edit or a reply made through the API shows on the very next
 * request, and every response carries its own nonce, in its policy and in its scripts.
 */

async function getPage(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${process.env.PALABRE_WEB_URL}${path}`, { headers: { accept: 'text/html', 'accept-language': 'en', ...headers } });
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  expect(response.status).toBe(200);
  expect(nonce).toBeTruthy();
  // Every script of the page carries this response's nonce, and no other.
  const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((match) => match[1]);
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  return { html, nonce: nonce!, cache: response.headers.get('x-page-cache') };
}

test('a kept page is served again only while the API answer is the same, with a fresh nonce each time', async () => {
  const author = await createMember('cachefresh');
  const { spaceId } = await joinDemoCommunity('trail-gear', author);
  const title = `Cache freshness ${Date.now().toString(36)}`;
  const threadId = await startThread(author, spaceId, title);
  const path = `/c/trail-gear/t/${threadId}`;

  const first = await getPage(path);
  expect(first.html).toContain(title);
  expect(first.cache).toBe('stored');
  const second = await getPage(path);
  expect(second.cache).toBe('hit');
  expect(second.nonce).not.toBe(first.nonce);
  // The same page apart from the nonce.
  expect(second.html.split(second.nonce).join('')).toBe(first.html.split(first.nonce).join(''));
  // Readers that take no gzip get the same page (plain, or brotli from the middleware).
  for (const encoding of ['identity', 'br']) {
    const other = await getPage(path, { 'accept-encoding': encoding });
    expect(other.cache).toBe('hit');
    expect(other.html.split(other.nonce).join('')).toBe(first.html.split(first.nonce).join(''));
  }
  // Another language is another page.
  const french = await getPage(path, { cookie: 'palabre_locale=fr' });
  expect(french.cache).toBe('stored');
  expect(french.html).toContain('<html lang="fr"');

  // Edited through the API: the next request shows the new text, not the kept page.
  const edited = `${title} (edited)`;
  await api('mutation Edit($input: EditPostInput!) { editPost(input: $input) { __typename } }', { input: { id: threadId, title: edited, body: 'A new body, written after the page was kept.' } }, author.token);
  const afterEdit = await getPage(path);
  expect(afterEdit.cache).toBe('stored');
  expect(afterEdit.html).toContain(edited);
  expect(afterEdit.html).toContain('A new body, written after the page was kept.');
  expect(afterEdit.html).not.toContain('any advice from someone who tried it');
  expect((await getPage(path)).cache).toBe('hit');

  // A reply: shown at once too.
  await reply(author, threadId, 'A reply that arrives after the page was kept.');
  const afterReply = await getPage(path);
  expect(afterReply.cache).toBe('stored');
  expect(afterReply.html).toContain('A reply that arrives after the page was kept.');
});

test('a kept page runs in the browser under its policy: the inline hydration data executes, no violation', async ({ page }) => {
  const author = await createMember('cachebrowser');
  const { spaceId } = await joinDemoCommunity('trail-gear', author);
  const title = `Cache in the browser ${Date.now().toString(36)}`;
  const path = `/c/trail-gear/t/${await startThread(author, spaceId, title)}`;
  // The browser's own language is part of the key: its first visit keeps the page, its second gets it kept.
  expect((await page.goto(path))?.headers()['x-page-cache']).toBe('stored');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(path);
  expect(response?.headers()['x-page-cache']).toBe('hit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // React Router's inline script (allowed only by this response's nonce) has run.
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __reactRouterContext?: unknown }).__reactRouterContext)).toBe('object');
  expect(violations).toEqual([]);
});

test('a missing page is never kept', async () => {
  const path = '/c/trail-gear/t/VGhyZWFkOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA';
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await fetch(`${process.env.PALABRE_WEB_URL}${path}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-page-cache')).toBeNull();
  }
});
