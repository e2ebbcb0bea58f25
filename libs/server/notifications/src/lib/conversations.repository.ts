import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface ConversationState {
  /** When the member closed this conversation, if ever. */
  closed_at: Date | null;
  /** The member's latest BRAND_CONTACT revocation in the community, when it is still in force. */
  revoked_at: Date | null;
  /** The member's latest message in this conversation. */
  member_wrote_at: Date | null;
}

/** SQL for closing brand conversations, who is told of a member's message, and consent counts. */
@Injectable()
export class ConversationsRepository {
  constructor(private readonly db: TransactionRunner) {}

  async isMembersConversation(db: Db, conversationId: string, memberId: string): Promise<{ community_id: string } | null> {
    const rows = await queryRows<{ community_id: string }>(db, `SELECT community_id FROM contact_messages WHERE conversation_id = $1 AND member_id = $2 LIMIT 1`, [conversationId, memberId]);
    return rows[0] ?? null;
  }

  async close(tx: Db, values: { conversationId: string; communityId: string; memberId: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO conversation_closures (conversation_id, community_id, member_id, closed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (conversation_id) DO UPDATE SET closed_at = EXCLUDED.closed_at`,
      [values.conversationId, values.communityId, values.memberId, values.now],
    );
  }

  async state(db: Db, conversationId: string, communityId: string, memberId: string): Promise<ConversationState> {
    const rows = await queryRows<ConversationState>(
      db,
      `SELECT (SELECT closed_at FROM conversation_closures WHERE conversation_id = $1 AND member_id = $3) AS closed_at,
              (SELECT CASE WHEN l.action = 'REVOKE' THEN l.recorded_at END FROM consent_ledger l
                WHERE l.member_id = $3 AND l.community_id = $2 AND l.scope = 'BRAND_CONTACT' ORDER BY l.id DESC LIMIT 1) AS revoked_at,
              (SELECT max(created_at) FROM contact_messages WHERE conversation_id = $1 AND member_id = $3 AND direction = 'TO_BRAND') AS member_wrote_at`,
      [conversationId, communityId, memberId],
    );
    return rows[0];
  }

  async staffOf(db: Db, communityId: string): Promise<string[]> {
    const rows = await queryRows<{ member_id: string }>(db, `SELECT member_id FROM memberships WHERE community_id = $1 AND role IN ('OWNER', 'BRAND_STAFF') ORDER BY member_id`, [communityId]);
    return rows.map((row) => row.member_id);
  }

  /** Current members whose latest BRAND_CONTACT act in the community is a grant. */
  async consentCount(communityId: string): Promise<number> {
    const rows = await queryRows<{ count: number }>(
      this.db.reader,
      `SELECT count(*)::int AS count FROM (
         SELECT DISTINCT ON (member_id) member_id, action FROM consent_ledger WHERE community_id = $1 AND scope = 'BRAND_CONTACT' ORDER BY member_id, id DESC
       ) latest JOIN memberships m ON m.community_id = $1 AND m.member_id = latest.member_id
       WHERE latest.action = 'GRANT'`,
      [communityId],
    );
    return rows[0].count;
  }
}

/** A member closes a conversation by closing it or by revoking brand contact; writing again reopens it. */
export function closedToStaff(state: ConversationState): boolean {
  const closedAt = Math.max(state.closed_at?.getTime() ?? -Infinity, state.revoked_at?.getTime() ?? -Infinity);
  if (closedAt === -Infinity) return false;
  return state.member_wrote_at === null || state.member_wrote_at.getTime() <= closedAt;
}
