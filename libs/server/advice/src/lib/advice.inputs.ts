import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { SearchKind, ThreadKind } from './advice.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((tag) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag)))] : value;

const TAG = /^[\p{Ll}\p{N}](?:[\p{Ll}\p{N}-]{0,28}[\p{Ll}\p{N}])$/u;
export const TITLE_LENGTH = { min: 8, max: 200 };
export const BODY_MAX = 20_000;
const BODY_MESSAGE = `body must be 1–${BODY_MAX} characters of Markdown and not blank`;

@InputType()
export class StartThreadInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field(() => ThreadKind) @IsEnum(ThreadKind) kind!: ThreadKind;
  @Field() @Transform(trim) @IsString() @Length(TITLE_LENGTH.min, TITLE_LENGTH.max, { message: 'title must be 8–200 characters' }) title!: string;
  @Field() @Transform(trim) @IsString() @Length(1, BODY_MAX, { message: BODY_MESSAGE }) body!: string;
  @Field(() => [String], { defaultValue: [], description: 'Up to 5 lower-case tags of 2–30 letters, digits or dashes' })
  @Transform(normaliseTags)
  @IsArray()
  @ArrayMaxSize(5, { message: 'at most 5 tags' })
  @Matches(TAG, { each: true, message: 'each tag must be 2–30 lower-case letters, digits or dashes' })
  tags!: string[];
}

@InputType()
export class ReplyInput {
  @Field(() => ID) @IsString() threadId!: string;
  @Field() @Transform(trim) @IsString() @Length(1, BODY_MAX, { message: BODY_MESSAGE }) body!: string;
  @Field(() => ID, { nullable: true, description: 'The reply this one answers, in the same thread' }) @IsOptional() @IsString() inReplyToId?: string | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID, { description: 'Id of a Thread or a Reply' }) @IsString() id!: string;
  @Field({ nullable: true, description: 'Threads only; unchanged when omitted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max, { message: 'title must be 8–200 characters' })
  title?: string;
  @Field() @Transform(trim) @IsString() @Length(1, BODY_MAX, { message: BODY_MESSAGE }) body!: string;
}

@InputType()
export class ThreadsFilter {
  @Field(() => ThreadKind, { nullable: true }) @IsOptional() @IsEnum(ThreadKind) kind?: ThreadKind;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(30) tag?: string;
  @Field({ nullable: true, description: 'Questions nobody but their author has replied to yet' }) @IsOptional() @IsBoolean() unanswered?: boolean;
  @Field({ nullable: true, description: 'Unanswered questions past their expected first response time: the brand team’s queue' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@InputType()
export class SetResponseCommitmentInput {
  @Field(() => ID) @IsString() spaceId!: string;
  @Field(() => Int, { nullable: true, description: 'Hours to a first answer (1–8760); null removes the commitment' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8760)
  hours?: number | null;
  @Field({ defaultValue: '' }) @Transform(trim) @IsString() @MaxLength(500) text!: string;
}

@InputType()
export class SearchInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field() @Transform(trim) @IsString() @Length(1, 200, { message: 'query must be 1–200 characters' }) query!: string;
  @Field(() => [SearchKind], { defaultValue: [SearchKind.THREAD, SearchKind.REPLY] }) @IsArray() @ArrayNotEmpty() @IsEnum(SearchKind, { each: true }) kinds!: SearchKind[];
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() @Min(0) @Max(100, { message: 'first must be at most 100' }) first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}
