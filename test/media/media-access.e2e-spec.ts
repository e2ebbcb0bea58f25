import { SpaceKind, Visibility } from '@palabre/contracts';
import { PersonalDataRegistry, RequestContext, TransactionRunner } from '@palabre/core';
import { IdeasService } from '@palabre/ideas';
import { DataExportService } from '@palabre/privacy';
import { castWorld, CastWorld, TestMember } from '../support/factories';
import { Platform, startPlatform } from '../support/harness';
import { fetchImage, smallPng, temporaryDataDir, upload } from './media-fixtures';
import { graphql } from '../graphql';

const START_THREAD = graphql(`mutation MediaAccessStartThread($input: StartThreadInput!) { startThread(input: $input) { id bodyHtml } }`);
const REPLY = graphql(`mutation MediaAccessReply($input: ReplyInput!) { reply(input: $input) { id bodyHtml } }`);
const EDIT = graphql(`mutation MediaAccessEdit($input: EditPostInput!) { editPost(input: $input) { __typename ... on Thread { bodyHtml } } }`);
const DELETE = graphql(`mutation MediaAccessDelete($id: ID!) { deletePost(id: $id) }`);
const MODERATE = graphql(`mutation MediaAccessModerate($input: ModerateInput!) { moderate(input: $input) { id } }`);

describe('images in posts', () => {
  let platform: Platform;
  let open: CastWorld;
  let closed: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { DATA_DIR: temporaryDataDir() } });
    open = await castWorld(platform, SpaceKind.DISCUSSION);
    closed = await castWorld(platform, SpaceKind.DISCUSSION, { visibility: Visibility.PRIVATE });
  });
  afterAll(() => platform.close());

  async function uploadAs(member: TestMember, colour = '#468'): Promise<string> {
    const answer = await upload(platform, await smallPng(colour), { token: member.token, type: 'image/png' });
    expect(answer.status).toBe(201);
    return answer.body.id;
  }

  async function threadWith(world: CastWorld, author: TestMember, body: string): Promise<{ id: string; bodyHtml: string }> {
    const res = await platform.gql(START_THREAD, { input: { spaceId: world.space.globalId, kind: 'QUESTION', title: 'My hinge cracked', body, tags: [] } }, { token: author.token });
    expect(res.errors).toBeUndefined();
    return res.data.startThread;
  }

  const attachment = async (imageId: string) =>
    (await platform.db.query(`SELECT post_kind, post_id, deleted_at FROM media_images WHERE id = $1`, [imageId])).rows[0] as { post_kind: string | null; post_id: string | null; deleted_at: Date | null } | undefined;

  async function mediaCookie(member: TestMember): Promise<string> {
    const response = await fetch(`${platform.apiUrl}/media/session`, { method: 'POST', headers: { authorization: `Bearer ${member.token}` } });
    expect(response.status).toBe(204);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^palabre_media=.+; Max-Age=\d+; Path=\/media; Expires=.+; HttpOnly; SameSite=Lax$/);
    return cookie.split(';')[0];
  }

  it("keeps the author's own images with their size and lazy loading, and turns any other image into its alt text", async () => {
    const own = await uploadAs(open.alice);
    const bobs = await uploadAs(open.bob, '#933');

    const thread = await threadWith(open, open.alice, `Look: ![the crack](/media/${own})\n\n![someone else's](/media/${bobs}) and ![tracker](https://evil.test/pixel.gif)`);

    expect(thread.bodyHtml).toBe(`<p>Look: <img src="/media/${own}/w1280" alt="the crack" width="40" height="30" loading="lazy" decoding="async" /></p>\n<p>someone else's and tracker</p>`);
    expect(await attachment(own)).toMatchObject({ post_kind: 'THREAD', post_id: expect.any(String), deleted_at: null });
    // Bob's image stays his, pending, unseen by others.
    expect(await attachment(bobs)).toMatchObject({ post_kind: null, post_id: null });
    const served = await fetchImage(platform, `/media/${own}/w1280`);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetchImage(platform, `/media/${bobs}`)).status).toBe(404);
  });

  it('does not let an image already in one post move to another', async () => {
    const image = await uploadAs(open.alice);
    await threadWith(open, open.alice, `![first](/media/${image})`);
    const second = await threadWith(open, open.alice, `![again](/media/${image})`);
    expect(second.bodyHtml).toBe('<p>again</p>');
  });

  it('shows the images of a private community to its members only, through the media cookie', async () => {
    const image = await uploadAs(closed.alice);
    await threadWith(closed, closed.alice, `![inside](/media/${image})`);
    const path = `/media/${image}/w480`;

    expect((await fetchImage(platform, path)).status).toBe(404);
    expect((await fetchImage(platform, path, { token: closed.outsider.token })).status).toBe(404);
    expect((await fetchImage(platform, path, { cookie: await mediaCookie(closed.outsider) })).status).toBe(404);
    const member = await fetchImage(platform, path, { cookie: await mediaCookie(closed.bob) });
    expect(member.status).toBe(200);
    expect(member.headers.get('cache-control')).toBe('private, max-age=300');
    // A forged cookie proves nobody.
    expect((await fetchImage(platform, path, { cookie: `palabre_media=${closed.bob.id}.x.9999999999.forged` })).status).toBe(404);
  });

  it('ends the media session when it is closed or the member signs out', async () => {
    const response = await fetch(`${platform.apiUrl}/media/session`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^palabre_media=; Path=\/media; Expires=Thu, 01 Jan 1970/);
    const image = await uploadAs(closed.alice);
    await threadWith(closed, closed.alice, `![inside](/media/${image})`);
    const cookie = await mediaCookie(closed.bob);
    expect((await platform.gql(graphql(`mutation MediaAccessSignOut { signOut }`), {}, { token: closed.bob.token })).data?.signOut).toBe(true);
    expect((await fetchImage(platform, `/media/${image}`, { cookie })).status).toBe(404);
  });

  it('hides the image with its hidden post: only its author and the moderators still see it', async () => {
    const image = await uploadAs(open.alice);
    const thread = await threadWith(open, open.alice, `![soon hidden](/media/${image})`);
    const hidden = await platform.gql(MODERATE, { input: { contentId: thread.id, action: 'HIDE', reason: 'Off topic for this space' } }, { token: open.moderator.token });
    expect(hidden.errors).toBeUndefined();

    expect((await fetchImage(platform, `/media/${image}`)).status).toBe(404);
    expect((await fetchImage(platform, `/media/${image}`, { token: open.bob.token })).status).toBe(404);
    expect((await fetchImage(platform, `/media/${image}`, { token: open.alice.token })).status).toBe(200);
    const moderator = await fetchImage(platform, `/media/${image}`, { token: open.moderator.token });
    expect(moderator.status).toBe(200);
    expect(moderator.headers.get('cache-control')).toBe('private, max-age=300');
  });

  it('deletes the image with its deleted post, and the images an edit removes', async () => {
    const thread = await threadWith(open, open.bob, 'A question without pictures');
    const kept = await uploadAs(open.alice);
    const dropped = await uploadAs(open.alice);
    const reply = await platform.gql(REPLY, { input: { threadId: thread.id, body: `![a](/media/${kept}) ![b](/media/${dropped})` } }, { token: open.alice.token });
    expect(reply.errors).toBeUndefined();
    const own = await uploadAs(open.bob);
    const edited = await platform.gql(EDIT, { input: { id: thread.id, body: `Now with a picture ![mine](/media/${own})` } }, { token: open.bob.token });
    expect(edited.data.editPost).toMatchObject({ bodyHtml: expect.stringContaining(`<img src="/media/${own}/w1280"`) });

    const removed = await platform.gql(EDIT, { input: { id: thread.id, body: 'Picture removed' } }, { token: open.bob.token });
    expect(removed.errors).toBeUndefined();
    expect((await fetchImage(platform, `/media/${own}`, { token: open.bob.token })).status).toBe(404);

    expect((await platform.gql(DELETE, { id: reply.data.reply.id }, { token: open.alice.token })).data.deletePost).toBe(true);
    for (const image of [kept, dropped]) {
      expect((await fetchImage(platform, `/media/${image}`, { token: open.alice.token })).status).toBe(404);
      expect((await attachment(image))?.deleted_at).toBeInstanceOf(Date);
    }
  });

  it('attaches images to ideas and comments too, and lists them in the owner’s export', async () => {
    const ideas = await castWorld(platform, SpaceKind.IDEAS);
    const [forIdea, forComment] = [await uploadAs(ideas.alice), await uploadAs(ideas.alice)];
    const service = platform.app.get(IdeasService);
    const idea = await service.proposeIdea(RequestContext.forMember(ideas.alice.id), { spaceId: ideas.space.id, campaignId: null, title: 'A stronger hinge', body: `Like this ![sketch](/media/${forIdea})`, tags: [] });
    const comment = await service.commentOnIdea(RequestContext.forMember(ideas.alice.id), { ideaId: idea.id, body: `Detail ![detail](/media/${forComment})`, inReplyToId: null });

    expect(idea.body_html).toContain(`<img src="/media/${forIdea}/w1280"`);
    expect(comment.body_html).toContain(`<img src="/media/${forComment}/w1280"`);
    expect(await attachment(forIdea)).toMatchObject({ post_kind: 'IDEA', post_id: idea.id });
    expect(await attachment(forComment)).toMatchObject({ post_kind: 'IDEA_COMMENT', post_id: comment.id });
    expect((await fetchImage(platform, `/media/${forComment}/w480`)).status).toBe(200);

    const archive = await platform.app.get(TransactionRunner).run((tx) => platform.app.get(DataExportService).buildArchive(tx, ideas.alice.id, platform.clock.now()));
    const exported = archive.data['media']['images'] as Array<{ id: string; url: string; postKind: string }>;
    // Uploaded at the same instant (the test clock stands still): the order is the ids'.
    expect(exported.map((image) => [image.id, image.postKind, image.url]).sort()).toEqual(
      [
        [forIdea, 'IDEA', `/media/${forIdea}`],
        [forComment, 'IDEA_COMMENT', `/media/${forComment}`],
      ].sort(),
    );
  });

  it('erases images with their owner: all of them with DELETE, only the unposted ones with ANONYMISE', async () => {
    const media = platform.app.get(PersonalDataRegistry).providers().find((provider) => provider.feature === 'media')!;
    const erase = (member: TestMember, choice: 'DELETE' | 'ANONYMISE') => platform.app.get(TransactionRunner).run((tx) => media.erase(tx, member.id, choice, 'former member #1'));
    const world = await castWorld(platform, SpaceKind.DISCUSSION);
    const [alicePosted, alicePending] = [await uploadAs(world.alice), await uploadAs(world.alice)];
    const [bobPosted, bobPending] = [await uploadAs(world.bob), await uploadAs(world.bob)];
    await threadWith(world, world.alice, `![kept](/media/${alicePosted})`);
    await threadWith(world, world.bob, `![kept](/media/${bobPosted})`);

    await erase(world.alice, 'ANONYMISE');
    await erase(world.bob, 'DELETE');

    expect((await fetchImage(platform, `/media/${alicePosted}`)).status).toBe(200);
    for (const gone of [alicePending, bobPosted, bobPending]) expect((await attachment(gone))?.deleted_at).toBeInstanceOf(Date);
    expect((await fetchImage(platform, `/media/${bobPosted}`)).status).toBe(404);
  });
});
