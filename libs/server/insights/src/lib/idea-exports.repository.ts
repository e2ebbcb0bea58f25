import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import { int, STAFF_ROLES_SQL } from './insights-sql';

export interface ExportIdeaRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  status: string;
  created_at: Date;
  space_name: string;
  campaign_title: string | null;
  support_count: number;
  supporters_members: number;
  supporters_staff: number;
  supporters_moderators: number;
  comment_count: number;
  history: Array<{ from: string | null; to: string; rationale: string; at: string }>;
  credited: string[];
}

export interface IdeaExportRow {
  id: string;
  community_id: string;
  space_id: string | null;
  campaign_id: string | null;
  format: 'CSV' | 'JSON';
  requested_by: string;
  requested_at: Date;
  link_expires_at: Date;
  downloaded_at: Date | null;
}

/** SQL for exports of co-creation input: scope checks, single-use links, the ideas an export holds. */
@Injectable()
export class IdeaExportsRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async spaceOf(spaceId: string): Promise<{ id: string; community_id: string; kind: string } | null> {
    const rows = await queryRows<{ id: string; community_id: string; kind: string }>(this.reader, `SELECT id, community_id, kind FROM spaces WHERE id = $1`, [spaceId]);
    return rows[0] ?? null;
  }

  async campaignOf(campaignId: string): Promise<{ id: string; community_id: string; space_id: string } | null> {
    const rows = await queryRows<{ id: string; community_id: string; space_id: string }>(this.reader, `SELECT id, community_id, space_id FROM campaigns WHERE id = $1`, [campaignId]);
    return rows[0] ?? null;
  }

  async roleIn(db: Db, communityId: string, memberId: string): Promise<string | null> {
    const rows = await queryRows<{ role: string }>(db, `SELECT role FROM memberships WHERE community_id = $1 AND member_id = $2`, [communityId, memberId]);
    return rows[0]?.role ?? null;
  }

  async insertExport(tx: Db, values: { communityId: string; spaceId: string | null; campaignId: string | null; format: string; requestedBy: string; now: Date; linkHash: string; linkExpiresAt: Date }): Promise<IdeaExportRow> {
    const [row] = await queryRows<IdeaExportRow>(
      tx,
      `INSERT INTO idea_exports (community_id, space_id, campaign_id, format, requested_by, requested_at, link_hash, link_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, community_id, space_id, campaign_id, format, requested_by, requested_at, link_expires_at, downloaded_at`,
      [values.communityId, values.spaceId, values.campaignId, values.format, values.requestedBy, values.now, values.linkHash, values.linkExpiresAt],
    );
    return row;
  }

  /** The export behind a live link, locked so that two downloads of one link cannot both succeed. */
  async lockByLink(tx: Db, linkHash: string, now: Date): Promise<IdeaExportRow | null> {
    const rows = await queryRows<IdeaExportRow>(
      tx,
      `SELECT id, community_id, space_id, campaign_id, format, requested_by, requested_at, link_expires_at, downloaded_at
         FROM idea_exports WHERE link_hash = $1 AND link_expires_at > $2 AND downloaded_at IS NULL FOR UPDATE`,
      [linkHash, now],
    );
    return rows[0] ?? null;
  }

  async consumeLink(tx: Db, exportId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE idea_exports SET link_hash = NULL, downloaded_at = $2 WHERE id = $1`, [exportId, now]);
  }

  /** Links that can no longer be used keep no capability: their hash goes. */
  async forgetExpiredLinks(tx: Db, now: Date): Promise<void> {
    await tx.query(`UPDATE idea_exports SET link_hash = NULL WHERE link_hash IS NOT NULL AND link_expires_at <= $1`, [now]);
  }

  async exportsRequestedBy(db: Db, memberId: string): Promise<Array<{ format: string; requestedAt: Date; downloadedAt: Date | null }>> {
    return queryRows(db, `SELECT format, requested_at AS "requestedAt", downloaded_at AS "downloadedAt" FROM idea_exports WHERE requested_by = $1 ORDER BY requested_at, id`, [memberId]);
  }

  async deleteExportsRequestedBy(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE FROM idea_exports WHERE requested_by = $1`, [memberId]);
  }

  /**
   * Each visible idea of the scope with what co-creation input it carries: no email, no supporter
   * identity; credited members by handle, only once they accepted the credit.
   */
  async ideasForExport(db: Db, scope: { communityId: string; spaceId: string | null; campaignId: string | null }): Promise<ExportIdeaRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      `SELECT i.id, i.title, i.body, i.tags, i.status, i.created_at, sp.name AS space_name, c.title AS campaign_title,
              i.support_count, i.comment_count,
              coalesce(aff.members, 0) AS supporters_members, coalesce(aff.staff, 0) AS supporters_staff, coalesce(aff.moderators, 0) AS supporters_moderators,
              coalesce((SELECT json_agg(json_build_object('from', h.from_status, 'to', h.to_status, 'rationale', h.rationale, 'at', h.changed_at) ORDER BY h.id)
                          FROM idea_status_changes h WHERE h.idea_id = i.id), '[]'::json) AS history,
              coalesce((SELECT array_agg(mb.handle::text ORDER BY ic.accepted_at, mb.handle)
                          FROM idea_credits ic JOIN members mb ON mb.id = ic.member_id
                         WHERE ic.idea_id = i.id AND ic.accepted_at IS NOT NULL), '{}') AS credited
         FROM ideas i
         JOIN spaces sp ON sp.id = i.space_id
         LEFT JOIN campaigns c ON c.id = i.campaign_id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE m.role IS NULL OR m.role = 'MEMBER') AS members,
                  count(*) FILTER (WHERE m.role IN ${STAFF_ROLES_SQL}) AS staff,
                  count(*) FILTER (WHERE m.role = 'MODERATOR') AS moderators
             FROM idea_supports s LEFT JOIN memberships m ON m.community_id = i.community_id AND m.member_id = s.member_id
            WHERE s.idea_id = i.id
         ) aff ON true
        WHERE i.community_id = $1 AND ($2::uuid IS NULL OR i.space_id = $2) AND ($3::uuid IS NULL OR i.campaign_id = $3)
          AND i.hidden_at IS NULL AND i.removed_at IS NULL
        ORDER BY i.created_at, i.id`,
      [scope.communityId, scope.spaceId, scope.campaignId],
    );
    return rows.map((row) => ({
      id: String(row['id']),
      title: String(row['title']),
      body: String(row['body']),
      tags: (row['tags'] as string[]) ?? [],
      status: String(row['status']),
      created_at: row['created_at'] as Date,
      space_name: String(row['space_name']),
      campaign_title: (row['campaign_title'] as string | null) ?? null,
      support_count: int(row['support_count']),
      supporters_members: int(row['supporters_members']),
      supporters_staff: int(row['supporters_staff']),
      supporters_moderators: int(row['supporters_moderators']),
      comment_count: int(row['comment_count']),
      history: row['history'] as ExportIdeaRow['history'],
      credited: (row['credited'] as string[]) ?? [],
    }));
  }
}
