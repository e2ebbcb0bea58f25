import { Injectable } from '@nestjs/common';
import { ContentChoice, Db, queryRows, scrubMentionsIn } from '@palabre/core';

/** Communities with other members where this member is the only OWNER. */
const SOLE_OWNERSHIPS = `
  SELECT c.id, c.name FROM memberships ms JOIN communities c ON c.id = ms.community_id
   WHERE ms.member_id = $1 AND ms.role = 'OWNER'
     AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.community_id = c.id AND o.role = 'OWNER' AND o.member_id <> $1)
     AND EXISTS (SELECT 1 FROM memberships x WHERE x.community_id = c.id AND x.member_id <> $1)`;

/** Where people write free text in communities' tables: erasure rewrites mentions of the leaver there. */
export const COMMUNITIES_MENTION_COLUMNS: readonly string[] = ['communities.name', 'communities.description', 'spaces.name', 'spaces.description', 'drafts.title', 'drafts.body', 'saved_replies.title', 'saved_replies.reply_text'];

/** The SQL of communities' personal-data provider: what the member's export reads and what erasure changes. */
@Injectable()
export class CommunitiesPersonalDataRepository {
  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const memberships = await queryRows(
      db,
      `SELECT c.slug AS "community", c.name AS "communityName", ms.role, ms.joined_at AS "joinedAt"
         FROM memberships ms JOIN communities c ON c.id = ms.community_id
        WHERE ms.member_id = $1 ORDER BY ms.joined_at, c.id`,
      [memberId],
    );
    // Other people appear by handle only, for context.
    const invitationsReceived = await queryRows(
      db,
      `SELECT c.slug AS "community", inviter.handle AS "invitedBy", i.created_at AS "createdAt", i.accepted_at AS "acceptedAt"
         FROM invitations i JOIN communities c ON c.id = i.community_id LEFT JOIN members inviter ON inviter.id = i.invited_by
        WHERE i.member_id = $1 ORDER BY i.created_at, i.id`,
      [memberId],
    );
    const invitationsSent = await queryRows(
      db,
      `SELECT c.slug AS "community", invitee.handle AS "invitee", i.created_at AS "createdAt", i.accepted_at AS "acceptedAt"
         FROM invitations i JOIN communities c ON c.id = i.community_id JOIN members invitee ON invitee.id = i.member_id
        WHERE i.invited_by = $1 ORDER BY i.created_at, i.id`,
      [memberId],
    );
    const communitiesCreated = await queryRows(db, `SELECT slug, name, created_at AS "createdAt" FROM communities WHERE created_by = $1 ORDER BY created_at, id`, [memberId]);
    return { memberships, invitationsReceived, invitationsSent, communitiesCreated };
  }

  /** A last owner must hand over their communities before asking to leave Palabre. */
  async blockers(db: Db, memberId: string): Promise<string[]> {
    const sole = await queryRows<{ name: string }>(db, SOLE_OWNERSHIPS, [memberId]);
    return sole.map((row) => `You are the last owner of "${row.name}": make another member OWNER first`);
  }

  /** The tombstone belongs nowhere: memberships go (member counts follow), invitations forget the person. */
  async erase(tx: Db, memberId: string, _choice: ContentChoice): Promise<void> {
    // If they became the last owner during the grace period, the longest-standing member (staff and moderators first) takes over.
    const sole = await queryRows<{ id: string }>(tx, SOLE_OWNERSHIPS, [memberId]);
    for (const { id } of sole) {
      await tx.query(
        `UPDATE memberships SET role = 'OWNER' WHERE (community_id, member_id) = (
           SELECT community_id, member_id FROM memberships WHERE community_id = $1 AND member_id <> $2
            ORDER BY (role IN ('BRAND_STAFF', 'MODERATOR')) DESC, joined_at, member_id LIMIT 1)`,
        [id, memberId],
      );
    }
    const left = await queryRows<{ community_id: string }>(tx, `DELETE FROM memberships WHERE member_id = $1 RETURNING community_id`, [memberId]);
    if (left.length > 0) {
      await tx.query(`UPDATE communities SET member_count = member_count - 1 WHERE id = ANY($1::uuid[])`, [left.map((row) => row.community_id)]);
    }
    await tx.query(`DELETE FROM invitations WHERE member_id = $1`, [memberId]);
    await tx.query(`UPDATE invitations SET invited_by = NULL WHERE invited_by = $1`, [memberId]);
    await tx.query(`UPDATE communities SET created_by = NULL WHERE created_by = $1`, [memberId]);
  }

  /** Mentions of an erased member in what community staff wrote name the former member instead. */
  async scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    await scrubMentionsIn(tx, COMMUNITIES_MENTION_COLUMNS, pattern, label);
  }
}
