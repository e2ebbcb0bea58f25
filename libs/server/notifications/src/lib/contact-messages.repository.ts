import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner } from '@palabre/core';
import type { ContactMessageRow } from './notifications.rows';

/** The only place that writes SQL for brand conversations (contact messages). */
@Injectable()
export class ContactMessagesRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** A contact message its member or its sender may see. */
  async contactMessageFor(viewerId: string, id: string): Promise<ContactMessageRow | null> {
    const rows: ContactMessageRow[] = await this.db.reader.query(
      `SELECT id, conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at FROM contact_messages
        WHERE id = $1 AND (member_id = $2 OR sender_id = $2)`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  async insertContactMessage(tx: Db, values: Omit<ContactMessageRow, 'id' | 'created_at'> & { now: Date }): Promise<ContactMessageRow> {
    const rows: ContactMessageRow[] = await tx.query(
      `INSERT INTO contact_messages (conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at`,
      [values.conversation_id, values.community_id, values.member_id, values.direction, values.sender_id, values.subject, values.body, values.now],
    );
    return rows[0];
  }

  /** A conversation the member started with the brand team of this community. */
  async memberStartedConversation(db: Db, conversationId: string, communityId: string, memberId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM contact_messages WHERE conversation_id = $1 AND community_id = $2 AND member_id = $3 AND direction = 'TO_BRAND' LIMIT 1`,
      [conversationId, communityId, memberId],
    );
    return rows.length > 0;
  }

  async contactMessagesPage(filter: { communityId?: string; memberId?: string }, limit: number, after: { createdAt: string; id: string } | null): Promise<ContactMessageRow[]> {
    return this.db.reader.query(
      `SELECT id, conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at FROM contact_messages
        WHERE ($1::uuid IS NULL OR community_id = $1::uuid) AND ($2::uuid IS NULL OR member_id = $2::uuid)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [filter.communityId ?? null, filter.memberId ?? null, after?.createdAt ?? null, after?.id ?? '00000000-0000-0000-0000-000000000000', limit],
    );
  }

  async countContactMessages(filter: { communityId?: string; memberId?: string }): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.reader.query(
      `SELECT count(*)::int AS count FROM contact_messages WHERE ($1::uuid IS NULL OR community_id = $1::uuid) AND ($2::uuid IS NULL OR member_id = $2::uuid)`,
      [filter.communityId ?? null, filter.memberId ?? null],
    );
    return rows[0]?.count ?? 0;
  }
}
