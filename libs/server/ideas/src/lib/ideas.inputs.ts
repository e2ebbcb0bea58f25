import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IdeaStatus } from './idea-status.machine';
import { IdeaOrder } from './ideas.repository';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((tag) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag)))] : value;

export const TITLE_LENGTH = { min: 8, max: 140 };
export const BODY_MAX = 20_000;
const TAG = /^[a-z0-9][a-z0-9-]{0,29}$/;

@InputType()
export class ProposeIdeaInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() campaignId?: string | null;
  @Field() @Transform(trim) @IsString() @Length(TITLE_LENGTH.min, TITLE_LENGTH.max, { message: `title must be ${TITLE_LENGTH.min}–${TITLE_LENGTH.max} characters` }) title!: string;
  @Field({ description: 'Markdown' }) @Transform(trim) @IsString() @Length(1, BODY_MAX, { message: `body must be 1–${BODY_MAX} characters` }) body!: string;
  @Field(() => [String], { defaultValue: [] })
  @Transform(normaliseTags)
  @IsArray()
  @ArrayMaxSize(5, { message: 'at most 5 tags' })
  @Matches(TAG, { each: true, message: 'each tag is 1–30 lower-case letters, digits or dashes' })
  tags!: string[];
}

@InputType()
export class CommentOnIdeaInput {
  @Field(() => ID) @IsString() ideaId!: string;
  @Field({ description: 'Markdown' }) @Transform(trim) @IsString() @Length(1, 10_000, { message: 'body must be 1–10000 characters' }) body!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() inReplyToId?: string | null;
}

@InputType()
export class EditIdeaCommentInput {
  @Field(() => ID, { description: 'Id of your IdeaComment' }) @IsString() id!: string;
  @Field({ description: 'Markdown' }) @Transform(trim) @IsString() @Length(1, 10_000, { message: 'body must be 1–10000 characters' }) body!: string;
}

@InputType()
export class LaunchCampaignInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field() @Transform(trim) @IsString() @Length(TITLE_LENGTH.min, TITLE_LENGTH.max, { message: `title must be ${TITLE_LENGTH.min}–${TITLE_LENGTH.max} characters` }) title!: string;
  @Field({ description: 'Markdown' }) @Transform(trim) @IsString() @Length(1, BODY_MAX) brief!: string;
  @Field() @IsDate() submissionsCloseAt!: Date;
  @Field() @IsDate() supportClosesAt!: Date;
}

@InputType()
export class ChangeIdeaStatusInput {
  @Field(() => ID) @IsString() ideaId!: string;
  @Field(() => IdeaStatus) @IsEnum(IdeaStatus) status!: IdeaStatus;
  @Field({ description: 'Public explanation: at least 30 characters, 80 for DECLINED' }) @IsString() @MaxLength(5000) rationale!: string;
  @Field(() => [ID], { nullable: true, description: 'SHIPPED only: members offered credit besides the author' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  creditMemberIds?: string[] | null;
  @Field(() => Date, { nullable: true, description: 'When the next public update is promised (future, within a year); by default the space policy’s updateEveryDays from now' })
  @IsOptional()
  @IsDate()
  nextUpdateDueAt?: Date | null;
}

@InputType()
export class MergeIdeaInput {
  @Field(() => ID) @IsString() ideaId!: string;
  @Field(() => ID) @IsString() intoIdeaId!: string;
  @Field() @IsString() @MaxLength(5000) rationale!: string;
}

@InputType()
export class SetIdeaPolicyInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1000) supportBudget?: number | null;
  @Field(() => Int, { defaultValue: 30 }) @IsInt() @Min(1) @Max(365) updateEveryDays!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000) supportThreshold?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) thresholdWindowDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) reviewCadenceDays?: number | null;
}

@InputType()
export class IdeasFilter {
  @Field(() => IdeaStatus, { nullable: true, description: 'One status (kept for older clients; `statuses` takes several)' }) @IsOptional() @IsEnum(IdeaStatus) status?: IdeaStatus | null;
  @Field(() => [IdeaStatus], { nullable: true, description: 'Only ideas in one of these statuses; without it, open ideas (and closed ones too when `includeClosed`)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(IdeaStatus, { each: true })
  statuses?: IdeaStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Without `statuses`: also list SHIPPED, DECLINED and EXPIRED ideas (MERGED ones only when asked by status)' })
  @IsOptional()
  @IsBoolean()
  includeClosed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only ideas whose promised update is late' }) @IsOptional() @IsBoolean() overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The triage board’s sections: true, only ideas that reached the support threshold or moved past OPEN; false, only OPEN ones still gathering support' })
  @IsOptional()
  @IsBoolean()
  qualified?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() campaignId?: string | null;
}

export { IdeaOrder };
