import { SpaceKind } from '@palabre/contracts';
import { IdeaStatus } from '@palabre/ideas';
import { PersonalDataRegistry, TokenService } from '@palabre/core';
import { AccountErasureService } from '@palabre/privacy';
import { Platform, startPlatform } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createMember, createSpace, TestMember } from '../support/factories';
import { createIdea, setStatus } from '../ideas/ideas-fixtures';
import { createThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

/** `@handle` of an erased member, in what other members wrote, reads "former member #n" everywhere it is stored. */
describe('mentions of an erased member', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());

  it('replaces whole-word @handle mentions in bodies, rendered bodies and staff rationales, and leaves longer handles and emails alone', async () => {
    const leaver = await createMember(platform);
    await addToCommunity(platform, world.community, leaver);
    const handle = leaver.handle;
    const thread = await createThread(platform, world.bob, world.space, {
      title: `Question for @${handle}`,
      body: `Thanks @${handle}, and @${handle}-fan and mail ${handle}@example.org stay as they are. (@${handle})`,
    });
    const moderated = await platform.gql(
      graphql(`mutation ErasedMentionsModerate($input: ModerateInput!) { moderate(input: $input) { id } }`),
      { input: { contentId: thread.globalId, action: 'HIDE', reason: `Hidden as @${handle} asked` } },
      { token: tokenOf(world.moderator) },
    );
    expect(moderated.errors).toBeUndefined();
    const rendered = await platform.db.query<{ body_html: string }>(`SELECT body_html FROM threads WHERE id = $1`, [thread.id]);
    expect(rendered.rows[0]!.body_html).toContain(`<a href="/members/${handle}" class="mention">@${handle}</a>`);
    const bobsPost = await createThread(platform, world.bob, world.space, { title: 'Chain wax or oil?', body: 'Which one lasts longer in the rain?' });
    const kudos = await platform.gql(graphql(`mutation ErasedMentionsGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`), { input: { contentId: bobsPost.globalId, message: `As @${handle} said, wax` } }, { token: tokenOf(world.alice) });
    expect(kudos.errors).toBeUndefined();

    const scheduled = await platform.gql(graphql(`mutation ErasedMentionsDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }`), { input: { password: leaver.password, contentChoice: 'ANONYMISE' } }, { token: tokenOf(leaver) });
    expect(scheduled.errors).toBeUndefined();
    platform.clock.advanceDays(8);
    expect(await platform.app.get(AccountErasureService).executeDue()).toBe(1);

    const { rows } = await platform.db.query<{ title: string; body: string; body_html: string }>(`SELECT title, body, body_html FROM threads WHERE id = $1`, [thread.id]);
    const labelText = rows[0]!.body.match(/Thanks (.*?),/)![1]!;
    expect(labelText).toMatch(/former member/i);
    expect(rows[0]!.title).toBe(`Question for ${labelText}`);
    expect(rows[0]!.body).toBe(`Thanks ${labelText}, and @${handle}-fan and mail ${handle}@example.org stay as they are. (${labelText})`);
    expect(rows[0]!.body_html).not.toMatch(new RegExp(`@${handle}(?![\\w-])`));
    expect(rows[0]!.body_html).toContain(labelText);
    // The rendered mention goes whole: no link to the erased handle's profile is left behind.
    expect(rows[0]!.body_html).not.toContain(`/members/${handle}"`);
    const rationale = await platform.db.query<{ reason: string }>(`SELECT reason FROM moderation_actions WHERE target_id = $1`, [thread.id]);
    expect(rationale.rows.map((row) => row.reason)).toEqual([`Hidden as ${labelText} asked`]);
    const thanks = await platform.db.query<{ message: string }>(`SELECT message FROM kudos WHERE giver_id = $1`, [world.alice.id]);
    expect(thanks.rows.map((row) => row.message)).toEqual([`As ${labelText} said, wax`]);
  });

  it('reaches every lib: community texts, the ideas’ append-only status history, and notifications (summary and JSON payload)', async () => {
    const leaver = await createMember(platform);
    await addToCommunity(platform, world.community, leaver);
    const mention = `@${leaver.handle}`;
    const ideasSpace = await createSpace(platform, world.community, SpaceKind.IDEAS);
    const idea = await createIdea(platform, world.bob, ideasSpace, { title: 'A lighter frame for city bikes', body: 'Weight matters on stairs and trains.' });
    await setStatus(platform, world.staff, idea, IdeaStatus.UNDER_REVIEW, `We review this first, as ${mention} suggested to the product team.`);
    await platform.db.query(`UPDATE communities SET description = $2 WHERE id = $1`, [world.community.id, `Ask ${mention} about tyres.`]);
    await platform.db.query(
      `INSERT INTO notifications (member_id, kind, reason, summary, payload, created_at) VALUES ($1, 'ReplyPosted', 'FOLLOWING', $2, $3, $4)`,
      [world.alice.id, `bob replied: thanks ${mention}`, JSON.stringify({ excerpt: `thanks ${mention}!`, other: `${mention}-fan` }), platform.clock.now()],
    );

    const scheduled = await platform.gql(graphql(`mutation ErasedMentionsDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }`), { input: { password: leaver.password, contentChoice: 'DELETE' } }, { token: tokenOf(leaver) });
    expect(scheduled.errors).toBeUndefined();
    platform.clock.advanceDays(8);
    expect(await platform.app.get(AccountErasureService).executeDue()).toBe(1);

    const [history] = (await platform.db.query<{ rationale: string }>(`SELECT rationale FROM idea_status_changes WHERE idea_id = $1 AND to_status = 'UNDER_REVIEW'`, [idea.id])).rows;
    const label = history!.rationale.match(/as (.*) suggested/)![1]!;
    expect(label).toMatch(/former member/i);
    expect((await platform.db.query(`SELECT description FROM communities WHERE id = $1`, [world.community.id])).rows[0].description).toBe(`Ask ${label} about tyres.`);
    const [notification] = (await platform.db.query(`SELECT summary, payload FROM notifications WHERE member_id = $1 AND kind = 'ReplyPosted'`, [world.alice.id])).rows;
    expect(notification).toEqual({ summary: `bob replied: thanks ${label}`, payload: { excerpt: `thanks ${label}!`, other: `${mention}-fan` } });
    // The history stays append-only outside erasure.
    await expect(platform.db.query(`UPDATE idea_status_changes SET rationale = 'rewritten' WHERE idea_id = $1`, [idea.id])).rejects.toThrow(/append-only/);
  });
});

/** Text columns no provider scrubs, by reason: nobody writes free text there, or the copy is handled elsewhere. */
const NOT_FREE_TEXT: Record<string, readonly string[]> = {
  'codes, states and kinds (CHECK-constrained or set by the server)': [
    'account_deletions.content_choice', 'account_links.purpose', 'appeals.status', 'badges.badge', 'communities.locale', 'communities.visibility',
    'consent_ledger.action', 'consent_ledger.scope', 'consent_ledger.text_version', 'contact_messages.direction', 'content_reports.content_type',
    'content_reports.reason', 'data_exports.status', 'digests.cadence', 'featured_content.content_type', 'follows.target_type', 'idea_decisions.status',
    'idea_exports.format', 'idea_merges.source_status_before', 'idea_status_changes.from_status', 'idea_status_changes.to_status', 'ideas.status',
    'idempotency_keys.status', 'kudos.content_type', 'mail_deliveries.category', 'mail_deliveries.state', 'members.locale', 'memberships.role',
    'moderation_actions.action', 'moderation_actions.actor_kind', 'moderation_actions.target_type', 'moderation_cases.content_type', 'moderation_cases.status',
    'notification_preferences.cadence', 'notification_preferences.timezone', 'notifications.kind', 'notifications.reason', 'outbox_events.audience',
    'outbox_events.type', 'post_log.kind', 'post_revisions.post_kind', 'reputation_events.source', 'sessions.revoked_reason', 'spaces.kind', 'threads.kind', 'threads.state',
    'unsubscribe_links.scope', 'media_images.content_type', 'media_images.post_kind', 'staff_assignments.content_type', 'drafts.place_type',
  ],
  'identifiers, slugs, tags and keys (no `@` allowed, or not written by people)': [
    'communities.slug', 'spaces.slug', 'ideas.tags', 'threads.tags', 'idempotency_keys.key', 'mail_deliveries.idempotency_key', 'mail_deliveries.message_id',
    'notifications.subject_id', 'reputation_events.source_id', 'outbox_events.rooms', 'media_images.variants',
  ],
  'the account itself (erased with it by the members provider)': ['members.email', 'members.handle', 'members.password_hash', 'account_links.email', 'sessions.device_label', 'sessions.ip_address'],
  'copies handled elsewhere: event payloads lose the handle and email at erasure (scrubIdentities) and expire in days, title terms follow threads.title (trigger)': [
    'outbox_events.payload',
    'thread_title_terms.term',
  ],
  'a vocabulary of single words from public posts for typo-tolerant search, linked to no one': ['search_words.word'],
  'short-lived copies of answers (replays expire within a day, archives within a week)': ['idempotency_keys.response', 'data_exports.archive'],
};

describe('mention scrubbing covers every text column', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
  });
  afterAll(() => platform.close());

  it('scrubs each text column of the database or declares it free of people’s writing', async () => {
    const { rows } = await platform.db.query<{ name: string }>(
      `SELECT c.table_name || '.' || c.column_name AS name
         FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'citext') OR c.udt_name IN ('_text', '_varchar'))
          AND c.table_name NOT IN ('migrations', 'typeorm_metadata')
        ORDER BY 1`,
    );
    const scrubbed = platform.app.get(PersonalDataRegistry).mentionColumns();
    const declared = new Set(Object.values(NOT_FREE_TEXT).flat());
    const columns = rows.map((row) => row.name);
    expect(columns.filter((column) => !scrubbed.has(column) && !declared.has(column))).toEqual([]);
    // Nothing stale: every listed column exists, and none is both scrubbed and declared free.
    expect([...scrubbed, ...declared].filter((column) => !columns.includes(column))).toEqual([]);
    expect([...scrubbed].filter((column) => declared.has(column))).toEqual([]);
  });
});
