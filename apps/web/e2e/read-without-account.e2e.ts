import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './axe';

/** Journey 1: a newcomer reads the demo communities without an account. Every page is checked by axe (WCAG 2.2 AA). */

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 860 };


/** Phone and desktop pictures for the README, in the light scheme. */
async function screenshots(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: false });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: false });
}

/** No CSP violation and no script error while the page loads and hydrates. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a newcomer reads the French community: home, space, thread, ideas, an idea, the review calendar and search', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize(DESKTOP);
  const home = await page.goto('/');
  expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
  await expect(page.getByRole('heading', { level: 1, name: 'Communities' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'home');

  await page.getByRole('link', { name: 'L’Atelier Vélo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'L’Atelier Vélo' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'À la une' })).toBeVisible();
  // The pinned thread is listed with its space.
  await expect(page.getByRole('link', { name: 'Quelle crème pour entretenir la chaîne sous la pluie ?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Promesses tenues/ })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/c\/atelier-velo$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'L’Atelier Vélo');
  await expectAccessible(page);
  await screenshots(page, 'community');

  await page.getByRole('link', { name: 'Entraide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entraide' })).toBeVisible();
  await expect(page.getByText('Épinglé', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'space');

  // Filters are a plain GET form: they work with or without JavaScript.
  await page.getByRole('radio', { name: 'Sans réponse' }).check();
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/show=unanswered/);
  await expect(page.getByRole('link', { name: 'Garantie du cadre après une chute ?' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Quelle crème/ })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Activité récente' }).check();
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await page.getByRole('link', { name: /Quelle crème pour entretenir la chaîne/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Quelle crème/ })).toBeVisible();
  await expect(page.getByText('Réponse acceptée')).toBeVisible();
  await expect(page.getByText('Équipe').first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'thread');

  await page.getByRole('link', { name: 'L’Atelier Vélo' }).first().click();
  await page.getByRole('link', { name: 'Boîte à idées' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tableau des idées' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'idea-board');
  await expect(page.getByRole('link', { name: 'Une sonnette au son plus doux' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Livrée' }).check();
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/status=SHIPPED/);
  await expect(page.getByRole('link', { name: 'Une sonnette au son plus doux' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Un cadre en carbone pour le vélo de ville' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Une sonnette au son plus doux' }).click();
  await expect(page.getByRole('heading', { name: 'Historique des statuts' })).toBeVisible();
  await expect(page.getByRole('list').filter({ has: page.getByText('Livrée') }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'idea');

  await page.goBack();
  await page.getByRole('link', { name: 'Calendrier des revues' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Calendrier des revues/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'L’Atelier Vélo' }).first().click();
  await page.getByLabel('Rechercher dans cette communauté').fill('freins');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('status')).toContainText('résultats');
  await expect(page.locator('mark').first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'search');

  expect(errors).toEqual([]);
});

test('the English community reads in English, on a phone, in the dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.setViewportSize(PHONE);
  await page.goto('/c/trail-gear');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Featured' })).toBeVisible();
  await page.getByRole('link', { name: 'Help & advice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help & advice' })).toBeVisible();
  // A client-side navigation moves focus to the new content.
  await expect(page.getByRole('main')).toBeFocused();
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'space-dark-phone.png') });
  // Keyboard: on a fresh load, the first Tab reaches the skip link, which is visible when focused.
  await page.reload();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
});

test('a thread reads completely with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/c/atelier-velo');
  await page.getByRole('link', { name: 'Entraide' }).click();
  await page.getByRole('link', { name: /Quelle crème pour entretenir la chaîne/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Quelle crème/ })).toBeVisible();
  await expect(page.getByText('Une lubrifiante « conditions humides »')).toBeVisible();
  await expect(page).toHaveTitle(/Quelle crème/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Je roule tous les jours/);
  await context.close();
});

test('robots.txt, the sitemap and the Atom feeds list public content only', async ({ request, page }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: ');
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('application/xml');
  const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  expect(urls).toContain('/c/atelier-velo');
  expect(urls).toContain('/c/trail-gear');
  expect(urls.some((url) => /\/t\//.test(url))).toBe(true);
  expect(urls.some((url) => /\/i\//.test(url))).toBe(true);

  await page.goto('/c/atelier-velo');
  const spaceHref = await page.getByRole('link', { name: 'Entraide' }).getAttribute('href');
  const spaceFeed = await request.get(`${spaceHref}/feed.xml`);
  expect(spaceFeed.headers()['content-type']).toContain('application/atom+xml');
  expect(await spaceFeed.text()).toContain('<title>Quelle crème pour entretenir la chaîne sous la pluie ?</title>');
  const ideasHref = await page.getByRole('link', { name: 'Boîte à idées' }).getAttribute('href');
  const ideasFeed = await (await request.get(`${ideasHref}/feed.xml`)).text();
  expect(ideasFeed).toContain('Une sonnette au son plus doux: Livrée');
});

test('an unknown page says so, in the reader’s language, with a 404', async ({ page }) => {
  const response = await page.goto('/c/no-such-community');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('This page does not exist or is not visible to you.')).toBeVisible();
  await expectAccessible(page);
});
