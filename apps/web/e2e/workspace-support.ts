import { expect, type APIRequestContext, type Page } from '@playwright/test';

export { expectAccessible, screenshots } from './member-support';

/**
 * Shared by the moderation workspace's browser tests: they act as the demo data's own members (authors,
 * reporters, modo_anna the moderator), who share one password, through Playwright's request context.
 */

export const DEMO_PASSWORD = 'palabre-demo-2026';
export const COMMUNITY = 'trail-gear';

/** A GraphQL request through the web origin, as a member when a token is given; errors fail the test. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A bearer token for a demo member. */
export async function tokenOf(request: APIRequestContext, handle: string): Promise<string> {
  const data = await graphql<{ signIn: { accessToken: string } }>(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
    input: { email: `${handle}@demo.palabre.local`, password: DEMO_PASSWORD },
  });
  return data.signIn.accessToken;
}

/** Signs the browser in as a demo member through the real form. */
export async function signIn(page: Page, handle: string) {
  await page.goto('/account/sign-in');
  await page.getByLabel('Email').fill(`${handle}@demo.palabre.local`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText(handle)).toBeVisible();
}

/** The demo community's id and its discussion space. */
export async function demoCommunity(request: APIRequestContext): Promise<{ id: string; discussionSpaceId: string }> {
  const { community } = await graphql<{ community: { id: string; spaces: Array<{ id: string; kind: string }> } }>(request, 'query ($slug: String!) { community(slug: $slug) { id spaces { id kind } } }', { slug: COMMUNITY });
  return { id: community.id, discussionSpaceId: community.spaces.find((space) => space.kind === 'DISCUSSION')!.id };
}
