/**
 * Factories for realtime and notification specs: members with a live session and token,
 * communities with memberships, written straight into the spec database.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { OutboxRelayService, TokenService } from '@palabre/core';
import type { Platform } from '../support/harness';

export interface TestMember {
  id: string;
  handle: string;
  token: string;
  sessionId: string;
}

let counter = 0;

export async function createMember(platform: Platform, handle = `m${Date.now().toString(36)}${(counter += 1)}`): Promise<TestMember> {
  const now = platform.clock.now();
  const { rows } = await platform.db.query<{ id: string }>(
    `INSERT INTO members (handle, email, password_hash, created_at) VALUES ($1, $2, 'x', $3) RETURNING id`,
    [handle, `${handle}@example.test`, now],
  );
  const memberId = rows[0].id;
  const session = await platform.db.query<{ id: string }>(
    `INSERT INTO sessions (member_id, created_at, last_used_at, expires_at) VALUES ($1, $2, $2, $3) RETURNING id`,
    [memberId, now, new Date(now.getTime() + 30 * 86_400_000)],
  );
  const sessionId = session.rows[0].id;
  const token = platform.app.get(TokenService).issueAccessToken({ memberId, sessionId }, now);
  return { id: memberId, handle, token, sessionId };
}

/** A fresh access token for `member` at the platform's current (manual) time. */
export function refreshToken(platform: Platform, member: TestMember): string {
  member.token = platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.sessionId }, platform.clock.now());
  return member.token;
}

export async function createCommunity(
  platform: Platform,
  owner: TestMember,
  options: { visibility?: 'PUBLIC' | 'PRIVATE'; members?: Array<{ member: TestMember; role?: string }> } = {},
): Promise<string> {
  const slug = `c-${randomUUID().slice(0, 8)}`;
  const { rows } = await platform.db.query<{ id: string }>(
    `INSERT INTO communities (slug, name, locale, visibility, created_by, created_at) VALUES ($1, $1, 'EN', $2, $3, $4) RETURNING id`,
    [slug, options.visibility ?? 'PUBLIC', owner.id, platform.clock.now()],
  );
  const communityId = rows[0].id;
  await addMembership(platform, communityId, owner, 'OWNER');
  for (const { member, role } of options.members ?? []) await addMembership(platform, communityId, member, role ?? 'MEMBER');
  return communityId;
}

export async function addMembership(platform: Platform, communityId: string, member: TestMember, role = 'MEMBER'): Promise<void> {
  await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4)`, [
    communityId,
    member.id,
    role,
    platform.clock.now(),
  ]);
  await platform.db.query(`UPDATE communities SET member_count = member_count + 1 WHERE id = $1`, [communityId]);
}

export async function createSpace(platform: Platform, communityId: string, kind: 'DISCUSSION' | 'IDEAS' = 'DISCUSSION'): Promise<string> {
  const slug = `s-${randomUUID().slice(0, 8)}`;
  const { rows } = await platform.db.query<{ id: string }>(
    `INSERT INTO spaces (community_id, slug, name, kind, created_at) VALUES ($1, $2, $2, $3, $4) RETURNING id`,
    [communityId, slug, kind, platform.clock.now()],
  );
  return rows[0].id;
}

export type Ack = { ok: boolean; room?: string; rooms?: string[]; replayed?: number; error?: { code: string; message: string; rooms?: string[] } };

/** Emits a message and resolves with its acknowledgement. */
export function request(socket: Socket, event: string, body: unknown, timeoutMs = 5_000): Promise<Ack> {
  return socket.timeout(timeoutMs).emitWithAck(event, body) as Promise<Ack>;
}

/** Collects every `event` message a socket receives (and `resync`s). */
export function collect(socket: Socket): { events: Array<{ id: string; type: string; rooms: string[]; payload: Record<string, unknown> }>; resyncs: unknown[] } {
  const box = { events: [] as Array<{ id: string; type: string; rooms: string[]; payload: Record<string, unknown> }>, resyncs: [] as unknown[] };
  socket.on('event', (event) => box.events.push(event));
  socket.on('resync', (info) => box.resyncs.push(info));
  return box;
}

/** Waits until `check` passes (polling), or fails with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 25));
    }
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Lets the relay number every committed outbox event; returns the highest sequence. */
export async function numbered(platform: Platform): Promise<string> {
  for (;;) {
    await platform.app.get(OutboxRelayService).wake();
    const { rows } = await platform.db.query<{ pending: string; seq: string | null }>(
      `SELECT count(*) FILTER (WHERE seq IS NULL)::text AS pending, max(seq)::text AS seq FROM outbox_events`,
    );
    if (rows[0].pending === '0') return rows[0].seq ?? '0';
    await sleep(10);
  }
}

/** A thread row as the advice feature stores it (for realtime specs that need a thread room). */
export async function createThread(platform: Platform, spaceId: string, communityId: string, author: TestMember, options: { hidden?: boolean } = {}): Promise<string> {
  const now = platform.clock.now();
  const { rows } = await platform.db.query<{ id: string }>(
    `INSERT INTO threads (space_id, community_id, author_id, kind, title, body, body_html, last_activity_at, created_at, updated_at, hidden_at, search_config)
     VALUES ($1, $2, $3, 'DISCUSSION', 'A thread for realtime', 'Body', '<p>Body</p>', $4, $4, $4, $5, 'english') RETURNING id`,
    [spaceId, communityId, author.id, now, options.hidden ? now : null],
  );
  return rows[0].id;
}
