import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface IdeaUpdateRow {
  id: string;
  idea_id: string;
  message: string;
  posted_by: string | null;
  promised_at: Date | null;
  next_update_due_at: Date;
  posted_at: Date;
}

/** SQL for the public progress updates of ideas. */
@Injectable()
export class IdeaUpdatesRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Appends the update and moves the idea's promised date, in the caller's transaction. */
  async post(tx: Db, values: { ideaId: string; message: string; postedBy: string; promisedAt: Date | null; nextUpdateDueAt: Date; now: Date }): Promise<IdeaUpdateRow> {
    await tx.query(`UPDATE ideas SET next_update_due_at = $2, updated_at = $3 WHERE id = $1`, [values.ideaId, values.nextUpdateDueAt, values.now]);
    const rows = await queryRows<IdeaUpdateRow>(
      tx,
      `INSERT INTO idea_updates (idea_id, message, posted_by, promised_at, next_update_due_at, posted_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [values.ideaId, values.message, values.postedBy, values.promisedAt, values.nextUpdateDueAt, values.now],
    );
    return rows[0];
  }

  /** Oldest first, for a DataLoader over idea ids. */
  updatesOf(ideaIds: readonly string[]): Promise<IdeaUpdateRow[]> {
    return this.db.reader.query(`SELECT * FROM idea_updates WHERE idea_id = ANY($1::uuid[]) ORDER BY posted_at, id`, [ideaIds]);
  }
}
