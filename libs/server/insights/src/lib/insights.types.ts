import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum IdeasExportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}

export enum ResponderSide {
  STAFF = 'STAFF',
  MEMBER = 'MEMBER',
}

export enum ReportOutcome {
  OPEN = 'OPEN',
  ACTIONED = 'ACTIONED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(IdeasExportFormat, { name: 'IdeasExportFormat', description: 'CSV (RFC 4180) or JSON' });
registerEnumType(ResponderSide, { name: 'ResponderSide', description: 'STAFF: owners and brand staff; MEMBER: everyone else' });
registerEnumType(ReportOutcome, {
  name: 'ReportOutcome',
  description: 'OPEN: not handled yet; ACTIONED: the content was hidden or removed; DISMISSED: reports dismissed or content restored',
});

@ObjectType('InsightsPeriod', { description: 'A half-open period: from <= t < to' })
export class InsightsPeriodType {
  @Field() from!: Date;
  @Field() to!: Date;
}

@ObjectType('IdeaRanking')
export class IdeaRankingType {
  @Field(() => ID) ideaId!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => Int, { description: 'Supports given during the period' }) supports!: number;
  @Field(() => Int, { description: 'Supports given in the 7 days before the end of the period (or now)' }) recentSupports!: number;
  @Field(() => Int, { description: 'All supports today' }) totalSupports!: number;
}

@ObjectType('CampaignSupports')
export class CampaignSupportsType {
  @Field(() => ID, { nullable: true, description: 'null for the entry that folds campaigns with fewer than 5 supporters' }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Int) supports!: number;
  @Field(() => Int, { nullable: true, description: 'Distinct supporters; null on the folded entry' }) supporters!: number | null;
}

@ObjectType('TagUsage')
export class TagUsageType {
  @Field(() => String, { nullable: true, description: 'null for the entry that folds tags used by fewer than 5 members' }) tag!: string | null;
  @Field(() => Int) ideas!: number;
}

@ObjectType('IdeaStatusCount')
export class IdeaStatusCountType {
  @Field() status!: string;
  @Field(() => Int) ideas!: number;
}

@ObjectType('DecisionSummary')
export class DecisionSummaryType {
  @Field(() => ID) ideaId!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field() decidedAt!: Date;
  @Field(() => Int, { description: 'Length of the published rationale, in characters' }) rationaleLength!: number;
}

@ObjectType('Decisions')
export class DecisionsType {
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) averageRationaleLength!: number | null;
  @Field(() => [DecisionSummaryType], { description: 'Newest first, at most 50' }) latest!: DecisionSummaryType[];
}

@ObjectType('CoCreationInsights')
export class CoCreationInsightsType {
  @Field(() => Int) ideasProposed!: number;
  @Field(() => Int) supportsGiven!: number;
  @Field(() => Int, { description: 'Distinct members who proposed, supported or commented on ideas' }) distinctContributors!: number;
  @Field(() => [IdeaRankingType], { description: 'At most 10, by supports given in the period' }) topIdeasBySupports!: IdeaRankingType[];
  @Field(() => [IdeaRankingType], { description: 'At most 10, by supports in the last 7 days' }) topIdeasByVelocity!: IdeaRankingType[];
  @Field(() => [CampaignSupportsType]) supportsPerCampaign!: CampaignSupportsType[];
  @Field(() => [TagUsageType], { description: 'At most 20 tags, most used first, plus the folded entry' }) mostUsedTags!: TagUsageType[];
  @Field(() => [IdeaStatusCountType], { description: 'Ideas proposed in the period, by their current status' }) ideasPerStatus!: IdeaStatusCountType[];
  @Field(() => DecisionsType) decisions!: DecisionsType;
}

@ObjectType('ResponderShare')
export class ResponderShareType {
  @Field(() => ResponderSide) side!: ResponderSide;
  @Field(() => Int) questions!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType('OverdueIdea')
export class OverdueIdeaType {
  @Field(() => ID) ideaId!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field() dueAt!: Date;
  @Field(() => Float) overdueHours!: number;
}

@ObjectType('OverdueIdeas', { description: 'Open ideas whose promised status update is late, as of now' })
export class OverdueIdeasType {
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) medianOverdueHours!: number | null;
  @Field(() => Float, { nullable: true }) maxOverdueHours!: number | null;
  @Field(() => [OverdueIdeaType], { description: 'The most overdue first, at most 20' }) mostOverdue!: OverdueIdeaType[];
}

@ObjectType('PromiseFigures', { description: 'How the brand team keeps its promises: answer times and status updates' })
export class PromiseFiguresType {
  @Field(() => InsightsPeriodType) period!: InsightsPeriodType;
  @Field(() => Int) questionsAsked!: number;
  @Field(() => Int) questionsAnswered!: number;
  @Field(() => Float, { nullable: true, description: 'Median time to first reply, in hours' }) medianFirstReplyHours!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of the time to first reply, in hours' }) p90FirstReplyHours!: number | null;
  @Field(() => Int, { description: 'Questions under an announced commitment that were answered or whose commitment has run out' }) questionsUnderCommitment!: number;
  @Field(() => Float, { nullable: true, description: 'Share of those answered within the commitment' }) answeredWithinCommitmentShare!: number | null;
  @Field(() => [ResponderShareType], {
    nullable: true,
    description: 'Answered questions by who replied first; null when either side counts fewer than 5 distinct responders (not broken down)',
  })
  answeredBy!: ResponderShareType[] | null;
  @Field(() => OverdueIdeasType) overdueIdeas!: OverdueIdeasType;
}

@ObjectType('ReportOutcomeCount')
export class ReportOutcomeCountType {
  @Field(() => ReportOutcome) outcome!: ReportOutcome;
  @Field(() => Int) reports!: number;
}

@ObjectType('HealthInsights')
export class HealthInsightsType {
  @Field(() => Int, { description: 'Distinct members who posted, replied, proposed, commented, supported or gave kudos' }) activeMembers!: number;
  @Field(() => Int) newMembers!: number;
  @Field(() => Int) kudosGiven!: number;
  @Field(() => Int) acceptedAnswers!: number;
  @Field(() => Int) reports!: number;
  @Field(() => [ReportOutcomeCountType], { nullable: true, description: 'null when an outcome rests on fewer than 5 distinct reporters (not broken down)' })
  reportOutcomes!: ReportOutcomeCountType[] | null;
}

@ObjectType('CommunityInsights', { description: 'Aggregates for the brand team; groups smaller than minimumGroupSize members are never broken down' })
export class CommunityInsightsType {
  @Field(() => ID) communityId!: string;
  @Field(() => InsightsPeriodType) period!: InsightsPeriodType;
  @Field(() => Int) minimumGroupSize!: number;
  @Field(() => CoCreationInsightsType) coCreation!: CoCreationInsightsType;
  @Field(() => PromiseFiguresType) promises!: PromiseFiguresType;
  @Field(() => HealthInsightsType) health!: HealthInsightsType;
}

@ObjectType('IdeasExportLink', { description: 'A single-use, short-lived download link for you only; it is shown once' })
export class IdeasExportLinkType {
  @Field() url!: string;
  @Field() expiresAt!: Date;
  @Field(() => IdeasExportFormat) format!: IdeasExportFormat;
}
