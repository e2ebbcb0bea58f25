import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { RequestContext, TokenService } from '@palabre/core';
import { AdviceService, ThreadKind } from '@palabre/advice';
import type { Platform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createSpace, type TestCommunity, type TestMember, type TestSpace } from '../support/factories';

/** A fresh context per call: loaders must not carry a cache from one act to the next. */
const as = (member: TestMember) => RequestContext.forMember(member.id);

export interface AdviceWorld {
  community: TestCommunity;
  space: TestSpace;
  owner: TestMember;
  moderator: TestMember;
  staff: TestMember;
  alice: TestMember;
  bob: TestMember;
  outsider: TestMember;
}

/** A community with a discussion space, an owner, a moderator, brand staff, two members and an outsider. */
export async function adviceWorld(platform: Platform, options: Parameters<typeof createCommunity>[2] = {}): Promise<AdviceWorld> {
  const owner = await createMember(platform);
  const community = await createCommunity(platform, owner, options);
  const space = await createSpace(platform, community, SpaceKind.DISCUSSION);
  const [moderator, staff, alice, bob, outsider] = [await createMember(platform), await createMember(platform), await createMember(platform), await createMember(platform), await createMember(platform)];
  await addToCommunity(platform, community, moderator, Role.MODERATOR);
  await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
  await addToCommunity(platform, community, alice);
  await addToCommunity(platform, community, bob);
  // Past moderation's new-member limits: these specs are about advice, not about newcomers.
  await platform.db.query(`UPDATE memberships SET joined_at = joined_at - interval '2 days' WHERE community_id = $1`, [community.id]);
  return { community, space, owner, moderator, staff, alice, bob, outsider };
}

export interface TestThread {
  id: string;
  globalId: string;
}

/** Default bodies differ from post to post: moderation refuses the same text twice within 5 minutes. */
let sequence = 0;
const distinct = (text: string) => `${text} (${(sequence += 1)})`;

export async function createThread(
  platform: Platform,
  author: TestMember,
  space: TestSpace,
  values: Partial<{ kind: ThreadKind; title: string; body: string; tags: string[] }> = {},
): Promise<TestThread> {
  const row = await platform.app.get(AdviceService).startThread(as(author), space.id, {
    kind: values.kind ?? ThreadKind.QUESTION,
    title: values.title ?? 'How do I adjust the brakes?',
    body: values.body ?? distinct('The rear brake rubs against the wheel.'),
    tags: values.tags ?? [],
  });
  return { id: row.id, globalId: toGlobalId('Thread', row.id) };
}

export async function createReply(platform: Platform, author: TestMember, thread: TestThread, body = distinct('Loosen the caliper and centre it.'), inReplyToId: string | null = null): Promise<TestThread> {
  const row = await platform.app.get(AdviceService).reply(as(author), thread.id, body, inReplyToId);
  return { id: row.id, globalId: toGlobalId('Reply', row.id) };
}

export async function acceptAnswer(platform: Platform, actor: TestMember, reply: TestThread): Promise<void> {
  await platform.app.get(AdviceService).acceptAnswer(as(actor), reply.id);
}

/** Moderation sets these columns; the read side must honour them. */
export async function hide(platform: Platform, table: 'threads' | 'replies', id: string): Promise<void> {
  await platform.db.query(`UPDATE ${table} SET hidden_at = $2 WHERE id = $1`, [id, platform.clock.now()]);
}

export async function lockThread(platform: Platform, id: string): Promise<void> {
  await platform.db.query(`UPDATE threads SET locked_at = $2 WHERE id = $1`, [id, platform.clock.now()]);
}

export async function outboxEvents(platform: Platform, type: string): Promise<Array<{ rooms: string[]; payload: Record<string, unknown> }>> {
  const { rows } = await platform.db.query(`SELECT rooms, payload FROM outbox_events WHERE type = $1 ORDER BY id`, [type]);
  return rows;
}

/** A fresh access token at the platform clock's current time (tests move the clock past token lifetimes). */
export function tokenOf(platform: Platform, member: TestMember): string {
  return platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());
}
