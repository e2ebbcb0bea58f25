import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { AdviceService } from '@palabre/advice';
import { IdeasService } from '@palabre/ideas';
import type { Platform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createSpace, type TestCommunity, type TestMember, type TestSpace } from '../support/factories';
import { as } from '../ideas/ideas-fixtures';

export { as };

/** The clock moves by weeks in these specs: tokens must outlive that; posting limits are moderation's business. */
export const INSIGHTS_CONFIG = { SCHEDULER_ENABLED: 'false', POST_FLOOD_INTERVAL_SECONDS: '0', ACCESS_TOKEN_TTL_SECONDS: '31536000', REFRESH_TOKEN_TTL_DAYS: '3650' };

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface InsightsWorld {
  community: TestCommunity;
  discussion: TestSpace;
  ideas: TestSpace;
  owner: TestMember;
  staff: TestMember;
  moderator: TestMember;
  /** Eight plain members, m[0]..m[7]. */
  m: TestMember[];
  outsider: TestMember;
}

/**
 * A public community with a discussion space (24 h answer commitment) and an ideas space (updates
 * owed every 10 days): owner, brand staff, a moderator, eight members and an outsider. Everyone
 * joined two days before the clock's start, so they are past the newcomer limits and not "new".
 */
export async function insightsWorld(platform: Platform): Promise<InsightsWorld> {
  const owner = await createMember(platform);
  const community = await createCommunity(platform, owner);
  const discussion = await createSpace(platform, community, SpaceKind.DISCUSSION);
  const ideas = await createSpace(platform, community, SpaceKind.IDEAS);
  const staff = await createMember(platform);
  const moderator = await createMember(platform);
  const outsider = await createMember(platform);
  const m: TestMember[] = [];
  for (let index = 0; index < 8; index += 1) m.push(await createMember(platform));
  await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
  await addToCommunity(platform, community, moderator, Role.MODERATOR);
  for (const member of m) await addToCommunity(platform, community, member);
  await platform.db.query(`UPDATE memberships SET joined_at = joined_at - interval '2 days' WHERE community_id = $1`, [community.id]);
  // Reports in these specs are about counting outcomes, not about automatic hiding.
  await platform.db.query(`INSERT INTO community_moderation_settings (community_id, auto_hide_threshold, updated_at) VALUES ($1, 1000, $2)`, [community.id, platform.clock.now()]);
  await platform.app.get(AdviceService).setResponseCommitment(as(owner), discussion.id, 24, 'We answer every question within a day.');
  await platform.app.get(IdeasService).setIdeaPolicy(as(owner), ideas.id, {
    supportBudget: null,
    updateEveryDays: 10,
    supportThreshold: null,
    thresholdWindowDays: null,
    reviewCadenceDays: null,
  });
  return { community, discussion, ideas, owner, staff, moderator, m, outsider };
}

export async function launchCampaign(platform: Platform, staff: TestMember, space: TestSpace, title: string): Promise<{ id: string; globalId: string }> {
  const now = platform.clock.now().getTime();
  const row = await platform.app.get(IdeasService).launchCampaign(as(staff), {
    spaceId: space.id,
    title,
    brief: `Tell us about ${title}`,
    submissionsCloseAt: new Date(now + 60 * DAY),
    supportClosesAt: new Date(now + 90 * DAY),
  });
  return { id: row.id, globalId: toGlobalId('Campaign', row.id) };
}
