import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { RequestContext, TokenService } from '@palabre/core';
import { AdviceService, ThreadKind } from '@palabre/advice';
import { IdeasService, IdeaStatus, IdeaWorkflowService } from '@palabre/ideas';
import type { Platform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';

/** A thread, reply, idea or comment: its local id, global id and owner table (for counter checks). */
export interface TestPost {
  id: string;
  globalId: string;
  table: 'threads' | 'replies' | 'ideas' | 'idea_comments';
}

export interface RecognitionWorld {
  community: TestCommunity;
  discussion: TestSpace;
  ideas: TestSpace;
}

export async function recognitionWorld(platform: Platform, options: Parameters<typeof createCommunity>[2] = {}): Promise<RecognitionWorld> {
  const community = await createCommunity(platform, await createMember(platform), options);
  return { community, discussion: await createSpace(platform, community, SpaceKind.DISCUSSION), ideas: await createSpace(platform, community, SpaceKind.IDEAS) };
}

/** An established member (joined two days ago, past the newcomer posting limits moderation applies). */
export async function joined(platform: Platform, community: TestCommunity, role: Role = Role.MEMBER): Promise<TestMember> {
  const member = await createMember(platform);
  await addToCommunity(platform, community, member, role);
  await platform.db.query(`UPDATE memberships SET joined_at = $3 WHERE community_id = $1 AND member_id = $2`, [community.id, member.id, new Date(platform.clock.now().getTime() - 2 * 86_400_000)]);
  return member;
}

let written = 0;
/** Distinct text for every post: moderation refuses the same text twice in a row. */
const text = (base: string) => `${base} (${(written += 1)})`;

/** A fresh context per act, so no loader cache carries over from one act to the next. */
export const as = (member: TestMember) => RequestContext.forMember(member.id, member.ctx.actor!.sessionId);

/** An access token valid at the platform clock's current time (specs move the clock past token lifetimes). */
export const tokenOf = (platform: Platform, member: TestMember) => platform.app.get(TokenService).issueAccessToken(member.ctx.actor!, platform.clock.now());

export async function question(platform: Platform, space: TestSpace, author: TestMember, title = 'How do I true a wheel at home?'): Promise<TestPost> {
  const row = await platform.app.get(AdviceService).startThread(as(author), space.id, { kind: ThreadKind.QUESTION, title, body: text('Details inside.'), tags: [] });
  return { id: row.id, globalId: toGlobalId('Thread', row.id), table: 'threads' };
}

export async function reply(platform: Platform, author: TestMember, thread: TestPost): Promise<TestPost> {
  const row = await platform.app.get(AdviceService).reply(as(author), thread.id, text('Use a spoke key, a quarter turn at a time.'), null);
  return { id: row.id, globalId: toGlobalId('Reply', row.id), table: 'replies' };
}

export async function idea(platform: Platform, space: TestSpace, author: TestMember): Promise<TestPost> {
  const row = await platform.app.get(IdeasService).proposeIdea(as(author), { spaceId: space.id, campaignId: null, title: 'A bell that does not rattle', body: text('It rattles on cobbles.'), tags: [] });
  return { id: row.id, globalId: toGlobalId('Idea', row.id), table: 'ideas' };
}

export async function comment(platform: Platform, author: TestMember, target: TestPost): Promise<TestPost> {
  const row = await platform.app.get(IdeasService).commentOnIdea(as(author), { ideaId: target.id, body: text('Yes, and a quieter one too.'), inReplyToId: null });
  return { id: row.id, globalId: toGlobalId('IdeaComment', row.id), table: 'idea_comments' };
}

/** Ships an idea through the staff workflow, offering credit to its author and `credited`. */
export async function shipIdea(platform: Platform, staff: TestMember, target: TestPost, credited: readonly TestMember[] = []): Promise<void> {
  const workflow = platform.app.get(IdeaWorkflowService);
  const rationale = 'The whole team reviewed it and we are building it this quarter.';
  for (const status of [IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS]) await workflow.changeStatus(as(staff), { ideaId: target.id, status, rationale, creditMemberIds: [] });
  await workflow.changeStatus(as(staff), { ideaId: target.id, status: IdeaStatus.SHIPPED, rationale, creditMemberIds: credited.map((member) => member.id) });
}

export async function kudosCountOf(platform: Platform, post: TestPost): Promise<number> {
  // The owner's counter, kept by its ContentProvider in the same transaction as the kudos row.
  const { rows } = await platform.db.query<{ kudos_count: number }>(`SELECT kudos_count FROM ${post.table} WHERE id = $1`, [post.id]);
  return rows[0].kudos_count;
}

export async function reputationOf(platform: Platform, community: TestCommunity, member: TestMember): Promise<number> {
  const { rows } = await platform.db.query<{ points: number }>(`SELECT points FROM reputations WHERE community_id = $1 AND member_id = $2`, [community.id, member.id]);
  return rows[0]?.points ?? 0;
}

export async function badgesOf(platform: Platform, community: TestCommunity, member: TestMember): Promise<string[]> {
  const { rows } = await platform.db.query<{ badge: string }>(`SELECT badge FROM badges WHERE community_id = $1 AND member_id = $2 ORDER BY badge`, [community.id, member.id]);
  return rows.map((row) => row.badge);
}
