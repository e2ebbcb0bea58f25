import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node, toGlobalId } from '@palabre/core';
import { BADGE_CATALOGUE, BadgeKind } from './badge-catalogue';
import type { BadgeRow } from './badges.repository';
import type { KudosRow } from './kudos.repository';
import type { BoardRow, ProfileRow, ReciprocityRow } from './reciprocity.repository';

registerEnumType(BadgeKind, { name: 'BadgeKind', description: 'The badges of the catalogue, each earned at most once per community' });

export const KUDOS_TYPE = 'Kudos';

export enum KudosDirection {
  GIVEN = 'GIVEN',
  RECEIVED = 'RECEIVED',
}
registerEnumType(KudosDirection, { name: 'KudosDirection' });

@ObjectType('Kudos', { implements: () => [Node], description: 'A thank-you for a piece of content; every kudos counts 1, whoever gives it' })
export class KudosType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string;
  giverId!: string;
  receiverId!: string;
  @Field(() => ID, { description: 'Global id of the thanked thread, reply, idea or comment' }) contentId!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() createdAt!: Date;

  static from(row: KudosRow): KudosType {
    return Object.assign(new KudosType(), {
      id: toGlobalId(KUDOS_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      giverId: row.giver_id,
      receiverId: row.receiver_id,
      contentId: toGlobalId(row.content_type, row.content_id),
      message: row.message,
      createdAt: row.created_at,
    });
  }
}

export const KudosConnection = ConnectionType(KudosType, 'Kudos');

@ObjectType('Reciprocity', { description: 'What a member gave and received in one community: an exchange, not a score' })
export class ReciprocityType {
  @Field(() => Int) kudosGiven!: number;
  @Field(() => Int) kudosReceived!: number;
  @Field(() => Int, { description: 'Their replies accepted as answers' }) answersGiven!: number;
  @Field(() => Int, { description: 'Answers they accepted on their own questions' }) answersReceived!: number;
  @Field(() => Int, { description: 'Distinct members whose question they answered or who thanked them' }) membersHelped!: number;
  @Field(() => Int, { description: 'Distinct members who answered their questions or whom they thanked' }) helpedBy!: number;
  @Field(() => Date, { nullable: true, description: 'When they joined this community' }) since!: Date | null;

  static from(row: ReciprocityRow): ReciprocityType {
    return Object.assign(new ReciprocityType(), {
      kudosGiven: row.kudos_given,
      kudosReceived: row.kudos_received,
      answersGiven: row.answers_given,
      answersReceived: row.answers_received,
      membersHelped: row.members_helped,
      helpedBy: row.helped_by,
      since: row.since,
    });
  }
}

@ObjectType('Badge')
export class BadgeType {
  @Field(() => BadgeKind) kind!: BadgeKind;
  @Field() name!: string;
  @Field() description!: string;
  @Field() awardedAt!: Date;

  static from(row: BadgeRow): BadgeType {
    const definition = BADGE_CATALOGUE[row.badge];
    return Object.assign(new BadgeType(), { kind: row.badge, name: definition.name, description: definition.description, awardedAt: row.awarded_at });
  }
}

@ObjectType('RecognitionProfile', { description: 'What a member chose to show about their recognition' })
export class RecognitionProfileType {
  @Field({ description: 'Others may see your reciprocity balance' }) showReciprocity!: boolean;
  @Field({ description: 'You may appear on monthly recognition boards of communities that enable them' }) appearOnRecognitionBoard!: boolean;

  static from(row: ProfileRow | null): RecognitionProfileType {
    return Object.assign(new RecognitionProfileType(), {
      showReciprocity: row?.show_reciprocity ?? false,
      appearOnRecognitionBoard: row?.appear_on_recognition_board ?? false,
    });
  }
}

@ObjectType('RecognitionBoardEntry')
export class RecognitionBoardEntryType {
  communityId!: string;
  memberId!: string;
  @Field(() => Int) kudosReceived!: number;
  @Field(() => Int) acceptedAnswers!: number;
  @Field(() => Int) creditsAccepted!: number;

  static from(communityId: string, row: BoardRow): RecognitionBoardEntryType {
    return Object.assign(new RecognitionBoardEntryType(), {
      communityId,
      memberId: row.member_id,
      kudosReceived: row.kudos_received,
      acceptedAnswers: row.accepted_answers,
      creditsAccepted: row.credits_accepted,
    });
  }
}

@ObjectType('RecognitionBoard', { description: 'Members thanked this month who chose to appear, alphabetically: no ranking' })
export class RecognitionBoardType {
  @Field() month!: string;
  @Field(() => [RecognitionBoardEntryType]) entries!: RecognitionBoardEntryType[];
}
