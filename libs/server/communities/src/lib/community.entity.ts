import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('communities')
export class CommunityEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 60 }) slug!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 2 }) locale!: string;
  @Column({ type: 'varchar', length: 10 }) visibility!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'member_count', type: 'integer' }) memberCount!: number;
}

@Entity('spaces')
export class SpaceEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId!: string;
  @Column({ type: 'varchar', length: 60 }) slug!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 12 }) kind!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' }) communityId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ type: 'varchar', length: 12 }) role!: string;
  @Column({ name: 'joined_at', type: 'timestamptz' }) joinedAt!: Date;
}

@Entity('invitations')
export class InvitationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId!: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
}
