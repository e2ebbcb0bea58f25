import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { ContentChoiceEnum } from './privacy.types';

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your current password, to confirm it is you' })
  @IsString()
  @Length(1, 200)
  password!: string;

  @Field(() => ContentChoiceEnum)
  @IsEnum(ContentChoiceEnum, { message: 'contentChoice must be ANONYMISE or DELETE' })
  contentChoice!: ContentChoiceEnum;
}
