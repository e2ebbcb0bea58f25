import { Injectable } from '@nestjs/common';
import { Clock, ContentChoice, ContentRegistry, Db, queryRows, toGlobalId } from '@palabre/core';
import { POINTS } from './recognition.rules';
import { ReputationRepository } from './reputation.repository';

/** The SQL of recognition's personal-data provider: what the member's export reads and what erasure changes. */
@Injectable()
export class RecognitionPersonalDataRepository {
  constructor(
    private readonly content: ContentRegistry,
    private readonly clock: Clock,
    private readonly reputation: ReputationRepository,
  ) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const given = await queryRows<{ content_type: string; content_id: string; community: string; receiver: string | null; message: string | null; created_at: Date }>(
      db,
      `SELECT k.content_type, k.content_id, c.slug AS community, r.handle AS receiver, k.message, k.created_at
         FROM kudos k JOIN communities c ON c.id = k.community_id LEFT JOIN members r ON r.id = k.receiver_id
        WHERE k.giver_id = $1 ORDER BY k.created_at, k.id`,
      [memberId],
    );
    const received = await queryRows(
      db,
      `SELECT c.slug AS "community", g.handle AS "giver", k.message, k.created_at AS "createdAt"
         FROM kudos k JOIN communities c ON c.id = k.community_id LEFT JOIN members g ON g.id = k.giver_id
        WHERE k.receiver_id = $1 ORDER BY k.created_at, k.id`,
      [memberId],
    );
    const reputation = await queryRows(db, `SELECT c.slug AS "community", r.points FROM reputations r JOIN communities c ON c.id = r.community_id WHERE r.member_id = $1 ORDER BY c.slug`, [memberId]);
    const badges = await queryRows(db, `SELECT c.slug AS "community", b.badge, b.awarded_at AS "awardedAt" FROM badges b JOIN communities c ON c.id = b.community_id WHERE b.member_id = $1 ORDER BY b.awarded_at`, [memberId]);
    const profile = await queryRows(db, `SELECT show_reciprocity AS "showReciprocity", appear_on_recognition_board AS "appearOnRecognitionBoard" FROM member_profiles WHERE member_id = $1`, [memberId]);
    return {
      kudosGiven: given.map((row) => ({ community: row.community, contentId: toGlobalId(row.content_type, row.content_id), receiver: row.receiver, message: row.message, createdAt: row.created_at })),
      kudosReceived: received,
      reputation,
      badges,
      profile: profile[0] ?? null,
    };
  }

  /**
   * Kudos given go, with their counters and the reputation they earned corrected. Kudos received
   * stay on kept (anonymised) content but earn nothing any more, and go with deleted content.
   * Reputation, badges, answers, credits and choices are removed.
   */
  async erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    const given = await queryRows<{ id: string; community_id: string; receiver_id: string; content_type: string; content_id: string; counts_for_reputation: boolean }>(
      tx,
      `DELETE FROM kudos WHERE giver_id = $1 RETURNING id, community_id, receiver_id, content_type, content_id, counts_for_reputation`,
      [memberId],
    );
    const received =
      choice === 'DELETE'
        ? await queryRows<{ content_type: string; content_id: string }>(tx, `DELETE FROM kudos WHERE receiver_id = $1 RETURNING content_type, content_id`, [memberId])
        : [];
    await tx.query(`UPDATE kudos SET counts_for_reputation = false WHERE receiver_id = $1`, [memberId]);
    for (const row of [...given, ...received]) await this.content.providerFor(row.content_type)?.adjustKudosCount(tx, row.content_id, -1);
    const now = this.clock.now();
    for (const row of given.filter((kudos) => kudos.counts_for_reputation && kudos.receiver_id !== memberId)) {
      await this.reputation.addPoints(tx, { communityId: row.community_id, memberId: row.receiver_id, source: 'KUDOS', sourceId: row.id, points: -POINTS.KUDOS, now });
    }
    for (const table of ['reputation_events', 'reputations', 'badges', 'recognition_credits', 'member_profiles']) {
      await tx.query(`DELETE FROM ${table} WHERE member_id = $1`, [memberId]);
    }
    await tx.query(`DELETE FROM kudos_daily_budgets WHERE giver_id = $1`, [memberId]);
    await tx.query(`DELETE FROM recognition_answers WHERE reply_author_id = $1`, [memberId]);
    await tx.query(`UPDATE recognition_answers SET question_author_id = NULL WHERE question_author_id = $1`, [memberId]);
    await tx.query(`UPDATE recognition_questions SET asker_id = NULL WHERE asker_id = $1`, [memberId]);
    await tx.query(`UPDATE recognition_questions SET welcomed_by = NULL WHERE welcomed_by = $1`, [memberId]);
  }

  /** Budgets matter for one day only. */
  async purgeExpired(tx: Db, now: Date): Promise<void> {
    await tx.query(`DELETE FROM kudos_daily_budgets WHERE day < ($1::timestamptz AT TIME ZONE 'UTC')::date - 1`, [now]);
  }
}
