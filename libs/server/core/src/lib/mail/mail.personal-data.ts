import type { Db } from '../database/transaction-runner';
import { queryRows } from '../database/transaction-runner';
import type { DataInventoryEntry, PersonalDataProvider } from '../privacy/personal-data';
import { JOB_SCHEMA } from './job-queue.service';

const JOB_RETENTION_DAYS = 14;

/** Jobs addressed to the member: queued or recent emails (`to`) and password reset requests (`email`). */
const JOBS_OF_MEMBER = `FROM ${JOB_SCHEMA}.job j
  WHERE lower(coalesce(j.data->>'to', j.data->>'email')) = (SELECT lower(m.email) FROM members m WHERE m.id = $1)`;

/** The job queue holds emails until they are sent and for two weeks after (pg-boss retention), then drops them. */
export class MailPersonalData implements PersonalDataProvider {
  readonly feature = 'mail';
  // Before the account row (1000) is anonymised: its email finds the jobs.
  readonly eraseOrder = 900;
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Emails to you',
      fields: ['emails waiting to be sent or sent recently (address, subject, text)', 'password reset requests for your address'],
      purpose: 'Delivers email reliably (retried when the mail server fails) and once only',
      charterClause: 'notifications',
      retentionDays: JOB_RETENTION_DAYS,
      visibleTo: 'you only',
      columns: [`${JOB_SCHEMA}.job.data`],
    },
  ];

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const emails = await queryRows<Record<string, unknown>>(
      db,
      `SELECT j.name AS "queue", j.state, j.data->>'subject' AS "subject", j.created_on AS "createdAt", j.completed_on AS "completedAt" ${JOBS_OF_MEMBER} ORDER BY j.created_on`,
      [memberId],
    );
    return { emails };
  }

  async erase(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE ${JOBS_OF_MEMBER}`, [memberId]);
  }
}
