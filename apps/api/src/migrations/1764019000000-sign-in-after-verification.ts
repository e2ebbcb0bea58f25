import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An account made through signUp cannot sign in until its email is proved (otherwise signUp then signIn
 * with the same password tells a new address from a registered one). `members.sign_in_needs_verified_email`
 * says which accounts the rule holds for:
 * - accounts that exist when this runs are grandfathered (false): they signed in until now and keep doing so;
 * - new rows default to true (closed by default); the system path (createAccount: seed, test factories)
 *   writes false explicitly.
 * Once email_verified_at is set the flag no longer matters.
 */
export class SignInAfterVerification1764019000000 implements MigrationInterface {
  name = 'SignInAfterVerification1764019000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members ADD COLUMN sign_in_needs_verified_email boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE members ALTER COLUMN sign_in_needs_verified_email SET DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members DROP COLUMN sign_in_needs_verified_email`);
  }
}
