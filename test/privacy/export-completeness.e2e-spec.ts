import { TransactionRunner } from '@palabre/core';
import { DataExportService } from '@palabre/privacy';
import { KudosService } from '@palabre/recognition';
import { Platform, startPlatform } from '../support/harness';
import { TestMember } from '../support/factories';
import { as, joined, question, recognitionWorld, reply, RecognitionWorld, tokenOf } from '../recognition/recognition-fixtures';
import { graphql } from '../graphql';

// Which tables reference a member comes from the live schema (every foreign key to members), plus the columns that
// hold member ids without a foreign key; for each such table where the member has a row, the export must show it.
const MEMBER_REFERENCES = `
  SELECT DISTINCT c.conrelid::regclass::text AS "table", a.attname AS "column"
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
   WHERE c.contype = 'f' AND c.confrelid = 'members'::regclass`;
const ID_COLUMNS_WITHOUT_FK: ReadonlyArray<{ table: string; column: string }> = [{ table: 'follows', column: 'target_id' }];

/** Where each member-referencing table shows in the export (`feature.key`); a table missing here fails when the member has rows in it. */
const EXPORTED_AS: Record<string, string[]> = {
  members: ['members.account'],
  sessions: ['members.sessions'],
  account_links: ['members.accountLinks'],
  memberships: ['communities.memberships'],
  threads: ['advice.threads'],
  follows: ['notifications.follows'],
  notifications: ['notifications.notifications'],
  post_log: ['moderation.postLog'],
  kudos: ['recognition.kudosGiven', 'recognition.kudosReceived'],
  kudos_daily_budgets: ['recognition.kudosDailyBudgets'],
  reputation_events: ['recognition.reputationHistory'],
  reputations: ['recognition.reputation'],
  recognition_answers: ['recognition.acceptedAnswersYouGave', 'recognition.acceptedAnswersOnYourQuestions'],
  recognition_questions: ['recognition.questionsYouAsked', 'recognition.questionsYouWelcomed'],
  recognition_credits: ['recognition.ideaCredits'],
  badges: ['recognition.badges'],
  media_images: ['media.images'],
  member_mutes: ['mutes.mutedMembers'],
  drafts: ['drafts.drafts'],
};

const nonEmpty = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined);

describe('data export completeness', () => {
  let platform: Platform;
  let world: RecognitionWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    world = await recognitionWorld(platform);
  });
  afterAll(() => platform.close());

  /** The tables (and columns) where `member` has at least one row. */
  async function tablesHolding(member: TestMember): Promise<Map<string, string[]>> {
    const { rows } = await platform.db.query<{ table: string; column: string }>(MEMBER_REFERENCES);
    const held = new Map<string, string[]>();
    for (const { table, column } of [...rows, ...ID_COLUMNS_WITHOUT_FK]) {
      const found = await platform.db.query(`SELECT 1 FROM ${table} WHERE ${column}::text = $1 LIMIT 1`, [member.id]);
      if (found.rowCount) held.set(table, [...(held.get(table) ?? []), column]);
    }
    return held;
  }

  async function exportOf(member: TestMember): Promise<Record<string, Record<string, unknown>>> {
    const archive = await platform.app.get(TransactionRunner).run((tx) => platform.app.get(DataExportService).buildArchive(tx, member.id, platform.clock.now()));
    return archive.data;
  }

  it('shows every table that holds a row of the member, kudos budgets and the answers on their questions included', async () => {
    const asker = await joined(platform, world.community);
    const helper = await joined(platform, world.community);
    const thread = await question(platform, world.discussion, asker);
    const answer = await reply(platform, helper, thread);
    const accepted = await platform.gql(graphql(`mutation ExportCompletenessAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }`), { id: answer.globalId }, { token: tokenOf(platform, asker) });
    expect(accepted.errors).toBeUndefined();
    await platform.app.get(KudosService).give(as(asker), answer.globalId, 'Thank you');

    const held = await tablesHolding(asker);
    expect([...held.keys()]).toEqual(expect.arrayContaining(['kudos_daily_budgets', 'recognition_answers', 'recognition_questions']));
    const data = await exportOf(asker);
    const missing = [...held.keys()].filter((table) => {
      const paths = EXPORTED_AS[table];
      if (!paths) return true; // a member-referencing table nobody said where it is exported
      return !paths.some((path) => {
        const [feature, key] = path.split('.');
        return nonEmpty(data[feature!]?.[key!]);
      });
    });
    expect(missing).toEqual([]);
  });
});
