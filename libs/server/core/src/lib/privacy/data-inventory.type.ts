import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DataInventoryEntry } from './personal-data';

@ObjectType('DataInventoryEntry', { description: 'One kind of personal data Palabre holds about you, why, and for how long' })
export class DataInventoryEntryType {
  @Field({ description: 'Feature that stores it' })
  feature!: string;

  @Field()
  category!: string;

  @Field(() => [String])
  fields!: string[];

  @Field()
  purpose!: string;

  @Field({ description: 'Id of the data charter clause that covers it (see dataCharter)' })
  charterClause!: string;

  @Field(() => Int, { nullable: true, description: 'Days it is kept; null while your account exists' })
  retentionDays!: number | null;

  @Field({ description: 'Who can see it' })
  visibleTo!: string;

  static from(entry: DataInventoryEntry & { feature: string }): DataInventoryEntryType {
    return Object.assign(new DataInventoryEntryType(), {
      feature: entry.feature,
      category: entry.category,
      fields: entry.fields,
      purpose: entry.purpose,
      charterClause: entry.charterClause,
      retentionDays: entry.retentionDays,
      visibleTo: entry.visibleTo,
    });
  }
}
