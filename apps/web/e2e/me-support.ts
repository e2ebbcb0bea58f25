import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Helpers of the member-screen browser tests (journeys 6–9): members created through the API (sign up, verify
 * the mailed link, then sign in for a token: signUp's answer is not relied on), their acts done through the
 * API as another member would, and the browser signed in through the real form.
 */

export const PASSWORD = 'a-long-enough-secret';
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export interface TestMember {
  handle: string;
  email: string;
  token: string;
}

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`) });
}

/** One GraphQL request to the API, straight from the test (as a member's other device would). */
export async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${process.env.PALABRE_API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code ?? 'ERROR'}: ${body.errors[0].message}`);
  return body.data!;
}

/** The newest verification link mailed to `email` (the api writes mail to a local mailbox in the tests). */
async function verificationToken(email: string): Promise<string> {
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
      .filter((token): token is string => Boolean(token))
      .pop();
  };
  await expect.poll(find, { timeout: 20_000, message: `a verification mail to ${email}` }).toBeTruthy();
  return find()!;
}

/** signUp's answer is changing (a payload today, a Boolean soon): ask for as little as the schema allows. */
async function signUp(input: { handle: string; email: string; password: string }) {
  try {
    await api('mutation SignUp($input: SignUpInput!) { signUp(input: $input) }', { input });
  } catch (error) {
    if (!/must have a selection of subfields/i.test(String(error))) throw error;
    await api('mutation SignUp($input: SignUpInput!) { signUp(input: $input) { __typename } }', { input });
  }
}

/** A new member, email verified, with an access token for the API. */
export async function createMember(prefix = 'member'): Promise<TestMember> {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 10000)}`;
  const handle = `${prefix}_${id}`.slice(0, 30);
  const email = `${prefix}-${id}@example.com`;
  await signUp({ handle, email, password: PASSWORD });
  await api('mutation Verify($token: String!) { verifyEmail(token: $token) }', { token: await verificationToken(email) });
  const { signIn } = await api<{ signIn: { accessToken: string } }>('mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password: PASSWORD } });
  return { handle, email, token: signIn.accessToken };
}

/** A demo community's id and its first discussion space, joined by the given members. */
export async function joinDemoCommunity(slug: string, ...members: TestMember[]): Promise<{ communityId: string; spaceId: string; name: string }> {
  const { community } = await api<{ community: { id: string; name: string; spaces: { id: string; kind: string }[] } }>(
    'query Community($slug: String!) { community(slug: $slug) { id name spaces { id kind } } }',
    { slug },
  );
  for (const member of members) await api('mutation Join($id: ID!) { joinCommunity(communityId: $id) { role } }', { id: community.id }, member.token);
  return { communityId: community.id, spaceId: community.spaces.find((space) => space.kind === 'DISCUSSION')!.id, name: community.name };
}

export async function startThread(member: TestMember, spaceId: string, title: string): Promise<string> {
  const { startThread: thread } = await api<{ startThread: { id: string } }>(
    'mutation Start($input: StartThreadInput!) { startThread(input: $input) { id } }',
    { input: { spaceId, kind: 'QUESTION', title, body: `${title}: any advice from someone who tried it would help a lot.` } },
    member.token,
  );
  return thread.id;
}

export async function reply(member: TestMember, threadId: string, body: string): Promise<string> {
  const { reply: created } = await api<{ reply: { id: string } }>('mutation Reply($input: ReplyInput!) { reply(input: $input) { id } }', { input: { threadId, body } }, member.token);
  return created.id;
}

/** Signs the browser in through the real form and waits until the header shows the member. */
export async function signInBrowser(page: Page, member: TestMember, next = '/') {
  await page.goto(`/account/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^(Email|Adresse email)$/).fill(member.email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page.locator('.account-handle')).toHaveText(member.handle);
}
