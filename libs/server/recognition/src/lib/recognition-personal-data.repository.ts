import { Injectable } from '@nestjs/common';
import { Clock, ContentChoice, ContentRegistry, Db, queryRows, toGlobalId, scrubMentionsIn } from '@palabre/core';
import { POINTS } from './recognition.rules';
import { ReputationRepository } from './reputation.repository';

/** Where people write free text in recognition's tables : erasure rewrites mentions of the leaver there (rendered copies too). */
export const RECOGNITION_MENTION_COLUMNS: readonly string[] = ['kudos.message'];

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
    // Every recognition table that references the member appears here, each under its own key.
    const kudosDailyBudgets = await queryRows(db, `SELECT c.slug AS "community", b.day, b.used FROM kudos_daily_budgets b JOIN communities c ON c.id = b.community_id WHERE b.giver_id = $1 ORDER BY b.day, c.slug`, [memberId]);
    const reputationHistory = await queryRows(
      db,
      `SELECT c.slug AS "community", e.source, e.points, e.created_at AS "createdAt" FROM reputation_events e JOIN communities c ON c.id = e.community_id WHERE e.member_id = $1 ORDER BY e.created_at, e.id`,
      [memberId],
    );
    const answers = await queryRows<{ community: string; thread_id: string; reply_id: string; accepted_at: Date; mine: boolean; asked: boolean }>(
      db,
      `SELECT c.slug AS community, a.thread_id, a.reply_id, a.accepted_at, a.reply_author_id = $1 AS mine, a.question_author_id = $1 AS asked
         FROM recognition_answers a JOIN communities c ON c.id = a.community_id
        WHERE a.reply_author_id = $1 OR a.question_author_id = $1 ORDER BY a.accepted_at, a.thread_id`,
      [memberId],
    );
    const answerRow = (row: (typeof answers)[number]) => ({ community: row.community, threadId: toGlobalId('Thread', row.thread_id), replyId: toGlobalId('Reply', row.reply_id), acceptedAt: row.accepted_at });
    const credits = await queryRows(db, `SELECT c.slug AS "community", r.accepted_at AS "acceptedAt" FROM recognition_credits r JOIN communities c ON c.id = r.community_id WHERE r.member_id = $1 ORDER BY r.accepted_at`, [memberId]);
    const questions = await queryRows<{ community: string; thread_id: string; asked_at: Date; answered_at: Date | null; asker: boolean; welcomer: boolean }>(
      db,
      `SELECT c.slug AS community, q.thread_id, q.asked_at, q.answered_at, q.asker_id = $1 AS asker, q.welcomed_by = $1 AS welcomer
         FROM recognition_questions q JOIN communities c ON c.id = q.community_id
        WHERE q.asker_id = $1 OR q.welcomed_by = $1 ORDER BY q.asked_at, q.thread_id`,
      [memberId],
    );
    const questionRow = (row: (typeof questions)[number]) => ({ community: row.community, threadId: toGlobalId('Thread', row.thread_id), askedAt: row.asked_at, answeredAt: row.answered_at });
    return {
      kudosDailyBudgets,
      reputationHistory,
      acceptedAnswersYouGave: answers.filter((row) => row.mine).map(answerRow),
      acceptedAnswersOnYourQuestions: answers.filter((row) => row.asked).map(answerRow),
      ideaCredits: credits,
      questionsYouAsked: questions.filter((row) => row.asker).map(questionRow),
      questionsYouWelcomed: questions.filter((row) => row.welcomer).map(questionRow),
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

  /** Mentions of an erased member in others' kudos messages name the former member instead. */
  async scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    await scrubMentionsIn(tx, RECOGNITION_MENTION_COLUMNS, pattern, label);
  }
}
