import { Injectable } from '@nestjs/common';
import { Db } from '@palabre/core';
import type { PreferencesRow } from './notifications.rows';
import { DEFAULT_PREFERENCES } from './notifications.rows';

const PREFERENCE_COLUMNS = 'member_id, cadence, digest_day, digest_hour, timezone, quiet_from, quiet_to, weekly_contact_budget, email, auto_follow_own, mentions';

/** The only place that writes SQL for members' notification preferences. */
@Injectable()
export class NotificationPreferencesRepository {
  async preferencesOf(db: Db, memberIds: readonly string[]): Promise<Map<string, PreferencesRow>> {
    const rows: PreferencesRow[] = memberIds.length === 0 ? [] : await db.query(`SELECT ${PREFERENCE_COLUMNS} FROM notification_preferences WHERE member_id = ANY($1::uuid[])`, [memberIds]);
    const byMember = new Map(rows.map((row) => [row.member_id, row]));
    return new Map(memberIds.map((id) => [id, byMember.get(id) ?? { member_id: id, ...DEFAULT_PREFERENCES }]));
  }

  async savePreferences(tx: Db, row: PreferencesRow, now: Date): Promise<PreferencesRow> {
    const rows: PreferencesRow[] = await tx.query(
      `INSERT INTO notification_preferences (${PREFERENCE_COLUMNS}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (member_id) DO UPDATE SET cadence = EXCLUDED.cadence, digest_day = EXCLUDED.digest_day, digest_hour = EXCLUDED.digest_hour,
         timezone = EXCLUDED.timezone, quiet_from = EXCLUDED.quiet_from, quiet_to = EXCLUDED.quiet_to,
         weekly_contact_budget = EXCLUDED.weekly_contact_budget, email = EXCLUDED.email, auto_follow_own = EXCLUDED.auto_follow_own, mentions = EXCLUDED.mentions, updated_at = EXCLUDED.updated_at
       RETURNING ${PREFERENCE_COLUMNS}`,
      [row.member_id, row.cadence, row.digest_day, row.digest_hour, row.timezone, row.quiet_from, row.quiet_to, row.weekly_contact_budget, row.email, row.auto_follow_own, row.mentions, now],
    );
    return rows[0];
  }
}
