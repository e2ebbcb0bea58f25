import { SpaceKind, toGlobalId } from '@palabre/contracts';
import { RequestContext } from '@palabre/core';
import { IdeasService, IdeaWorkflowService, IdeaStatus } from '@palabre/ideas';
import type { Platform } from '../support/harness';
import { castWorld, type CastWorld, type TestMember, type TestSpace } from '../support/factories';

/** Specs move the clock by weeks: tokens must outlive that; posting limits are moderation's business. */
export const IDEAS_CONFIG = { SCHEDULER_ENABLED: 'false', POST_FLOOD_INTERVAL_SECONDS: '0', ACCESS_TOKEN_TTL_SECONDS: '31536000', REFRESH_TOKEN_TTL_DAYS: '3650' };

/** A fresh context per call: loaders must not carry a cache from one act to the next. */
export const as = (member: TestMember) => RequestContext.forMember(member.id);

export const RATIONALE = 'We looked at this with the product team and here is why we move it.';
export const DECLINE_RATIONALE = 'We will not build this: it conflicts with the frame safety certification and would double the price of the bike.';

export type IdeasWorld = CastWorld;

/** A community with an ideas space: an owner, brand staff, a moderator, two members and an outsider. */
export function ideasWorld(platform: Platform): Promise<IdeasWorld> {
  return castWorld(platform, SpaceKind.IDEAS);
}

export interface TestIdea {
  id: string;
  globalId: string;
}

let sequence = 0;

export async function createIdea(platform: Platform, author: TestMember, space: TestSpace, values: Partial<{ title: string; body: string; tags: string[]; campaignId: string }> = {}): Promise<TestIdea> {
  const row = await platform.app.get(IdeasService).proposeIdea(as(author), {
    spaceId: space.id,
    campaignId: values.campaignId ?? null,
    title: values.title ?? `Integrated lights on the city bike, take ${(sequence += 1)}`,
    body: values.body ?? 'Lights powered by the hub dynamo, always on.',
    tags: values.tags ?? [],
  });
  return { id: row.id, globalId: toGlobalId('Idea', row.id) };
}

export async function support(platform: Platform, member: TestMember, idea: TestIdea): Promise<void> {
  await platform.app.get(IdeaWorkflowService).supportIdea(as(member), idea.id);
}

export async function setStatus(platform: Platform, staff: TestMember, idea: TestIdea, status: IdeaStatus, rationale = RATIONALE): Promise<void> {
  await platform.app.get(IdeaWorkflowService).changeStatus(as(staff), { ideaId: idea.id, status, rationale, creditMemberIds: [] });
}

export async function setPolicy(
  platform: Platform,
  owner: TestMember,
  space: TestSpace,
  values: Partial<{ supportBudget: number | null; updateEveryDays: number; supportThreshold: number | null; thresholdWindowDays: number | null; reviewCadenceDays: number | null }>,
): Promise<void> {
  await platform.app.get(IdeasService).setIdeaPolicy(as(owner), space.id, {
    supportBudget: values.supportBudget ?? null,
    updateEveryDays: values.updateEveryDays ?? 30,
    supportThreshold: values.supportThreshold ?? null,
    thresholdWindowDays: values.thresholdWindowDays ?? null,
    reviewCadenceDays: values.reviewCadenceDays ?? null,
  });
}

/** Counter and rows of one idea, read straight from the database. */
export async function supportState(platform: Platform, idea: TestIdea): Promise<{ count: number; rows: number; members: string[] }> {
  const { rows } = await platform.db.query<{ support_count: number; rows: string; members: string[] | null }>(
    `SELECT i.support_count, (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id) AS rows,
            (SELECT array_agg(s.member_id::text ORDER BY s.member_id) FROM idea_supports s WHERE s.idea_id = i.id) AS members
       FROM ideas i WHERE i.id = $1`,
    [idea.id],
  );
  return { count: rows[0].support_count, rows: Number(rows[0].rows), members: rows[0].members ?? [] };
}

export async function eventsOfType(platform: Platform, type: string): Promise<Array<{ payload: Record<string, unknown>; rooms: string[] }>> {
  const { rows } = await platform.db.query<{ payload: Record<string, unknown>; rooms: string[] }>(`SELECT payload, rooms FROM outbox_events WHERE type = $1 ORDER BY id`, [type]);
  return rows;
}
