import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Locale, Role, SpaceKind, Visibility } from '@palabre/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;
const SLUG_MESSAGE = 'slug must be 3–60 lower-case letters, digits or dashes, not starting or ending with a dash';

@InputType()
export class CreateCommunityInput {
  @Field() @Transform(trim) @IsString() @Matches(SLUG, { message: SLUG_MESSAGE }) slug!: string;
  @Field() @Transform(trim) @IsString() @Length(2, 120, { message: 'name must be 2–120 characters' }) name!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) description!: string;
  @Field(() => Locale) @IsEnum(Locale) locale!: Locale;
  @Field(() => Visibility) @IsEnum(Visibility) visibility!: Visibility;
}

@InputType()
export class CreateSpaceInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field() @Transform(trim) @IsString() @Matches(SLUG, { message: SLUG_MESSAGE }) slug!: string;
  @Field() @Transform(trim) @IsString() @Length(2, 120, { message: 'name must be 2–120 characters' }) name!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) description!: string;
  @Field(() => SpaceKind) @IsEnum(SpaceKind) kind!: SpaceKind;
}

@InputType()
export class SetMemberRoleInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => ID) @IsString() memberId!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}

@InputType()
export class MembersFilter {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
}
