import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A NOTIFY inside a writing transaction holds PostgreSQL's global notify lock from before its commit
 * record is written until the transaction ends, so every notifying commit waits for the previous one's
 * WAL flush: no group commit. Measured with pgbench at 50 clients (an INSERT per transaction):
 * 10–12k tps without NOTIFY, 3–4k with it; 9.4–9.7k when the NOTIFY is sent after the commit instead.
 *
 * So a transaction that announces itself (core's TransactionRunner sets `palabre.notify_after_commit`
 * for its transaction) only records what it changed in transaction-local settings, reads them just
 * before its COMMIT and sends the notifications after it. Any other writer (psql, jobs, tools) still
 * notifies from inside its transaction, as before.
 */
const DEFERRABLE_NOTIFICATIONS = [
  { fn: 'notify_outbox', channel: 'palabre_outbox', setting: 'palabre.outbox_written' },
  { fn: 'notify_content_changed', channel: 'palabre_content_changed', setting: 'palabre.content_changed' },
];

export class NotifyAfterCommit1764001100000 implements MigrationInterface {
  name = 'NotifyAfterCommit1764001100000';

  async up(db: QueryRunner): Promise<void> {
    for (const { fn, channel, setting } of DEFERRABLE_NOTIFICATIONS) {
      await db.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('palabre.notify_after_commit', true) = 'on' THEN
            PERFORM set_config('${setting}', 'on', true);
          ELSE
            PERFORM pg_notify('${channel}', '');
          END IF;
          RETURN NULL;
        END $$`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { fn, channel } of DEFERRABLE_NOTIFICATIONS) {
      await db.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('${channel}', '');
          RETURN NULL;
        END $$`);
    }
  }
}
