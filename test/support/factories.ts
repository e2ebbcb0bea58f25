import { Locale, Role, SpaceKind, toGlobalId, Visibility } from '@palabre/contracts';
import { deriveLinkToken, RequestContext } from '@palabre/core';
import { MembersService } from '@palabre/members';
import { CommunitiesService } from '@palabre/communities';
import type { Platform } from './harness';

export interface TestMember {
  id: string;
  globalId: string;
  handle: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
  ctx: RequestContext;
}

let sequence = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${(sequence += 1)}`;

/** Creates an account through the members service (not the API) and returns its tokens. */
export async function createMember(platform: Platform, handle = unique('m_')): Promise<TestMember> {
  const password = 'correct horse battery';
  const email = `${handle.toLowerCase()}@example.test`;
  const session = await platform.app.get(MembersService).createAccount(RequestContext.system('factory'), { handle, email, password });
  return {
    id: session.member.id,
    globalId: toGlobalId('Member', session.member.id),
    handle,
    email,
    password,
    token: session.accessToken,
    refreshToken: session.refreshToken,
    ctx: RequestContext.forMember(session.member.id, session.sessionId),
  };
}

/**
 * The token of the newest verification link queued for `email`, read from the mail outbox (specs without an
 * SMTP sink): the job keeps the link id, the token is derived from it with the server secret as the worker does.
 */
export async function verificationLinkToken(platform: Platform, email: string): Promise<string> {
  const { rows } = await platform.db.query(
    `SELECT data->>'linkId' AS link_id FROM pgboss.job WHERE name = 'mail' AND lower(data->>'to') = lower($1) AND data->>'linkId' IS NOT NULL ORDER BY created_on DESC LIMIT 1`,
    [email],
  );
  if (!rows[0]) throw new Error(`no verification link was queued for ${email}`);
  return deriveLinkToken(platform.config.AUTH_SECRET, rows[0].link_id as string);
}

export async function createMembers(platform: Platform, count: number, prefix = 'm_'): Promise<TestMember[]> {
  const members: TestMember[] = [];
  for (let index = 0; index < count; index += 1) members.push(await createMember(platform, unique(prefix)));
  return members;
}

export interface TestCommunity {
  id: string;
  globalId: string;
  slug: string;
  owner: TestMember;
}

export async function createCommunity(
  platform: Platform,
  owner: TestMember,
  options: { visibility?: Visibility; locale?: Locale; slug?: string } = {},
): Promise<TestCommunity> {
  const slug = options.slug ?? unique('c-').toLowerCase().replace(/_/g, '-');
  const row = await platform.app.get(CommunitiesService).createCommunity(owner.ctx, {
    slug,
    name: `Community ${slug}`,
    description: 'A community for tests',
    locale: options.locale ?? Locale.EN,
    visibility: options.visibility ?? Visibility.PUBLIC,
  });
  return { id: row.id, globalId: toGlobalId('Community', row.id), slug: row.slug, owner };
}

/** Adds members to a community with a role, directly (the act under test is elsewhere). */
export async function addToCommunity(platform: Platform, community: TestCommunity, member: TestMember, role: Role = Role.MEMBER): Promise<void> {
  const inserted = await platform.db.query(
    `INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (community_id, member_id) DO UPDATE SET role = EXCLUDED.role RETURNING (xmax = 0) AS created`,
    [community.id, member.id, role, platform.clock.now()],
  );
  if (inserted.rows[0]?.created) await platform.db.query('UPDATE communities SET member_count = member_count + 1 WHERE id = $1', [community.id]);
}

export interface TestSpace {
  id: string;
  globalId: string;
  communityId: string;
}

export async function createSpace(platform: Platform, community: TestCommunity, kind: SpaceKind = SpaceKind.DISCUSSION, slug = unique('s-').toLowerCase().replace(/_/g, '-')): Promise<TestSpace> {
  const row = await platform.app.get(CommunitiesService).createSpace(community.owner.ctx, community.id, { slug, name: `Space ${slug}`, description: '', kind });
  return { id: row.id, globalId: toGlobalId('Space', row.id), communityId: community.id };
}

/** A community with one space and its usual cast: owner, moderator, brand staff, two members and an outsider. */
export interface CastWorld {
  community: TestCommunity;
  space: TestSpace;
  owner: TestMember;
  moderator: TestMember;
  staff: TestMember;
  alice: TestMember;
  bob: TestMember;
  outsider: TestMember;
}

export async function castWorld(platform: Platform, kind: SpaceKind, options: Parameters<typeof createCommunity>[2] = {}): Promise<CastWorld> {
  const owner = await createMember(platform);
  const community = await createCommunity(platform, owner, options);
  const space = await createSpace(platform, community, kind);
  const [moderator, staff, alice, bob, outsider] = [await createMember(platform), await createMember(platform), await createMember(platform), await createMember(platform), await createMember(platform)];
  await addToCommunity(platform, community, moderator, Role.MODERATOR);
  await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
  await addToCommunity(platform, community, alice);
  await addToCommunity(platform, community, bob);
  // Past moderation's new-member limits: such specs are about the feature, not about newcomers.
  await platform.db.query(`UPDATE memberships SET joined_at = joined_at - interval '2 days' WHERE community_id = $1`, [community.id]);
  return { community, space, owner, moderator, staff, alice, bob, outsider };
}
