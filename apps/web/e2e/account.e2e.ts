import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './axe';

/**
 * Journey 2: sign up, verify the email, sign in and out, reset a forgotten password, see and end other
 * sessions. Links are read from the local mailbox the api writes to without SMTP_URL (global-setup.ts).
 */

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const PASSWORD = 'a-long-enough-secret';


async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`) });
}

/** The newest link to `path` mailed to `email`, waiting for the mail worker to deliver it. */
async function mailedLink(email: string, path: string, after = 0): Promise<string> {
  const dir = process.env.PALABRE_MAILBOX_DIR!;
  const pattern = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`);
  const find = () => {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.txt'));
    } catch {
      return undefined;
    }
    const links = files
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .filter((text) => text.startsWith(`To: ${email}\n`))
      .map((text) => pattern.exec(text)?.[0])
      .filter((link): link is string => Boolean(link));
    return links.length > after ? links[links.length - 1] : undefined;
  };
  await expect.poll(find, { timeout: 20_000, message: `a mail to ${email} with ${path}` }).toBeTruthy();
  return find()!;
}

function newcomer() {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  return { handle: `newcomer_${id}`, email: `newcomer-${id}@example.com` };
}

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });

const WRONG_OR_UNCONFIRMED = 'The email or password is incorrect, or the address is not confirmed yet: check your mailbox.';

/** Signs up through the form and opens the mailed verification link, which signs in; ends signed in, verified, home. */
async function signUpAndVerify(page: Page, member: { handle: string; email: string }, options: { check?: boolean } = {}) {
  await page.goto('/account/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await page.getByLabel('Pseudonym').fill(member.handle);
  await page.getByLabel('Email').fill(member.email);
  if (options.check) {
    // A password the API refuses: the message is next to the field, and nothing typed is lost.
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create my account' }).click();
    const password = page.getByLabel('Password');
    await expect(page.getByRole('alert')).toHaveText('The password needs at least 10 characters.');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAttribute('aria-describedby', /field-password-error/);
    await expect(password).toBeFocused();
    await expect(page.getByLabel('Pseudonym')).toHaveValue(member.handle);
    await expect(page.getByLabel('Email')).toHaveValue(member.email);
    await expectAccessible(page);
  }
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  // No session yet, whatever the address: the page says to check the mailbox, as it would for a registered one.
  await expect(page.getByRole('status')).toHaveText(`Check your mailbox: we sent an email to ${member.email}. Open its link to confirm the address and sign in.`);
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  if (options.check) {
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send the email again' }).click();
    await expect(page.getByText('If this address is waiting for its confirmation, a new link is on its way.')).toBeVisible();
    await expectAccessible(page);
    // Before the link is opened the password does not sign in, and the message says why it may be.
    await signIn(page, member.email, PASSWORD);
    await expect(page.getByRole('alert')).toHaveText(WRONG_OR_UNCONFIRMED);
  }

  // The link signs in and lands on the communities: one click from the mailbox.
  await page.goto(await mailedLink(member.email, '/account/verify-email', options.check ? 1 : 0));
  await expect(page).toHaveURL(/\/$/);
  await expect(accountNav(page).getByText(member.handle)).toBeVisible();
  if (options.check) {
    await expectAccessible(page);
    // The cookie brings the session back on a new page load.
    await page.reload();
    await expect(accountNav(page).getByText(member.handle)).toBeVisible();
  }
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/account/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a newcomer signs up, is signed in by the mailed link, signs out and signs in again', async ({ page }) => {
  test.setTimeout(60_000);
  const member = newcomer();
  await signUpAndVerify(page, member, { check: true });

  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/account\/sign-in$/);
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('autocomplete', 'current-password');
  await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'email');
  await expectAccessible(page);
  await screenshots(page, 'sign-in');

  // A wrong password: the message sits next to the password field, the email stays as typed.
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(WRONG_OR_UNCONFIRMED);
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-describedby', 'field-password-error');
  await expect(page.getByLabel('Email')).toHaveValue(member.email);
  await expectAccessible(page);

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountNav(page).getByText(member.handle)).toBeVisible();
  // A new page load finds the session again through the HttpOnly cookie.
  await page.reload();
  await expect(accountNav(page).getByText(member.handle)).toBeVisible();
});

test('a forgotten password is reset through the mailed link, and the old password no longer works', async ({ page }) => {
  test.setTimeout(60_000);
  const member = newcomer();
  await signUpAndVerify(page, member);
  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Email').fill(member.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account has this verified email');

  await page.goto(await mailedLink(member.email, '/account/reset-password'));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveAttribute('autocomplete', 'new-password');
  await expectAccessible(page);
  await page.getByLabel('New password').fill('a-brand-new-secret');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');

  await signIn(page, member.email, PASSWORD);
  await expect(page.getByRole('alert')).toHaveText(WRONG_OR_UNCONFIRMED);
  await page.getByLabel('Password').fill('a-brand-new-secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountNav(page).getByText(member.handle)).toBeVisible();
});

test('signing up with a registered email answers as for a new one: check the mailbox; only the holder learns of it', async ({ page }) => {
  test.setTimeout(60_000);
  const member = newcomer();
  await signUpAndVerify(page, member);
  await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/account/sign-up');
  await page.getByLabel('Pseudonym').fill(`${member.handle}_2`);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill('another-long-secret');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('status')).toHaveText(`Check your mailbox: we sent an email to ${member.email}. Open its link to confirm the address and sign in.`);
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  const dir = process.env.PALABRE_MAILBOX_DIR!;
  const notices = () =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .filter((text) => text.startsWith(`To: ${member.email}\n`) && text.includes('Someone just tried to create a Palabre account with this address')).length;
  await expect.poll(notices, { timeout: 20_000 }).toBe(1);
});

test('a member sees their sessions and ends the others: the other browser is signed out on its next load', async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const member = newcomer();
  await signUpAndVerify(page, member);

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, member.email, PASSWORD);
  await expect(accountNav(otherPage).getByText(member.handle)).toBeVisible();

  await accountNav(page).getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your sessions' })).toBeVisible();
  const sessions = page.getByRole('list').filter({ has: page.getByText('This device') });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText(/^Last used /)).toHaveCount(2);
  await expectAccessible(page);
  await screenshots(page, 'sessions');

  await page.getByRole('button', { name: 'End all other sessions' }).click();
  await expect(page.getByText('Other sessions ended: 1.')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);

  // The other browser's next action is refused, and it shows itself signed out; a reload stays signed out.
  await accountNav(otherPage).getByRole('link', { name: 'Sessions' }).click();
  await expect(otherPage.getByRole('link', { name: 'Sign in to see your sessions.' })).toBeVisible();
  await expect(accountNav(otherPage).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await otherPage.reload();
  await expect(accountNav(otherPage).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(otherPage.getByRole('link', { name: 'Sign in to see your sessions.' })).toBeVisible();
  // Signing in from there comes back to the sessions: the first browser's and this new one.
  await otherPage.getByRole('link', { name: 'Sign in to see your sessions.' }).click();
  await otherPage.getByLabel('Email').fill(member.email);
  await otherPage.getByLabel('Password').fill(PASSWORD);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage).toHaveURL(/\/account\/sessions$/);
  await expect(otherPage.getByRole('listitem').filter({ hasText: 'Last used' })).toHaveCount(2);
  await other.close();
});

test('the account screens speak the reader’s language: a refused sign-in in French', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/account/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
  await page.getByLabel('Adresse email').fill('personne@example.com');
  await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toHaveText('L’email ou le mot de passe est incorrect, ou l’adresse n’est pas encore confirmée : consultez votre boîte mail.');
  await expectAccessible(page);
  await context.close();
});

test('an invalid or incomplete email link says so', async ({ page }) => {
  await page.goto('/account/confirm-email?token=not-a-real-token');
  await expect(page.getByRole('alert')).toHaveText('This link is invalid, expired or already used: ask for a new one.');
  await expectAccessible(page);
  await page.goto('/account/verify-email');
  await expect(page.getByRole('alert')).toHaveText('This link is incomplete: open the link from the email again.');
  await page.goto('/account/verify-email?token=not-a-real-token');
  await expect(page.getByRole('alert')).toHaveText('This link is invalid, expired or already used: ask for a new one.');
  await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
});
