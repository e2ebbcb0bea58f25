import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ActorKind, AuditAction } from './moderation.enums';
import { MIN_REASON_LENGTH } from './moderation.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const REASON_MESSAGE = `reason must be at least ${MIN_REASON_LENGTH} characters: it is shown to the person concerned`;

@InputType({ description: 'Every field narrows the log; none means all of it' })
export class AuditLogFilter {
  @Field(() => ActorKind, { nullable: true, description: 'HUMAN or AUTOMATION' }) @IsOptional() @IsEnum(ActorKind) actorKind?: ActorKind;
  @Field(() => [AuditAction], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsEnum(AuditAction, { each: true }) actions?: AuditAction[];
  @Field(() => ID, { nullable: true, description: 'The member an entry concerns' }) @IsOptional() @IsString() memberId?: string;
  @Field({ nullable: true, description: 'From this instant (included)' }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true, description: 'Until this instant (excluded)' }) @IsOptional() @IsDate() to?: Date;
}

@InputType()
export class CreateReasonTemplateInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(80) title!: string;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class UpdateReasonTemplateInput {
  @Field(() => ID) @IsString() templateId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(80) title!: string;
  @Field() @Transform(trim) @IsString() @MinLength(MIN_REASON_LENGTH, { message: REASON_MESSAGE }) @MaxLength(2000) reason!: string;
}

@InputType()
export class AddModeratorNoteInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => ID) @IsString() memberId!: string;
  @Field({ description: 'Written for other moderators, and readable by the member in their data export' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(2000) note!: string;
}
