import { SpaceKind, Visibility } from '@palabre/contracts';
import { PersonalDataRegistry, RequestContext, TransactionRunner } from '@palabre/core';
import { KudosService } from '@palabre/recognition';
import { DataExportService } from '@palabre/privacy';
import { errorCode, startPlatform, type Platform, type TypedDocument } from '../support/harness';
import { castWorld, createMember, type CastWorld, type TestMember } from '../support/factories';
import { createReply, createThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

const as = (member: TestMember) => RequestContext.forMember(member.id, member.ctx.actor!.sessionId);

jest.setTimeout(30_000);

const THREAD = graphql(`query MentionsAndMutesThread($id: ID!) { node(id: $id) { ... on Thread { authorMutedByViewer replies(first: 10) { edges { node { authorMutedByViewer } } } } } }`);
const SUGGEST = graphql(`query MentionsAndMutesSuggest($c: ID!, $p: String!) { handleSuggestions(communityId: $c, prefix: $p) { handle } }`);

describe('mentions and mutes', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false', POST_FLOOD_INTERVAL_SECONDS: '0' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform?.close());

  const gql = <TData, TVariables>(member: TestMember | null, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, member ? { token: member.token } : {});
  const setPrefs = async (member: TestMember, input: Record<string, unknown>) => expect((await gql(member, graphql(`mutation MentionsAndMutesUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mentions } }`), { input })).errors).toBeUndefined();
  const mentionsOf = async (member: TestMember) =>
    (await platform.db.query<{ subject_id: string; actor_id: string; deferred_until: Date | null }>(`SELECT subject_id, actor_id, deferred_until FROM notifications WHERE member_id = $1 AND kind = 'mention' ORDER BY created_at, id`, [member.id])).rows;
  const notificationsFrom = async (member: TestMember, actor: TestMember) => (await platform.db.query(`SELECT kind FROM notifications WHERE member_id = $1 AND actor_id = $2`, [member.id, actor.id])).rows;
  const clockTime = (offsetMinutes: number) => new Date(platform.clock.now().getTime() + offsetMinutes * 60_000).toISOString().slice(11, 16);

  it('tells a mentioned member of the community, once, through their inbox', async () => {
    const thread = await createThread(platform, world.alice, world.space, { title: 'Chain skipping on the big cog', body: `Any idea @${world.bob.handle}? And @${world.bob.handle} again, not alice@example.com nor \`@${world.moderator.handle}\`.` });
    expect(await mentionsOf(world.bob)).toEqual([{ subject_id: thread.globalId, actor_id: world.alice.id, deferred_until: null }]);
    expect(await mentionsOf(world.moderator)).toEqual([]);
    const reply = await createReply(platform, world.bob, thread, `I think @${world.staff.handle.toUpperCase()} knows.`);
    expect((await mentionsOf(world.staff)).map((row) => row.subject_id)).toEqual([reply.globalId]);
    const inbox = await gql(world.staff, graphql(`query MentionsAndMutesNotifications { notifications(first: 5) { edges { node { kind subjectId actor { handle } } } } }`));
    expect(inbox.data.notifications.edges.map((edge) => edge.node)).toContainEqual({ kind: 'mention', subjectId: reply.globalId, actor: { handle: world.bob.handle } });
  });

  it('renders a mention of an existing member as a link to their profile in the HTML it serves, and leaves other @words as text', async () => {
    const thread = await createThread(platform, world.alice, world.space, {
      title: 'Who knows about tubeless?',
      body: `Ask @${world.bob.handle.toUpperCase()} or @nobody-${world.bob.handle}, not \`@${world.bob.handle}\` nor [@${world.bob.handle}](https://example.org).`,
    });
    const read = await gql(null, graphql(`query MentionsAndMutesThreadBodyHtml($id: ID!) { node(id: $id) { ... on Thread { bodyHtml } } }`), { id: thread.globalId });
    expect(read.errors).toBeUndefined();
    const html = read.data.node!.bodyHtml;
    expect(html).toContain(`Ask <a href="/members/${world.bob.handle}" class="mention">@${world.bob.handle}</a> or @nobody-${world.bob.handle}, not <code>@${world.bob.handle}</code>`);
    expect(html.match(/class="mention"/g)).toHaveLength(1);
  });

  it('tells members an edit mentions for the first time, under the same rules, and never again those mentioned before', async () => {
    const newcomer = await createMember(platform);
    const quietOne = await createMember(platform);
    const muter = await createMember(platform);
    for (const member of [newcomer, quietOne, muter]) await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', now() - interval '2 days')`, [world.community.id, member.id]);
    await setPrefs(quietOne, { mentions: false });
    expect((await gql(muter, graphql(`mutation MentionsAndMutesMuteMember($id: ID!) { muteMember(memberId: $id) { handle } }`), { id: world.alice.globalId })).errors).toBeUndefined();
    const thread = await createThread(platform, world.alice, world.space, { title: 'Edited mentions', body: `First draft, @${world.moderator.handle}.` });
    expect((await mentionsOf(world.moderator)).filter((row) => row.subject_id === thread.globalId)).toHaveLength(1);
    const edit = (id: string, body: string) => gql(world.alice, graphql(`mutation MentionsAndMutesEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }`), { input: { id, body } });

    expect((await edit(thread.globalId, `First draft, @${world.moderator.handle}; also @${newcomer.handle}, @${quietOne.handle}, @${muter.handle} and @${world.outsider.handle}.`)).errors).toBeUndefined();
    expect(await mentionsOf(newcomer)).toEqual([{ subject_id: thread.globalId, actor_id: world.alice.id, deferred_until: null }]);
    expect((await mentionsOf(world.moderator)).filter((row) => row.subject_id === thread.globalId)).toHaveLength(1);
    expect(await mentionsOf(quietOne)).toEqual([]);
    expect(await mentionsOf(muter)).toEqual([]);
    expect(await mentionsOf(world.outsider)).toEqual([]);

    // Edited again with the same mentions: nobody is told twice.
    expect((await edit(thread.globalId, `Second draft, @${world.moderator.handle} and @${newcomer.handle}.`)).errors).toBeUndefined();
    expect(await mentionsOf(newcomer)).toHaveLength(1);

    const reply = await createReply(platform, world.alice, thread, 'A reply that names nobody yet.');
    const before = (await mentionsOf(world.staff)).length;
    expect((await edit(reply.globalId, `A reply that now names @${world.staff.handle}.`)).errors).toBeUndefined();
    const staffMentions = await mentionsOf(world.staff);
    expect(staffMentions).toHaveLength(before + 1);
    expect(staffMentions.filter((row) => row.subject_id === reply.globalId)).toEqual([{ subject_id: reply.globalId, actor_id: world.alice.id, deferred_until: null }]);
    const html = await gql(world.staff, graphql(`query MentionsAndMutesReplyBodyHtml($id: ID!) { node(id: $id) { ... on Reply { bodyHtml } } }`), { id: reply.globalId });
    expect(html.data.node!.bodyHtml).toContain(`<a href="/members/${world.staff.handle}" class="mention">@${world.staff.handle}</a>`);
  });

  it('notifies nobody when the mentioned member switched mentions off, and never someone outside the community', async () => {
    const quietOne = await createMember(platform);
    await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) SELECT $1, $2, 'MEMBER', now() - interval '2 days'`, [world.community.id, quietOne.id]);
    await setPrefs(quietOne, { mentions: false });
    await createThread(platform, world.alice, world.space, { title: 'Mentions switched off', body: `Hello @${quietOne.handle} and @${world.outsider.handle}` });
    expect(await mentionsOf(quietOne)).toEqual([]);
    expect(await mentionsOf(world.outsider)).toEqual([]);
    expect(await notificationsFrom(quietOne, world.alice)).toEqual([]);
  });

  it('never bypasses quiet hours nor the weekly contact budget, brand staff included', async () => {
    const sleeper = await createMember(platform);
    const busy = await createMember(platform);
    for (const member of [sleeper, busy]) await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', now())`, [world.community.id, member.id]);
    await setPrefs(sleeper, { quietHours: { from: clockTime(-60), to: clockTime(60) } });
    await setPrefs(busy, { weeklyContactBudget: 0 });
    await createThread(platform, world.staff, world.space, { title: 'Staff asks two members', body: `@${sleeper.handle} @${busy.handle} could you test the new saddle?` });
    const [asleep] = await mentionsOf(sleeper);
    const [overBudget] = await mentionsOf(busy);
    expect(asleep.deferred_until).not.toBeNull();
    expect(overBudget.deferred_until).not.toBeNull();
  });

  it('suggests handles by prefix to members only: a private community’s handles never reach outsiders', async () => {
    const prefix = world.bob.handle.slice(0, 4);
    const suggested = await gql(world.alice, SUGGEST, { c: world.community.globalId, p: `@${prefix}` });
    expect(suggested.errors).toBeUndefined();
    expect(suggested.data.handleSuggestions.map((member: { handle: string }) => member.handle)).toContain(world.bob.handle);
    expect(suggested.data.handleSuggestions.length).toBeLessThanOrEqual(8);
    expect(errorCode(await gql(world.outsider, SUGGEST, { c: world.community.globalId, p: prefix }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(null, SUGGEST, { c: world.community.globalId, p: prefix }))).toBe('UNAUTHENTICATED');

    const hidden = await castWorld(platform, SpaceKind.DISCUSSION, { visibility: Visibility.PRIVATE });
    const outside = await gql(world.alice, SUGGEST, { c: hidden.community.globalId, p: hidden.bob.handle.slice(0, 4) });
    expect(errorCode(outside)).toBe('NOT_FOUND');
    expect(JSON.stringify(outside)).not.toContain(hidden.bob.handle);
    expect((await gql(hidden.alice, SUGGEST, { c: hidden.community.globalId, p: hidden.bob.handle.slice(0, 4) })).data.handleSuggestions).toContainEqual({ handle: hidden.bob.handle });
  });

  it('lets a member mute another: nothing from them reaches the muter, their posts are flagged for collapsing, and it is undone at any time', async () => {
    const muter = world.moderator;
    const muted = world.bob;
    expect(errorCode(await gql(muter, graphql(`mutation MentionsAndMutesMuteMember($id: ID!) { muteMember(memberId: $id) { handle } }`), { id: muter.globalId }))).toBe('BAD_USER_INPUT');
    const mute = await gql(muter, graphql(`mutation MentionsAndMutesMuteMember($id: ID!) { muteMember(memberId: $id) { handle } }`), { id: muted.globalId });
    expect(mute.data.muteMember).toEqual({ handle: muted.handle });
    expect((await gql(muter, graphql(`query MentionsAndMutesMutedMembers { mutedMembers { member { handle } mutedAt } }`))).data.mutedMembers).toEqual([{ member: { handle: muted.handle }, mutedAt: expect.any(String) }]);

    const thread = await createThread(platform, muter, world.space, { title: 'The muter asks something', body: 'Which pedals for winter?' });
    const reply = await createReply(platform, muted, thread, `Flat ones, @${muter.handle}.`);
    expect(await notificationsFrom(muter, muted)).toEqual([]);
    await platform.app.get(KudosService).give(as(muted), thread.globalId, 'Great question');
    expect(await notificationsFrom(muter, muted)).toEqual([]);
    const kudosRooms = (await platform.db.query(`SELECT rooms FROM outbox_events WHERE type = 'kudos.given' AND payload->>'giverId' = $1`, [muted.id])).rows;
    expect(kudosRooms).toEqual([{ rooms: [] }]);

    const seen = await gql(muter, THREAD, { id: thread.globalId });
    expect(seen.data.node?.replies.edges.map((edge: { node: unknown }) => edge.node)).toEqual([{ authorMutedByViewer: true }]);
    expect((await gql(world.alice, THREAD, { id: thread.globalId })).data.node?.replies.edges[0].node).toEqual({ authorMutedByViewer: false });
    expect((await gql(null, THREAD, { id: thread.globalId })).data.node?.authorMutedByViewer).toBe(false);
    expect(reply.globalId).toBeDefined();

    const archive = await platform.app.get(TransactionRunner).run((tx) => platform.app.get(DataExportService).buildArchive(tx, muter.id, platform.clock.now()));
    expect(archive.data['mutes']).toEqual({ mutedMembers: [{ handle: muted.handle, mutedAt: expect.any(Date) }] });
    expect(platform.app.get(PersonalDataRegistry).declaredColumns()).toContain('member_mutes.muted_id');
    const mutedArchive = await platform.app.get(TransactionRunner).run((tx) => platform.app.get(DataExportService).buildArchive(tx, muted.id, platform.clock.now()));
    expect(mutedArchive.data['mutes']).toEqual({ mutedMembers: [] });

    expect((await gql(muter, graphql(`mutation MentionsAndMutesUnmuteMember($id: ID!) { unmuteMember(memberId: $id) }`), { id: muted.globalId })).data.unmuteMember).toBe(true);
    expect((await gql(muter, graphql(`mutation MentionsAndMutesUnmuteMember($id: ID!) { unmuteMember(memberId: $id) }`), { id: muted.globalId })).data.unmuteMember).toBe(false);
    await createReply(platform, muted, thread, 'One more thing about pedals.');
    expect((await notificationsFrom(muter, muted)).length).toBeGreaterThan(0);
  });
});
