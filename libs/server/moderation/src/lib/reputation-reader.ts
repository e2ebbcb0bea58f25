import { Injectable } from '@nestjs/common';
import { Db } from '@palabre/core';

/** A member's reputation in a community, as far as report weights are concerned. */
export abstract class ReputationReader {
  abstract reputationOf(db: Db, communityId: string, memberId: string): Promise<number>;
}

/**
 * Reads recognition's `reputations` table without importing recognition (it is written in
 * parallel and sits beside moderation). A missing table counts as 0 reputation: checking the
 * catalogue first keeps a failing statement from aborting the caller's transaction.
 */
@Injectable()
export class SqlReputationReader extends ReputationReader {
  private tableReady = false;

  async reputationOf(db: Db, communityId: string, memberId: string): Promise<number> {
    if (!(await this.tableExists(db))) return 0;
    const rows: Array<{ points: number }> = await db.query(`SELECT points FROM reputations WHERE community_id = $1 AND member_id = $2`, [communityId, memberId]);
    return Number(rows[0]?.points ?? 0);
  }

  private async tableExists(db: Db): Promise<boolean> {
    if (this.tableReady) return true;
    const rows: Array<{ columns: number }> = await db.query(
      `SELECT count(*)::int AS columns FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'reputations' AND column_name IN ('community_id', 'member_id', 'points')`,
    );
    this.tableReady = rows[0]?.columns === 3;
    return this.tableReady;
  }
}
