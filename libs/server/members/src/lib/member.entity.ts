import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Storage of an account: a pseudonym and a login, nothing more. */
@Entity('members')
export class MemberEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  handle!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  locale!: string | null;
}
