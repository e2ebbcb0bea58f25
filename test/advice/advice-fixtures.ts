import { SpaceKind, toGlobalId } from '@palabre/contracts';
import { RequestContext, TokenService } from '@palabre/core';
import { AdviceService, ThreadKind } from '@palabre/advice';
import type { Platform } from '../support/harness';
import { castWorld, type CastWorld, type createCommunity, type TestMember, type TestSpace } from '../support/factories';

/** A fresh context per call: loaders must not carry a cache from one act to the next. */
const as = (member: TestMember) => RequestContext.forMember(member.id);

export type AdviceWorld = CastWorld;

/** A community with a discussion space, an owner, a moderator, brand staff, two members and an outsider. */
export function adviceWorld(platform: Platform, options: Parameters<typeof createCommunity>[2] = {}): Promise<AdviceWorld> {
  return castWorld(platform, SpaceKind.DISCUSSION, options);
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
