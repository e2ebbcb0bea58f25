import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, Role, SpaceKind, Visibility, toGlobalId } from '@palabre/contracts';
import { ConnectionType, Node } from '@palabre/core';
import { MemberType } from '@palabre/members';
import type { CommunityRow, InvitationRow, MembershipRow, SpaceRow } from './communities.repository';

registerEnumType(Role, { name: 'Role', description: 'A role in one community; it labels, it never weighs' });
registerEnumType(Locale, { name: 'Locale' });

/** The workspace screens of a community; Community.viewerWorkspaceScreens says which the API opens to the viewer. */
export enum WorkspaceScreen {
  TRIAGE = 'TRIAGE',
  INSIGHTS = 'INSIGHTS',
  FOLLOW_UP = 'FOLLOW_UP',
  SETTINGS = 'SETTINGS',
  MODERATION = 'MODERATION',
}
registerEnumType(WorkspaceScreen, { name: 'WorkspaceScreen', description: 'A screen of the brand and moderation workspace' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(SpaceKind, { name: 'SpaceKind' });

export const COMMUNITY_TYPE = 'Community';
export const SPACE_TYPE = 'Space';
export const INVITATION_TYPE = 'Invitation';

@ObjectType('Community', { implements: () => [Node] })
export class CommunityType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Locale) locale!: Locale;
  @Field(() => Visibility) visibility!: Visibility;
  @Field() createdAt!: Date;
  @Field({ description: 'Number of members' }) memberCount!: number;

  static from(row: CommunityRow): CommunityType {
    return Object.assign(new CommunityType(), {
      id: toGlobalId(COMMUNITY_TYPE, row.id),
      localId: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      locale: row.locale as Locale,
      visibility: row.visibility as Visibility,
      createdAt: row.created_at,
      memberCount: row.member_count,
    });
  }
}

@ObjectType('Space', { implements: () => [Node] })
export class SpaceType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => SpaceKind) kind!: SpaceKind;
  @Field() createdAt!: Date;

  static from(row: SpaceRow): SpaceType {
    return Object.assign(new SpaceType(), {
      id: toGlobalId(SPACE_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      kind: row.kind,
      createdAt: row.created_at,
    });
  }
}

@ObjectType('Membership')
export class MembershipType {
  communityId!: string;
  memberId!: string;
  @Field(() => Role) role!: Role;
  @Field() joinedAt!: Date;

  static from(row: MembershipRow): MembershipType {
    return Object.assign(new MembershipType(), { communityId: row.community_id, memberId: row.member_id, role: row.role, joinedAt: row.joined_at });
  }
}

export const MembershipConnection = ConnectionType(MembershipType, 'Membership');
export const CommunityConnection = ConnectionType(CommunityType, 'Community');

@ObjectType('Invitation', { implements: () => [Node] })
export class InvitationType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;

  static from(row: InvitationRow): InvitationType {
    return Object.assign(new InvitationType(), {
      id: toGlobalId(INVITATION_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      createdAt: row.created_at,
      acceptedAt: row.accepted_at,
    });
  }
}

/**
 * A member as they appear on content in a community: their pseudonym and their role there
 * (`affiliation`), shown as a label so readers know who speaks; it never weighs anything.
 */
@ObjectType('Author')
export class AuthorType {
  @Field(() => ID, { description: 'Global id of the member' }) id!: string;
  @Field() handle!: string;
  @Field(() => Role, { nullable: true, description: 'Their role in this community; null if they have left it' }) affiliation!: Role | null;
  @Field(() => MemberType) member!: MemberType;
}
