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

  /** Made through signUp: no sign-in until the email is proved (see 1764019000000-sign-in-after-verification). */
  @Column({ name: 'sign_in_needs_verified_email', type: 'boolean', default: true })
  signInNeedsVerifiedEmail!: boolean;
}
