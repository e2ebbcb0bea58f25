import { Injectable } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { badInput, Clock, RequestContext } from '@palabre/core';
import { CommunitiesPolicy, STAFF_ROLES } from '@palabre/communities';
import { CAMPAIGN_TYPE, IDEA_TYPE } from '@palabre/ideas';
import { InsightsRepository } from './insights.repository';
import type { Period } from './insights-sql';
import { PromisesRepository } from './promises.repository';
import { foldSmallGroups, MIN_GROUP_SIZE, partitionOrNull, shareOf } from './small-groups';
import {
  CampaignSupportsType,
  CoCreationInsightsType,
  CommunityInsightsType,
  HealthInsightsType,
  IdeaRankingType,
  PromiseFiguresType,
  ReportOutcome,
  ResponderSide,
  TagUsageType,
} from './insights.types';

const DAY_MS = 86_400_000;
const HOUR_S = 3_600;
export const MAX_PERIOD_DAYS = 366;
export const PUBLIC_PROMISES_DEFAULT_DAYS = 90;
const TOP_IDEAS = 10;
const TOP_TAGS = 20;
const LATEST_DECISIONS = 50;
const MOST_OVERDUE = 20;
const VELOCITY_DAYS = 7;

const hours = (seconds: number | null): number | null => (seconds === null ? null : seconds / HOUR_S);

/**
 * The rules of insights: who may read them (brand team for the full picture, every member for
 * the promise figures), the period limits, and the small-group rule applied to every breakdown.
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly repo: InsightsRepository,
    private readonly promises: PromisesRepository,
    private readonly policy: CommunitiesPolicy,
    private readonly clock: Clock,
  ) {}

  async insights(ctx: RequestContext, communityId: string, period: Period): Promise<CommunityInsightsType> {
    await this.policy.requireRole(ctx, communityId, STAFF_ROLES, 'read the community insights');
    this.checkPeriod(period);
    const now = this.clock.now();
    const [coCreation, promises, health] = await Promise.all([this.coCreation(communityId, period, now), this.promiseFigures(communityId, period, now), this.health(communityId, period)]);
    return { communityId: toGlobalId('Community', communityId), period: { ...period }, minimumGroupSize: MIN_GROUP_SIZE, coCreation, promises, health };
  }

  /** Public transparency: the promise figures of the last `days` days, for every member of the community. */
  async publicPromises(ctx: RequestContext, communityId: string, days = PUBLIC_PROMISES_DEFAULT_DAYS): Promise<PromiseFiguresType> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_PERIOD_DAYS) throw badInput(`days must be a whole number between 1 and ${MAX_PERIOD_DAYS}`, { argument: 'days' });
    await this.policy.requireMember(ctx, communityId);
    const now = this.clock.now();
    return this.promiseFigures(communityId, { from: new Date(now.getTime() - days * DAY_MS), to: now }, now);
  }

  checkPeriod(period: Period): void {
    if (!(period.from instanceof Date) || !(period.to instanceof Date) || Number.isNaN(period.from.getTime()) || Number.isNaN(period.to.getTime())) {
      throw badInput('period.from and period.to must be dates', { field: 'period' });
    }
    if (period.to.getTime() <= period.from.getTime()) throw badInput('period.to must be after period.from', { field: 'period.to' });
    if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * DAY_MS) throw badInput(`A period spans at most ${MAX_PERIOD_DAYS} days`, { field: 'period' });
  }

  private async coCreation(communityId: string, period: Period, now: Date): Promise<CoCreationInsightsType> {
    const velocityEnd = new Date(Math.min(period.to.getTime(), now.getTime()));
    const velocityFrom = new Date(velocityEnd.getTime() - VELOCITY_DAYS * DAY_MS);
    const [totals, ranked, campaigns, tags, statuses, decisions] = await Promise.all([
      this.repo.coCreationTotals(communityId, period),
      this.repo.topIdeas(communityId, period, velocityFrom, velocityEnd, TOP_IDEAS),
      this.repo.supportsPerCampaign(communityId, period),
      this.repo.tagUsage(communityId, period),
      this.repo.ideasPerStatus(communityId, period),
      this.repo.decisions(communityId, period, LATEST_DECISIONS),
    ]);
    const ranking = (row: (typeof ranked)[number]): IdeaRankingType => ({
      ideaId: toGlobalId(IDEA_TYPE, row.id),
      title: row.title,
      status: row.status,
      supports: row.period_supports,
      recentSupports: row.recent_supports,
      totalSupports: row.support_count,
    });
    const byRank = (key: 'rank_by_supports' | 'rank_by_velocity', count: 'period_supports' | 'recent_supports') =>
      ranked.filter((row) => row[key] <= TOP_IDEAS && row[count] > 0).sort((a, b) => a[key] - b[key]).map(ranking);

    const foldedCampaigns = foldSmallGroups(
      campaigns.map((row): CampaignSupportsType & { members: number } => ({
        campaignId: toGlobalId(CAMPAIGN_TYPE, row.id),
        title: row.title,
        supports: row.supports,
        supporters: row.supporters,
        members: row.supporters,
      })),
      (other, entry) => ({ campaignId: null, title: null, supports: (other?.supports ?? 0) + entry.supports, supporters: null, members: 0 }),
    );
    const foldedTags = foldSmallGroups(
      tags.map((row) => ({ tag: row.tag as string | null, ideas: row.ideas, members: row.authors })),
      (other, entry) => ({ tag: null, ideas: (other?.ideas ?? 0) + entry.ideas, members: 0 }),
    );
    return {
      ideasProposed: totals.ideas_proposed,
      supportsGiven: totals.supports_given,
      distinctContributors: totals.contributors,
      topIdeasBySupports: byRank('rank_by_supports', 'period_supports'),
      topIdeasByVelocity: byRank('rank_by_velocity', 'recent_supports'),
      supportsPerCampaign: [...foldedCampaigns.shown, ...(foldedCampaigns.other ? [foldedCampaigns.other] : [])].map(
        ({ campaignId, title, supports, supporters }): CampaignSupportsType => ({ campaignId, title, supports, supporters }),
      ),
      mostUsedTags: [...foldedTags.shown.slice(0, TOP_TAGS), ...(foldedTags.other ? [foldedTags.other] : [])].map(({ tag, ideas }): TagUsageType => ({ tag, ideas })),
      ideasPerStatus: statuses.map((row) => ({ status: row.status, ideas: row.ideas })),
      decisions: {
        count: decisions.total,
        averageRationaleLength: decisions.averageLength,
        latest: decisions.rows.map((row) => ({
          ideaId: toGlobalId(IDEA_TYPE, row.idea_id),
          title: row.title,
          status: row.status,
          decidedAt: row.decided_at,
          rationaleLength: row.rationale_length,
        })),
      },
    };
  }

  private async promiseFigures(communityId: string, period: Period, now: Date): Promise<PromiseFiguresType> {
    const [questions, sides, overdue, mostOverdue] = await Promise.all([
      this.promises.questionFigures(communityId, period, now),
      this.promises.respondersBySide(communityId, period),
      this.promises.overdueTotals(communityId, now),
      this.promises.mostOverdueIdeas(communityId, now, MOST_OVERDUE),
    ]);
    const answeredBy = partitionOrNull(sides.map((side) => ({ ...side, members: side.responders })));
    return {
      period: { ...period },
      questionsAsked: questions.asked,
      questionsAnswered: questions.answered,
      medianFirstReplyHours: hours(questions.median_seconds),
      p90FirstReplyHours: hours(questions.p90_seconds),
      questionsUnderCommitment: questions.committed_due,
      answeredWithinCommitmentShare: shareOf(questions.within_commitment, questions.committed_due),
      answeredBy: answeredBy && answeredBy.map((side) => ({ side: ResponderSide[side.side], questions: side.questions, share: shareOf(side.questions, questions.answered) })),
      overdueIdeas: {
        count: overdue.overdue,
        medianOverdueHours: hours(overdue.median_overdue_seconds),
        maxOverdueHours: hours(overdue.max_overdue_seconds),
        mostOverdue: mostOverdue.map((row) => ({
          ideaId: toGlobalId(IDEA_TYPE, row.id),
          title: row.title,
          status: row.status,
          dueAt: row.due_at,
          overdueHours: row.overdue_seconds / HOUR_S,
        })),
      },
    };
  }

  private async health(communityId: string, period: Period): Promise<HealthInsightsType> {
    const [row, outcomes] = await Promise.all([this.promises.health(communityId, period), this.promises.reportOutcomes(communityId, period)]);
    const shown = partitionOrNull(outcomes.map((outcome) => ({ ...outcome, members: outcome.reporters })));
    return {
      activeMembers: row.active_members,
      newMembers: row.new_members,
      kudosGiven: row.kudos_given,
      acceptedAnswers: row.accepted_answers,
      reports: outcomes.reduce((sum, outcome) => sum + outcome.reports, 0),
      reportOutcomes: shown && shown.map((outcome) => ({ outcome: ReportOutcome[outcome.outcome], reports: outcome.reports })),
    };
  }
}
