import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { MemberType } from './member.type';

export const HANDLE_PATTERN = /^[A-Za-z0-9_-]{3,30}$/;
export const PASSWORD_MIN_LENGTH = 10;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class SignUpInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200, { message: 'password must be at most 200 characters long' })
  password!: string;

  @Field({ description: 'Pseudonym: 3–30 letters, digits, _ or -, unique ignoring case' })
  @Transform(trim)
  @IsString()
  @Matches(HANDLE_PATTERN, { message: 'handle must be 3–30 characters of letters, digits, _ or -' })
  handle!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 320)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for the API and the realtime gateway (short-lived)' })
  accessToken!: string;

  @Field(() => String, { nullable: true, description: 'Single-use token for refreshSession (reusing it revokes the session); null when it was set as the refresh cookie (session: COOKIE)' })
  refreshToken!: string | null;

  @Field(() => MemberType)
  member!: MemberType;
}
