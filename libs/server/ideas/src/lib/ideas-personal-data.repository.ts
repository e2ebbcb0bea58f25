import { Injectable } from '@nestjs/common';
import { Clock, ContentChoice, Db, queryRows, scrubMentionsIn } from '@palabre/core';

/** Where people write free text in ideas's tables : erasure rewrites mentions of the leaver there (rendered copies too). */
export const IDEAS_MENTION_COLUMNS: readonly string[] = ['ideas.title', 'ideas.body', 'ideas.body_html', 'idea_comments.body', 'idea_comments.body_html', 'campaigns.title', 'campaigns.brief', 'campaigns.brief_html', 'idea_decisions.summary', 'idea_merges.rationale', 'idea_status_changes.rationale', 'idea_updates.message'];

/** The SQL of ideas' personal-data provider: what the member's export reads and what erasure changes. */
@Injectable()
export class IdeasPersonalDataRepository {
  constructor(private readonly clock: Clock) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const ideas = await queryRows(
      db,
      `SELECT id, title, body, tags, status, created_at AS "createdAt" FROM ideas WHERE author_id = $1 AND removed_at IS NULL ORDER BY created_at, id`,
      [memberId],
    );
    const comments = await queryRows(
      db,
      `SELECT c.id, c.idea_id AS "ideaId", c.body, c.created_at AS "createdAt" FROM idea_comments c WHERE c.author_id = $1 AND c.removed_at IS NULL ORDER BY c.created_at, c.id`,
      [memberId],
    );
    const supports = await queryRows(db, `SELECT s.idea_id AS "ideaId", i.title, s.created_at AS "createdAt" FROM idea_supports s JOIN ideas i ON i.id = s.idea_id WHERE s.member_id = $1 ORDER BY s.created_at`, [
      memberId,
    ]);
    const credits = await queryRows(db, `SELECT idea_id AS "ideaId", offered_at AS "offeredAt", accepted_at AS "acceptedAt" FROM idea_credits WHERE member_id = $1 ORDER BY offered_at`, [memberId]);
    const statusChanges = await queryRows(
      db,
      `SELECT idea_id AS "ideaId", from_status AS "from", to_status AS "to", rationale, changed_at AS "at" FROM idea_status_changes WHERE changed_by = $1 ORDER BY id`,
      [memberId],
    );
    const progressUpdates = await queryRows(
      db,
      `SELECT idea_id AS "ideaId", message AS "text", promised_at AS "promisedAt", next_update_due_at AS "nextUpdateDueAt", posted_at AS "postedAt"
         FROM idea_updates WHERE posted_by = $1 ORDER BY posted_at, id`,
      [memberId],
    );
    return { ideas, comments, supports, credits, statusChanges, progressUpdates };
  }

  /**
   * Supports and credits go (counters corrected in the same transaction). Ideas and comments stay
   * under the anonymous label with ANONYMISE; with DELETE comments are deleted and ideas emptied and
   * removed, so others' supports and comments on them keep their history.
   */
  async erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    await tx.query(
      `WITH gone AS (DELETE FROM idea_supports WHERE member_id = $1 RETURNING idea_id)
       UPDATE ideas i SET support_count = i.support_count - g.n FROM (SELECT idea_id, count(*)::int AS n FROM gone GROUP BY idea_id) g WHERE i.id = g.idea_id`,
      [memberId],
    );
    await tx.query(
      `UPDATE idea_merges SET moved_member_ids = array_remove(moved_member_ids, $1::uuid), already_on_target_member_ids = array_remove(already_on_target_member_ids, $1::uuid)
        WHERE $1::uuid = ANY(moved_member_ids) OR $1::uuid = ANY(already_on_target_member_ids)`,
      [memberId],
    );
    await tx.query(`DELETE FROM idea_credits WHERE member_id = $1`, [memberId]);
    if (choice !== 'DELETE') return;
    await tx.query(
      `WITH gone AS (DELETE FROM idea_comments WHERE author_id = $1 RETURNING idea_id)
       UPDATE ideas i SET comment_count = i.comment_count - g.n FROM (SELECT idea_id, count(*)::int AS n FROM gone GROUP BY idea_id) g WHERE i.id = g.idea_id`,
      [memberId],
    );
    await tx.query(
      `UPDATE ideas SET title = '(deleted by its author)', body = '', body_html = '', tags = '{}', removed_at = coalesce(removed_at, $2) WHERE author_id = $1`,
      [memberId, this.clock.now()],
    );
  }

  /** Mentions of an erased member in what others wrote (source and rendered copy) name the former member instead. */
  async scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    // idea_status_changes is append-only; its trigger lets a rationale change only while this flag is set.
    await tx.query(`SELECT set_config('palabre.scrubbing_mentions', 'on', true)`);
    await scrubMentionsIn(tx, IDEAS_MENTION_COLUMNS, pattern, label);
    await tx.query(`SELECT set_config('palabre.scrubbing_mentions', 'off', true)`);
  }
}
