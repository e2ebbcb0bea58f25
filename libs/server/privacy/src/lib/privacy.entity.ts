import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('data_exports')
export class DataExportEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ type: 'varchar', length: 10 }) status!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'ready_at', type: 'timestamptz', nullable: true }) readyAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ type: 'jsonb', nullable: true }) archive!: unknown;
  @Column({ name: 'link_hash', type: 'char', length: 64, nullable: true }) linkHash!: string | null;
  @Column({ name: 'link_expires_at', type: 'timestamptz', nullable: true }) linkExpiresAt!: Date | null;
  @Column({ name: 'downloaded_at', type: 'timestamptz', nullable: true }) downloadedAt!: Date | null;
}

@Entity('account_deletions')
export class AccountDeletionEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'content_choice', type: 'varchar', length: 10 }) contentChoice!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'execute_after', type: 'timestamptz' }) executeAfter!: Date;
  @Column({ name: 'executed_at', type: 'timestamptz', nullable: true }) executedAt!: Date | null;
  @Column({ name: 'former_number', type: 'bigint', nullable: true }) formerNumber!: string | null;
}
