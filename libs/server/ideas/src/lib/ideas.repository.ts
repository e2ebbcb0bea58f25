import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner, visibleSql } from '@palabre/core';
import { AuthorColumns, authorColumnsSql } from '@palabre/communities';
import { IdeaStatus } from './idea-status.machine';
import { IDEA_SUMMARY_COLUMNS_SQL, type CommentRow, type IdeaRow, type IdeaSummaryRow, type StatusChangeRow } from './ideas.rows';
import { boardCountStatement, boardPageStatement, type IdeaListQuery } from './idea-board.sql';

export { IdeaOrder, type IdeaListQuery } from './idea-board.sql';

export type ListedIdeaRow = IdeaSummaryRow & { sort_key: string };

/** A listed idea with what a board shows next to it: its author (members row as JSON) and the viewer's support. */
export type BoardIdeaRow = ListedIdeaRow & AuthorColumns & { viewer_supports: boolean };

export interface CommentsPageKey {
  ideaId: string;
  /** The viewer moderates the idea's community: hidden comments stay in the page for them. */
  moderator: boolean;
  viewerId: string | null;
  limit: number;
  after: { createdAt: string; id: string } | null;
}

/** The only place that writes SQL for ideas, their history and their comments. */
@Injectable()
export class IdeasRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async insertIdea(
    tx: Db,
    values: { spaceId: string; communityId: string; campaignId: string | null; authorId: string; title: string; body: string; bodyHtml: string; tags: string[]; resubmittedFromId: string | null; now: Date },
  ): Promise<IdeaRow> {
    const rows: IdeaRow[] = await tx.query(
      `INSERT INTO ideas (space_id, community_id, campaign_id, author_id, title, body, body_html, tags, resubmitted_from_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *`,
      [values.spaceId, values.communityId, values.campaignId, values.authorId, values.title, values.body, values.bodyHtml, values.tags, values.resubmittedFromId, values.now],
    );
    return rows[0];
  }

  async findByIds(db: Db, ids: readonly string[]): Promise<IdeaRow[]> {
    if (ids.length === 0) return [];
    return db.query(`SELECT * FROM ideas WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The bodies of ideas read without them (boards), for a board that asks for them. */
  async findBodies(ids: readonly string[]): Promise<Array<Pick<IdeaRow, 'id' | 'body' | 'body_html'>>> {
    if (ids.length === 0) return [];
    return this.reader.query(`SELECT id, body, body_html FROM ideas WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks ideas in id order, so two transactions locking the same pair cannot deadlock. */
  async lockIdeas(tx: Db, ids: readonly string[]): Promise<IdeaRow[]> {
    return tx.query(`SELECT * FROM ideas WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  async wasResubmitted(db: Db, ideaId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM ideas WHERE resubmitted_from_id = $1 LIMIT 1`, [ideaId]);
    return rows.length > 0;
  }

  /**
   * One page of a space's ideas, keyset-paginated on (sort key, id), highest first, each with its
   * author, their role in the community and whether the viewer supports it (so a board needs no
   * further statement for Idea.author and Idea.viewerSupports). Without the bodies, which a board does not show.
   * The text holds only the filters the query uses (boardWhere), so it runs on the generic-plan reader.
   */
  async list(query: IdeaListQuery): Promise<BoardIdeaRow[]> {
    const { text, values } = boardPageStatement(query);
    return this.db.genericPlanReader.query(text, values);
  }

  async count(query: Omit<IdeaListQuery, 'orderBy' | 'limit' | 'after'>): Promise<number> {
    const { text, values } = boardCountStatement(query);
    const rows: Array<{ count: string }> = await this.reader.query(text, values);
    return Number(rows[0].count);
  }

  /** A roadmap: for each status asked, its most supported ideas (at most `perStatus`) with the status's total, in one statement. */
  async roadmap(query: { spaceId: string; statuses: readonly IdeaStatus[]; viewerId: string | null; moderator: boolean; perStatus: number }): Promise<Array<BoardIdeaRow & { status_total: string }>> {
    return this.reader.query(
      `SELECT ranked.*, ${authorColumnsSql('ranked.community_id', 'ranked.author_id')},
              EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = ranked.id AND s.member_id = $3::uuid) AS viewer_supports
         FROM (
           SELECT ${IDEA_SUMMARY_COLUMNS_SQL}, i.support_count::bigint AS sort_key,
                  row_number() OVER (PARTITION BY i.status ORDER BY i.support_count DESC, i.id DESC) AS rank,
                  count(*) OVER (PARTITION BY i.status) AS status_total
             FROM ideas i
            WHERE i.space_id = $1 AND i.status = ANY($2::text[]) AND ${visibleSql('i', '$3::uuid', '$4::boolean')}
         ) ranked
        WHERE ranked.rank <= $5
        ORDER BY ranked.rank`,
      [query.spaceId, query.statuses, query.viewerId, query.moderator, query.perStatus],
    );
  }

  /** Likely duplicates of a title being written: trigram similarity, best first. */
  async similar(spaceId: string, text: string, limit: number): Promise<IdeaRow[]> {
    return this.reader.query(
      `SELECT i.* FROM ideas i
        WHERE i.space_id = $1 AND i.removed_at IS NULL AND i.hidden_at IS NULL AND i.status <> '${IdeaStatus.MERGED}'
          AND (similarity(i.title, $2) >= 0.2 OR word_similarity($2, i.title) >= 0.5)
        ORDER BY greatest(similarity(i.title, $2), word_similarity($2, i.title)) DESC, i.support_count DESC, i.id
        LIMIT $3`,
      [spaceId, text, limit],
    );
  }

  /** Sets the status and what goes with it; returns null when the idea is no longer in `from`. */
  async setStatus(
    tx: Db,
    id: string,
    values: { from: IdeaStatus; to: IdeaStatus; nextUpdateDueAt: Date | null; mergedIntoId?: string | null; now: Date },
  ): Promise<IdeaRow | null> {
    const rows = await queryRows<IdeaRow>(
      tx,
      `UPDATE ideas SET status = $3, next_update_due_at = $4, merged_into_id = $5, updated_at = $6
        WHERE id = $1 AND status = $2 RETURNING *`,
      [id, values.from, values.to, values.nextUpdateDueAt, values.mergedIntoId ?? null, values.now],
    );
    return rows[0] ?? null;
  }

  /**
   * Applies transitions the status machine validated, in one statement; an idea no longer in its
   * `from` status is left alone (and absent from the result). A review round is kept unless one is given.
   */
  async applyTransitions(
    tx: Db,
    changes: ReadonlyArray<{ ideaId: string; from: IdeaStatus; to: IdeaStatus; nextUpdateDueAt: Date | null; reviewRoundId: string | null }>,
    now: Date,
  ): Promise<IdeaRow[]> {
    if (changes.length === 0) return [];
    return queryRows<IdeaRow>(
      tx,
      `UPDATE ideas i SET status = c.to_status, next_update_due_at = c.next_update_due_at, review_round_id = coalesce(c.review_round_id, i.review_round_id), updated_at = $6
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::uuid[]) AS c(id, from_status, to_status, next_update_due_at, review_round_id)
        WHERE i.id = c.id AND i.status = c.from_status
        RETURNING i.*`,
      [changes.map((c) => c.ideaId), changes.map((c) => c.from), changes.map((c) => c.to), changes.map((c) => c.nextUpdateDueAt), changes.map((c) => c.reviewRoundId), now],
    );
  }

  async appendStatusChanges(tx: Db, changes: ReadonlyArray<{ ideaId: string; from: IdeaStatus | null; to: IdeaStatus; rationale: string; changedBy: string | null; at: Date }>): Promise<void> {
    if (changes.length === 0) return;
    await tx.query(
      `INSERT INTO idea_status_changes (idea_id, from_status, to_status, rationale, changed_by, changed_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[])`,
      [changes.map((c) => c.ideaId), changes.map((c) => c.from), changes.map((c) => c.to), changes.map((c) => c.rationale), changes.map((c) => c.changedBy), changes.map((c) => c.at)],
    );
  }

  async statusHistories(ideaIds: readonly string[]): Promise<StatusChangeRow[]> {
    return this.reader.query(`SELECT * FROM idea_status_changes WHERE idea_id = ANY($1::uuid[]) ORDER BY id`, [ideaIds]);
  }

  async insertComment(tx: Db, values: { idea: IdeaRow; authorId: string; inReplyToId: string | null; body: string; bodyHtml: string; now: Date }): Promise<CommentRow> {
    const rows: CommentRow[] = await tx.query(
      `INSERT INTO idea_comments (idea_id, space_id, community_id, author_id, in_reply_to_id, body, body_html, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
      [values.idea.id, values.idea.space_id, values.idea.community_id, values.authorId, values.inReplyToId, values.body, values.bodyHtml, values.now],
    );
    // Counted in the same transaction as the row it counts.
    await tx.query(`UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1`, [values.idea.id]);
    return rows[0];
  }

  async lockComment(tx: Db, id: string): Promise<CommentRow | null> {
    const rows: CommentRow[] = await tx.query(`SELECT * FROM idea_comments WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async updateCommentContent(tx: Db, id: string, values: { body: string; bodyHtml: string; now: Date }): Promise<void> {
    await tx.query(`UPDATE idea_comments SET body = $2, body_html = $3, updated_at = $4 WHERE id = $1`, [id, values.body, values.bodyHtml, values.now]);
  }

  /** Removes the comment and uncounts it, in one transaction (answers to it keep their place, without the link). */
  async deleteComment(tx: Db, comment: CommentRow): Promise<boolean> {
    const deleted: unknown[] = await tx.query(`DELETE FROM idea_comments WHERE id = $1 RETURNING 1`, [comment.id]);
    if (deleted.length > 0) await tx.query(`UPDATE ideas SET comment_count = comment_count - 1 WHERE id = $1`, [comment.idea_id]);
    return deleted.length > 0;
  }

  async findCommentsByIds(db: Db, ids: readonly string[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    return db.query(`SELECT * FROM idea_comments WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** One page of comments (oldest first) for each requested idea, in one statement. */
  async commentsPages(keys: readonly CommentsPageKey[]): Promise<CommentRow[][]> {
    const rows: Array<CommentRow & { key_index: string }> = await this.reader.query(
      `SELECT page.*, k.key_index FROM
         unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::uuid[], $5::uuid[], $6::boolean[]) WITH ORDINALITY AS k(idea_id, lim, after_at, after_id, viewer_id, moderator, key_index)
         CROSS JOIN LATERAL (
           SELECT c.* FROM idea_comments c
            WHERE c.idea_id = k.idea_id AND ${visibleSql('c', 'k.viewer_id', 'k.moderator')}
              AND (k.after_at IS NULL OR (c.created_at, c.id) > (k.after_at, k.after_id))
            ORDER BY c.created_at, c.id
            LIMIT k.lim
         ) page`,
      [
        keys.map((k) => k.ideaId),
        keys.map((k) => k.limit),
        keys.map((k) => k.after?.createdAt ?? null),
        keys.map((k) => k.after?.id ?? null),
        keys.map((k) => k.viewerId),
        keys.map((k) => k.moderator),
      ],
    );
    const pages: CommentRow[][] = keys.map(() => []);
    for (const { key_index, ...row } of rows) pages[Number(key_index) - 1].push(row);
    return pages;
  }
}
