import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConsentScope, NotificationCadence } from './notifications.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class NotificationsFilter {
  @Field({ nullable: true, description: 'Only unread notifications' }) @IsOptional() @IsBoolean() unread?: boolean;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) ids?: string[];
  @Field({ nullable: true, description: 'Mark every notification read' }) @IsOptional() @IsBoolean() all?: boolean;
}

@InputType()
export class QuietHoursInput {
  @Field({ description: 'HH:MM, local time' }) @IsString() @Matches(CLOCK, { message: 'quietHours.from must be HH:MM (00:00–23:59)' }) from!: string;
  @Field({ description: 'HH:MM, local time' }) @IsString() @Matches(CLOCK, { message: 'quietHours.to must be HH:MM (00:00–23:59)' }) to!: string;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => NotificationCadence, { nullable: true }) @IsOptional() @IsEnum(NotificationCadence) cadence?: NotificationCadence;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'digestDay must be 1 (Monday) to 7 (Sunday)' }) @Max(7, { message: 'digestDay must be 1 (Monday) to 7 (Sunday)' }) digestDay?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'digestHour must be 0–23' }) @Max(23, { message: 'digestHour must be 0–23' }) digestHour?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) timezone?: string;
  @Field(() => QuietHoursInput, { nullable: true, description: 'null removes quiet hours' }) @IsOptional() @ValidateNested() @Type(() => QuietHoursInput) quietHours?: QuietHoursInput | null;
  @Field(() => Int, { nullable: true, description: 'null removes the limit' }) @IsOptional() @IsInt() @Min(0) @Max(1000) weeklyContactBudget?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() email?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() autoFollowOwn?: boolean;
  @Field({ nullable: true, description: 'Be told when someone @mentions you' }) @IsOptional() @IsBoolean() mentions?: boolean;
}

@InputType()
export class ConsentInput {
  @Field(() => ConsentScope) @IsEnum(ConsentScope) scope!: ConsentScope;
  @Field(() => ID) @IsString() communityId!: string;
}

@InputType()
export class ContactMemberInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => ID) @IsString() memberId!: string;
  @Field() @Transform(trim) @IsString() @Length(1, 200, { message: 'subject must be 1–200 characters' }) subject!: string;
  @Field() @Transform(trim) @IsString() @Length(1, 5000, { message: 'body must be 1–5000 characters' }) body!: string;
  @Field(() => ID, { nullable: true, description: 'Answer a conversation the member started with contactBrandTeam' }) @IsOptional() @IsString() conversationId?: string;
}

@InputType()
export class ContactBrandTeamInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field() @Transform(trim) @IsString() @Length(1, 200, { message: 'subject must be 1–200 characters' }) subject!: string;
  @Field() @Transform(trim) @IsString() @Length(1, 5000, { message: 'body must be 1–5000 characters' }) body!: string;
  @Field(() => ID, { nullable: true, description: 'Continue one of your conversations' }) @IsOptional() @IsString() conversationId?: string;
}
