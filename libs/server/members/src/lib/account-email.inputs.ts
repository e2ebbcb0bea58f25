import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { Locale } from '@palabre/contracts';
import { PASSWORD_MIN_LENGTH } from './auth.inputs';

// Locale is registered as a GraphQL enum by the communities lib (one registration per enum).

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const NewPassword = () => (target: object, key: string) => {
  IsString()(target, key);
  MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })(target, key);
  MaxLength(200, { message: 'password must be at most 200 characters long' })(target, key);
};

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 320)
  email!: string;
}

@InputType()
export class ResendVerificationInput {
  @Field({ description: 'The email the account was signed up with' })
  @Transform(trim)
  @IsString()
  @Length(1, 320)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link sent by email' })
  @IsString()
  @Length(1, 200)
  token!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @NewPassword()
  newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @NewPassword()
  newPassword!: string;
}

@InputType()
export class ChangeEmailInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'newEmail must be a valid email address' })
  @MaxLength(320)
  newEmail!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  currentPassword!: string;
}

@InputType()
export class SetLocaleInput {
  @Field(() => Locale)
  @IsEnum(Locale)
  locale!: Locale;
}
