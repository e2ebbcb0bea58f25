import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString } from 'class-validator';
import { IdeasExportFormat } from './insights.types';

@InputType()
export class InsightsPeriodInput {
  @Field() @IsDate() from!: Date;
  @Field({ description: 'Exclusive; at most 366 days after from' }) @IsDate() to!: Date;
}

@InputType()
export class ExportIdeasInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field(() => ID, { nullable: true, description: 'Only this ideas space' }) @IsOptional() @IsString() spaceId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this campaign' }) @IsOptional() @IsString() campaignId?: string | null;
  @Field(() => IdeasExportFormat) @IsEnum(IdeasExportFormat, { message: 'format must be CSV or JSON' }) format!: IdeasExportFormat;
}
