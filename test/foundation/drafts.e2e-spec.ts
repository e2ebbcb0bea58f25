import { SpaceKind, Visibility } from '@palabre/contracts';
import { TransactionRunner } from '@palabre/core';
import { DataExportService, RetentionService } from '@palabre/privacy';
import { errorCode, startPlatform, type Platform, type TypedDocument } from '../support/harness';
import { castWorld, createSpace, type CastWorld, type TestMember } from '../support/factories';
import { createReply, createThread } from '../advice/advice-fixtures';
import { createIdea } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';
import type { SaveDraftInput } from '../graphql/graphql';

const SAVE = graphql(`mutation DraftsSave($input: SaveDraftInput!) { saveDraft(input: $input) { id placeId title body updatedAt } }`);
const DRAFT = graphql(`query DraftsDraft($placeId: ID!) { draft(placeId: $placeId) { placeId title body } }`);
const MINE = graphql(`query DraftsMine { myDrafts { placeId title body } }`);
const DELETE = graphql(`mutation DraftsDelete($placeId: ID!) { deleteDraft(placeId: $placeId) }`);

describe('drafts', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false', POST_FLOOD_INTERVAL_SECONDS: '0' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform?.close());

  const gql = <TData, TVariables>(member: TestMember | null, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, member ? { token: member.token } : {});
  const save = (member: TestMember | null, input: SaveDraftInput) => gql(member, SAVE, { input });

  it('keeps one draft per place and member, and restores it in a new session', async () => {
    const first = await save(world.alice, { placeId: world.space.globalId, title: 'Creaking bottom bracket', body: 'It creaks when I' });
    expect(first.errors).toBeUndefined();
    const second = await save(world.alice, { placeId: world.space.globalId, title: 'Creaking bottom bracket', body: 'It creaks when I climb out of the saddle.' });
    expect(second.data.saveDraft.id).toBe(first.data.saveDraft.id);
    await save(world.bob, { placeId: world.space.globalId, body: 'Bob is writing too' });

    const signIn = await gql(null, graphql(`mutation DraftsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`), { input: { email: world.alice.email, password: world.alice.password } });
    const elsewhere = { ...world.alice, token: signIn.data.signIn.accessToken as string };
    expect((await gql(elsewhere, DRAFT, { placeId: world.space.globalId })).data.draft).toEqual({ placeId: world.space.globalId, title: 'Creaking bottom bracket', body: 'It creaks when I climb out of the saddle.' });
    expect((await gql(elsewhere, MINE)).data.myDrafts).toEqual([{ placeId: world.space.globalId, title: 'Creaking bottom bracket', body: 'It creaks when I climb out of the saddle.' }]);
  });

  it('deletes the author’s draft of a place when they post there, and only theirs', async () => {
    await save(world.alice, { placeId: world.space.globalId, body: 'A question in the making' });
    await save(world.bob, { placeId: world.space.globalId, body: 'Bob is writing too' });
    const thread = await createThread(platform, world.alice, world.space, { title: 'Posted at last', body: 'The question itself.' });
    expect((await gql(world.alice, DRAFT, { placeId: world.space.globalId })).data.draft).toBeNull();
    expect((await gql(world.bob, DRAFT, { placeId: world.space.globalId })).data.draft).toMatchObject({ body: 'Bob is writing too' });

    await save(world.bob, { placeId: thread.globalId, body: 'My answer would be' });
    await createReply(platform, world.bob, thread, 'My answer is this.');
    expect((await gql(world.bob, DRAFT, { placeId: thread.globalId })).data.draft).toBeNull();

    const ideas = await createSpace(platform, world.community, SpaceKind.IDEAS);
    expect((await save(world.alice, { placeId: ideas.globalId, title: 'An idea in progress', body: 'Integrated lights' })).errors).toBeUndefined();
    expect((await gql(world.alice, DRAFT, { placeId: ideas.globalId })).data.draft).toMatchObject({ body: 'Integrated lights' });
    await createIdea(platform, world.alice, ideas, { title: 'Integrated lights everywhere' });
    const left = await gql(world.alice, DRAFT, { placeId: ideas.globalId });
    expect(left.errors).toBeUndefined();
    expect(left.data.draft).toBeNull();
    expect((await gql(world.alice, DELETE, { placeId: ideas.globalId })).data.deleteDraft).toBe(false);
  });

  it('refuses places one may not write in, with codes, and changes nothing', async () => {
    const hidden = await castWorld(platform, SpaceKind.DISCUSSION, { visibility: Visibility.PRIVATE });
    expect(errorCode(await save(world.alice, { placeId: hidden.space.globalId, body: 'Sneaking in' }))).toBe('NOT_FOUND');
    expect(errorCode(await save(world.outsider, { placeId: world.space.globalId, body: 'Not a member' }))).toBe('FORBIDDEN');
    expect(errorCode(await save(null, { placeId: world.space.globalId, body: 'Anonymous' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await save(world.alice, { placeId: world.community.globalId, body: 'Wrong kind of place' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await save(world.alice, { placeId: world.space.globalId, body: '   ' }))).toBe('BAD_USER_INPUT');
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM drafts WHERE member_id = ANY($1::uuid[])`, [[world.outsider.id]]);
    expect(rows[0].n).toBe(0);
  });

  it('is part of the export and purged after 90 days untouched', async () => {
    await save(world.moderator, { placeId: world.space.globalId, body: 'A moderator note in progress' });
    const archive = await platform.app.get(TransactionRunner).run((tx) => platform.app.get(DataExportService).buildArchive(tx, world.moderator.id, platform.clock.now()));
    expect(archive.data['drafts']).toEqual({ drafts: [expect.objectContaining({ body: 'A moderator note in progress' })] });

    await platform.db.query(`UPDATE drafts SET updated_at = $2::timestamptz - interval '91 days' WHERE member_id = $1`, [world.moderator.id, platform.clock.now()]);
    await platform.app.get(RetentionService).purge();
    expect((await gql(world.moderator, DRAFT, { placeId: world.space.globalId })).data.draft).toBeNull();
    expect((await gql(world.bob, DRAFT, { placeId: world.space.globalId })).data.draft).not.toBeNull();
  });
});
