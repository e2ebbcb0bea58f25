import { expect, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
export { expectAccessible } from './axe';

/**
 * Shared by the member journeys' browser tests: members created through the API (fast, no screen to test
 * twice), signed in through the real sign-in form, and the axe check.
 */

export const PASSWORD = 'a-long-enough-secret';
export const STAFF = { email: 'marque_velo@demo.palabre.local', password: 'palabre-demo-2026' };


const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** Phone and desktop pictures for the README (docs/screenshots), taken from the demo data. */
export async function screenshots(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`) });
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL request straight to the API (not the browser's origin), as a member when a token is given. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${process.env.PALABRE_API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

export async function apiData<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await api<T>(query, variables, token);
  if (!answer.data || answer.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

export interface TestMember {
  id: string;
  handle: string;
  email: string;
  token: string;
}

/** Signs in through the API (TOKEN mode): the member's id and a bearer token. */
export async function signInApi(email: string, password: string): Promise<{ id: string; handle: string; token: string }> {
  const data = await apiData<{ signIn: { accessToken: string; member: { id: string; handle: string } } }>(
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken member { id handle } } }`,
    { input: { email, password } },
  );
  return { id: data.signIn.member.id, handle: data.signIn.member.handle, token: data.signIn.accessToken };
}

/**
 * A new member as a newcomer becomes one: signUp, then the mailed verification link, which signs in (an account
 * made through signUp cannot sign in with its password before its email is verified).
 */
export async function createMember(prefix: string): Promise<TestMember> {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const handle = `${prefix}_${id}`.slice(0, 30);
  const email = `${prefix}-${id}@example.com`;
  await apiData(`mutation ($input: SignUpInput!) { signUp(input: $input) }`, { input: { handle, email, password: PASSWORD } });
  return { ...(await verifyEmail(email)), email };
}

/** Opens the newest verification link mailed to `email` (the api writes mail to PALABRE_MAILBOX_DIR without SMTP): a session of that member. */
export async function verifyEmail(email: string): Promise<{ id: string; handle: string; token: string }> {
  const dir = process.env.PALABRE_MAILBOX_DIR!;
  const find = () => {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.txt'));
    } catch {
      return undefined;
    }
    return files
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .filter((text) => text.startsWith(`To: ${email}\n`))
      .map((text) => /\/account\/verify-email\?token=([\w-]+)/.exec(text)?.[1])
      .filter(Boolean)
      .pop();
  };
  await expect.poll(find, { timeout: 20_000, message: `a verification mail to ${email}` }).toBeTruthy();
  const data = await apiData<{ verifyEmail: { accessToken: string; member: { id: string; handle: string } } }>(
    `mutation ($token: String!) { verifyEmail(token: $token) { accessToken member { id handle } } }`,
    { token: find() },
  );
  return { id: data.verifyEmail.member.id, handle: data.verifyEmail.member.handle, token: data.verifyEmail.accessToken };
}

/** Signs the browser in through the real form, then comes back to `next`. */
export async function signInBrowser(page: Page, member: { email: string; handle: string }, next: string): Promise<void> {
  await page.goto(`/account/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText(member.handle)).toBeVisible();
}

/** The demo English community and its spaces (ids are opaque: read from the API). */
export async function trailGear(): Promise<{ id: string; help: string; ideas: string }> {
  const data = await apiData<{ community: { id: string; spaces: { id: string; slug: string }[] } }>(`{ community(slug: "trail-gear") { id spaces { id slug } } }`);
  const space = (slug: string) => data.community.spaces.find((entry) => entry.slug === slug)!.id;
  return { id: data.community.id, help: space('help'), ideas: space('ideas') };
}
