import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AppealOutcome, CaseStatus, ModerationActionKind, ReportReason } from './moderation.enums';
import { MIN_REASON_LENGTH } from './moderation.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const REASON_MESSAGE = `reason must be at least ${MIN_REASON_LENGTH} characters: it is shown to the person concerned`;

@InputType()
export class ReportContentInput {
  @Field(() => ID) @IsString() contentId!: string;
  @Field(() => ReportReason) @IsEnum(ReportReason) reason!: ReportReason;
  @Field({ defaultValue: '' }) @Transform(trim) @IsString() @MaxLength(1000) note!: string;
}

@InputType()
export class ModerateInput {
  @Field(() => ID) @IsString() contentId!: string;
  @Field(() => ModerationActionKind) @IsEnum(ModerationActionKind) action!: ModerationActionKind;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class ModerationQueueFilter {
  // Optional for the validator too: without a filter argument the pipe validates an empty object.
  @Field(() => CaseStatus, { defaultValue: CaseStatus.OPEN }) @IsOptional() @IsEnum(CaseStatus) status?: CaseStatus;
}

@InputType()
export class SuspendMemberInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => ID) @IsString() memberId!: string;
  @Field() @IsDate() until!: Date;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class LiftSuspensionInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => ID) @IsString() memberId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class AppealInput {
  @Field(() => ID, { description: 'The AuditEntry id of the action appealed' }) @IsString() actionId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(1, { message: 'note must tell the moderator why' }) @MaxLength(2000) note!: string;
}

@InputType()
export class ResolveAppealInput {
  @Field(() => ID) @IsString() appealId!: string;
  @Field(() => AppealOutcome) @IsEnum(AppealOutcome) outcome!: AppealOutcome;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class FeatureContentInput {
  @Field(() => ID) @IsString() contentId!: string;
  @Field({ description: 'Why it is among the best (shown with it)' }) @Transform(trim) @IsString() @MinLength(1) @MaxLength(500) note!: string;
}

@InputType()
export class SetAutoHideThresholdInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) threshold!: number;
}

const TAG = /^[\p{Ll}\p{N}](?:[\p{Ll}\p{N}-]{0,28}[\p{Ll}\p{N}])$/u;
const TAG_MESSAGE = 'tags are 2–30 lower-case letters, digits or dashes';

@InputType()
export class MoveThreadInput {
  @Field(() => ID) @IsString() threadId!: string;
  @Field(() => ID) @IsString() toSpaceId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class CloseAsDuplicateInput {
  @Field(() => ID) @IsString() threadId!: string;
  @Field(() => ID, { description: 'The original thread' }) @IsString() ofThreadId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class RenameTagInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field() @Transform(trim) @Matches(TAG, { message: TAG_MESSAGE }) from!: string;
  @Field() @Transform(trim) @Matches(TAG, { message: TAG_MESSAGE }) to!: string;
}

@InputType()
export class MergeTagsInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(20) @Matches(TAG, { each: true, message: TAG_MESSAGE }) from!: string[];
  @Field() @Transform(trim) @Matches(TAG, { message: TAG_MESSAGE }) into!: string;
}
