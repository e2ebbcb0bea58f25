import { expect, type Page } from '@playwright/test';
import { createMember as createMemberThroughApi } from './member-support';

export { expectAccessible, screenshots } from './member-support';

/**
 * Helpers of the member-screen browser tests (journeys 6–9): members created through the API (sign up, then
 * the mailed verification link, which signs in), their acts done through the
 * API as another member would, and the browser signed in through the real form.
 */

export const PASSWORD = 'a-long-enough-secret';

export interface TestMember {
  handle: string;
  email: string;
  token: string;
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

/** A new member, email verified, with an access token for the API (made as the member journeys' tests make theirs). */
export async function createMember(prefix = 'member'): Promise<TestMember> {
  const { handle, email, token } = await createMemberThroughApi(prefix);
  return { handle, email, token };
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
