import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType()
export class GiveKudosInput {
  @Field(() => ID, { description: 'A thread, reply, idea or idea comment' }) @IsString() @MaxLength(200) contentId!: string;

  @Field(() => String, { nullable: true, description: 'Optional thanks, up to 280 characters' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(280, { message: 'message must be at most 280 characters' })
  message?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => Boolean, { nullable: true, description: 'Let others see your reciprocity balance' }) @IsOptional() @IsBoolean() showReciprocity?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Appear on monthly recognition boards' }) @IsOptional() @IsBoolean() appearOnRecognitionBoard?: boolean;
}

@InputType()
export class SetRecognitionBoardInput {
  @Field(() => ID) @IsString() @MaxLength(200) communityId!: string;
  @Field() @IsBoolean() enabled!: boolean;
}
