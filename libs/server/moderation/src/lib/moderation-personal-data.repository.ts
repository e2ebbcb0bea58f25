import { Inject, Injectable } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { ThreadCurationRepository } from '@palabre/advice';
import { APP_CONFIG, AppConfig, Clock, Db, queryRows, scrubMentionsIn } from '@palabre/core';
import { NEW_MEMBER_HOURS } from './post-limits';
import { AUDIT_ENTRY_TYPE } from './moderation.types';

const HOUR_MS = 3_600_000;

/** Where people write free text in moderation's tables : erasure rewrites mentions of the leaver there (rendered copies too). */
export const MODERATION_MENTION_COLUMNS: readonly string[] = ['content_reports.note', 'moderation_actions.reason', 'suspensions.reason', 'appeals.note', 'appeals.resolution_reason', 'featured_content.note', 'moderator_notes.note', 'moderation_reason_templates.title', 'moderation_reason_templates.reason'];

/** The SQL of moderation's personal-data provider: what the member's export reads and what erasure changes. */
@Injectable()
export class ModerationPersonalDataRepository {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly curation: ThreadCurationRepository,
  ) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const reports = await queryRows<{ community: string; content_type: string; content_id: string; reason: string; note: string; created_at: Date; resolved_at: Date | null }>(
      db,
      `SELECT c.slug AS community, r.content_type, r.content_id, r.reason, r.note, r.created_at, r.resolved_at
         FROM content_reports r JOIN moderation_cases mc ON mc.id = r.case_id JOIN communities c ON c.id = mc.community_id
        WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      [memberId],
    );
    // Decisions about me: the moderator appears by handle only (null for automation or an erased moderator).
    const aboutMe = await queryRows<ActionExportRow>(
      db,
      `SELECT a.id, c.slug AS community, a.action, a.actor_kind, a.target_type, a.target_id, a.reason, a.created_at, actor.handle AS other
         FROM moderation_actions a JOIN communities c ON c.id = a.community_id LEFT JOIN members actor ON actor.id = a.actor_id
        WHERE a.subject_member_id = $1 ORDER BY a.created_at, a.id`,
      [memberId],
    );
    // Decisions I took as a moderator: the person concerned appears by handle only.
    const taken = await queryRows<ActionExportRow>(
      db,
      `SELECT a.id, c.slug AS community, a.action, a.actor_kind, a.target_type, a.target_id, a.reason, a.created_at, subject.handle AS other
         FROM moderation_actions a JOIN communities c ON c.id = a.community_id LEFT JOIN members subject ON subject.id = a.subject_member_id
        WHERE a.actor_id = $1 ORDER BY a.created_at, a.id`,
      [memberId],
    );
    const suspensions = await queryRows(
      db,
      `SELECT c.slug AS "community", s.reason, s.until, s.created_at AS "createdAt", s.lifted_at AS "liftedAt"
         FROM suspensions s JOIN communities c ON c.id = s.community_id WHERE s.member_id = $1 ORDER BY s.created_at, s.id`,
      [memberId],
    );
    const suspensionsGiven = await queryRows(
      db,
      `SELECT c.slug AS "community", m.handle AS "member", s.reason, s.until, s.created_at AS "createdAt", s.lifted_at AS "liftedAt",
              COALESCE(s.created_by = $1, false) AS "suspendedByMe", COALESCE(s.lifted_by = $1, false) AS "liftedByMe"
         FROM suspensions s JOIN communities c ON c.id = s.community_id JOIN members m ON m.id = s.member_id
        WHERE (s.created_by = $1 OR s.lifted_by = $1) AND s.member_id <> $1 ORDER BY s.created_at, s.id`,
      [memberId],
    );
    const appeals = await queryRows<{ action_id: string; community: string; note: string; status: string; created_at: Date; resolved_at: Date | null; resolution_reason: string | null }>(
      db,
      `SELECT a.action_id, c.slug AS community, a.note, a.status, a.created_at, a.resolved_at, a.resolution_reason
         FROM appeals a JOIN communities c ON c.id = a.community_id WHERE a.appellant_id = $1 ORDER BY a.created_at, a.id`,
      [memberId],
    );
    const appealsDecided = await queryRows<{ action_id: string; community: string; appellant: string | null; status: string; resolved_at: Date; resolution_reason: string | null }>(
      db,
      `SELECT a.action_id, c.slug AS community, m.handle AS appellant, a.status, a.resolved_at, a.resolution_reason
         FROM appeals a JOIN communities c ON c.id = a.community_id LEFT JOIN members m ON m.id = a.appellant_id
        WHERE a.resolved_by = $1 ORDER BY a.resolved_at, a.id`,
      [memberId],
    );
    const featured = await queryRows<{ community: string; content_type: string; content_id: string; note: string; featured_at: Date }>(
      db,
      `SELECT c.slug AS community, f.content_type, f.content_id, f.note, f.featured_at
         FROM featured_content f JOIN communities c ON c.id = f.community_id WHERE f.curator_id = $1 ORDER BY f.featured_at, f.content_id`,
      [memberId],
    );
    // Pins and duplicates are advice's tables; the curation is this member's moderation work.
    const pins = await this.curation.pinsBy(db, memberId);
    const duplicates = await this.curation.duplicatesClosedBy(db, memberId);
    const notesAboutMe = await queryRows(
      db,
      `SELECT c.slug AS "community", n.note, m.handle AS "moderator", n.created_at AS "createdAt"
         FROM moderator_notes n JOIN communities c ON c.id = n.community_id LEFT JOIN members m ON m.id = n.author_id
        WHERE n.member_id = $1 ORDER BY n.created_at, n.id`,
      [memberId],
    );
    const notesWritten = await queryRows(
      db,
      `SELECT c.slug AS "community", m.handle AS "member", n.note, n.created_at AS "createdAt"
         FROM moderator_notes n JOIN communities c ON c.id = n.community_id JOIN members m ON m.id = n.member_id
        WHERE n.author_id = $1 ORDER BY n.created_at, n.id`,
      [memberId],
    );
    const postLog = await queryRows(
      db,
      `SELECT c.slug AS "community", p.kind, p.created_at AS "createdAt" FROM post_log p JOIN communities c ON c.id = p.community_id WHERE p.member_id = $1 ORDER BY p.created_at, p.id`,
      [memberId],
    );
    const action = (row: ActionExportRow, otherKey: 'actor' | 'member') => ({
      id: toGlobalId(AUDIT_ENTRY_TYPE, row.id),
      community: row.community,
      action: row.action,
      actorKind: row.actor_kind,
      [otherKey]: row.other,
      target: toGlobalId(row.target_type, row.target_id),
      reason: row.reason,
      createdAt: row.created_at,
    });
    return {
      reportsFiled: reports.map((row) => ({
        community: row.community,
        contentId: toGlobalId(row.content_type, row.content_id),
        reason: row.reason,
        note: row.note,
        createdAt: row.created_at,
        resolvedAt: row.resolved_at,
      })),
      actionsAboutMe: aboutMe.map((row) => action(row, 'actor')),
      suspensions,
      moderatorNotesAboutMe: notesAboutMe,
      appeals: appeals.map((row) => ({
        action: toGlobalId(AUDIT_ENTRY_TYPE, row.action_id),
        community: row.community,
        note: row.note,
        status: row.status,
        createdAt: row.created_at,
        resolvedAt: row.resolved_at,
        resolutionReason: row.resolution_reason,
      })),
      asModerator: {
        actionsTaken: taken.map((row) => action(row, 'member')),
        suspensions: suspensionsGiven,
        appealsDecided: appealsDecided.map((row) => ({
          action: toGlobalId(AUDIT_ENTRY_TYPE, row.action_id),
          community: row.community,
          appellant: row.appellant,
          status: row.status,
          resolvedAt: row.resolved_at,
          resolutionReason: row.resolution_reason,
        })),
        notesWritten,
        featured: featured.map((row) => ({ community: row.community, contentId: toGlobalId(row.content_type, row.content_id), note: row.note, featuredAt: row.featured_at })),
        pins: pins.map((row) => ({ threadId: toGlobalId('Thread', row.thread_id), pinnedAt: row.pinned_at })),
        duplicatesClosed: duplicates.map((row) => ({
          threadId: toGlobalId('Thread', row.thread_id),
          originalId: toGlobalId('Thread', row.original_id),
          reason: row.reason,
          closedAt: row.closed_at,
        })),
      },
      postLog,
    };
  }

  /**
   * The same whatever the content choice (content itself belongs to advice and ideas):
   *
   * - Audit log (`moderation_actions`, append-only): entries stay, so the community's record of what
   *   was decided stays whole; the member's ids are set to NULL, the one change its trigger allows.
   *   Entries about a person keep `target_type = 'Member'` / `target_id` (the trigger forbids changing
   *   them): that id is now the anonymous tombstone's (`former-member-<n>`), which names nobody.
   * - Reports they filed are deleted (`reporter_id` is NOT NULL and a report without its reporter
   *   would still count once per member). Each touched case's `open_weight`/`open_reports` is then
   *   recomputed from its remaining unresolved reports, under the case row lock that `reportContent`
   *   also takes, so counters stay equal to rows even with concurrent reports. An open case left with
   *   no report closes, unless its content was hidden automatically: a moderator must still review it.
   * - Appeals they filed are deleted (`appellant_id` NOT NULL, the note is theirs); the decision that
   *   settled an appeal is in the audit log already. Appeals they decided or were excluded from keep
   *   their row with the id set to NULL.
   * - Suspensions of the member are deleted (`member_id` NOT NULL); each SUSPEND / LIFT_SUSPENSION
   *   stays in the audit log. Suspensions they gave or lifted, featured content, pins and duplicate
   *   closures keep their rows with the moderator's id set to NULL.
   * - The posting log is deleted: the tombstone never posts again.
   * - `moderation_cases.author_id` mirrors the content's author and is kept: it is the tombstone, like
   *   the `author_id` of the anonymised content itself (and the next report would set it again).
   * - Notes about the member are deleted; notes they wrote as a moderator stay without their id; their claims end.
   */
  async erase(tx: Db, memberId: string): Promise<void> {
    const now = this.clock.now();
    const cases = await queryRows<{ id: string }>(
      tx,
      `SELECT id FROM moderation_cases WHERE id IN (SELECT case_id FROM content_reports WHERE reporter_id = $1) ORDER BY id FOR UPDATE`,
      [memberId],
    );
    if (cases.length > 0) {
      const caseIds = cases.map((row) => row.id);
      await tx.query(`DELETE FROM content_reports WHERE reporter_id = $1`, [memberId]);
      await tx.query(
        `UPDATE moderation_cases mc SET
           open_weight = COALESCE((SELECT sum(r.weight)::int FROM content_reports r WHERE r.case_id = mc.id AND r.resolved_at IS NULL), 0),
           open_reports = (SELECT count(*)::int FROM content_reports r WHERE r.case_id = mc.id AND r.resolved_at IS NULL)
         WHERE mc.id = ANY($1::uuid[]) AND mc.status = 'OPEN'`,
        [caseIds],
      );
      await tx.query(
        `UPDATE moderation_cases SET status = 'RESOLVED', resolved_at = $2
          WHERE id = ANY($1::uuid[]) AND status = 'OPEN' AND open_reports = 0 AND auto_hidden_at IS NULL`,
        [caseIds, now],
      );
    }

    await tx.query(`UPDATE moderation_actions SET actor_id = NULL WHERE actor_id = $1`, [memberId]);
    await tx.query(`UPDATE moderation_actions SET subject_member_id = NULL WHERE subject_member_id = $1`, [memberId]);

    await tx.query(`DELETE FROM appeals WHERE appellant_id = $1`, [memberId]);
    await tx.query(`UPDATE appeals SET resolved_by = NULL WHERE resolved_by = $1`, [memberId]);
    await tx.query(`UPDATE appeals SET excluded_moderator_id = NULL WHERE excluded_moderator_id = $1`, [memberId]);

    await tx.query(`DELETE FROM suspensions WHERE member_id = $1`, [memberId]);
    await tx.query(`UPDATE suspensions SET created_by = NULL WHERE created_by = $1`, [memberId]);
    await tx.query(`UPDATE suspensions SET lifted_by = NULL WHERE lifted_by = $1`, [memberId]);

    await tx.query(`UPDATE featured_content SET curator_id = NULL WHERE curator_id = $1`, [memberId]);
    await this.curation.forgetCurator(tx, memberId);

    await tx.query(`DELETE FROM moderator_notes WHERE member_id = $1`, [memberId]);
    await tx.query(`UPDATE moderator_notes SET author_id = NULL WHERE author_id = $1`, [memberId]);
    await tx.query(`UPDATE moderation_cases SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by = $1`, [memberId]);

    await tx.query(`DELETE FROM post_log WHERE member_id = $1`, [memberId]);
  }

  /**
   * The posting limits look back 24 hours at most (new-member window; duplicates 5 minutes; flood
   * interval, normally seconds): older rows of the posting log are useless and go.
   */
  async purgeExpired(tx: Db, now: Date): Promise<void> {
    const keepMs = Math.max(NEW_MEMBER_HOURS * HOUR_MS, this.config.POST_FLOOD_INTERVAL_SECONDS * 1000);
    await tx.query(`DELETE FROM post_log WHERE created_at < $1`, [new Date(now.getTime() - keepMs)]);
  }

  /** Mentions of an erased member in what others wrote (source and rendered copy) name the former member instead. */
  async scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    // moderation_actions is append-only; its trigger lets a rationale change only while this flag is set.
    await tx.query(`SELECT set_config('palabre.scrubbing_mentions', 'on', true)`);
    await scrubMentionsIn(tx, MODERATION_MENTION_COLUMNS, pattern, label);
    await tx.query(`SELECT set_config('palabre.scrubbing_mentions', 'off', true)`);
  }
}

interface ActionExportRow {
  id: string;
  community: string;
  action: string;
  actor_kind: string;
  target_type: string;
  target_id: string;
  reason: string;
  created_at: Date;
  other: string | null;

}
