import { Role } from '@palabre/contracts';
import { IdeaStatus } from '@palabre/ideas';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createSpace } from '../support/factories';
import { createIdea, eventsOfType, IDEAS_CONFIG, ideasWorld, IdeasWorld, setStatus, TestIdea } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

const POST = graphql(`mutation IdeaUpdatesPost($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id status nextUpdateDueAt overdue } }`);
const IDEA = graphql(`query IdeaUpdatesIdea($id: ID!) { node(id: $id) { ... on Idea { status nextUpdateDueAt updates { text promisedAt nextUpdateDueAt promiseKept postedBy { handle affiliation } } } } }`);
const DAY = 86_400_000;
const TEXT = 'The prototype lights passed the rain test; road trials start next month.';

/** Progress updates without a status change: the idea keeps its status and its public promise moves. */
describe('workspace: idea progress updates', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let idea: TestIdea;

  const inDays = (days: number) => new Date(platform.clock.now().getTime() + days * DAY).toISOString();
  const post = (token: string, ideaId: string, text: string, nextUpdateDueAt: string) => platform.gql(POST, { input: { ideaId, text, nextUpdateDueAt } }, { token });
  const read = async (ideaId = idea.globalId) => (await platform.gql(IDEA, { id: ideaId }, { token: world.alice.token })).data.node!;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    idea = await createIdea(platform, world.alice, world.space);
    await setStatus(platform, world.staff, idea, IdeaStatus.PLANNED);
    await setStatus(platform, world.staff, idea, IdeaStatus.IN_PROGRESS);
  });
  afterAll(() => platform?.close());

  it('moves nextUpdateDueAt without changing the status, and keeps every update with the promise it answered', async () => {
    const firstPromise = (await read()).nextUpdateDueAt;
    platform.clock.advance(10 * DAY);
    const second = inDays(14);
    const posted = await post(world.staff.token, idea.globalId, TEXT, second);
    expect(posted.errors).toBeUndefined();
    expect(posted.data.postIdeaUpdate).toMatchObject({ status: 'IN_PROGRESS', nextUpdateDueAt: second, overdue: false });

    // The next update comes late: the history says so.
    platform.clock.advance(20 * DAY);
    expect((await read()).nextUpdateDueAt).toBe(second);
    const third = inDays(30);
    expect((await post(world.owner.token, idea.globalId, 'Road trials took longer: the battery pack needed a second supplier.', third)).errors).toBeUndefined();

    const after = await read();
    expect(after?.status).toBe('IN_PROGRESS');
    expect(after?.nextUpdateDueAt).toBe(third);
    expect(after?.updates).toEqual([
      { text: TEXT, promisedAt: firstPromise, nextUpdateDueAt: second, promiseKept: true, postedBy: { handle: world.staff.handle, affiliation: 'BRAND_STAFF' } },
      expect.objectContaining({ promisedAt: second, nextUpdateDueAt: third, promiseKept: false, postedBy: expect.objectContaining({ handle: world.owner.handle }) }),
    ]);
    const [event] = (await eventsOfType(platform, 'idea.progress_updated')).slice(-1);
    expect(event.payload).toMatchObject({ ideaId: idea.id, nextUpdateDueAt: third });
    // Its followers (the author follows their own idea) are told, like of any news on it.
    const told = await platform.db.query(`SELECT DISTINCT member_id FROM notifications WHERE kind = 'idea.progress_updated' AND subject_id = $1`, [idea.globalId]);
    expect(told.rows).toEqual([{ member_id: world.alice.id }]);
  });

  it('is for the brand team of that community: members, moderators and staff of another community are refused', async () => {
    const before = await read();
    for (const member of [world.alice, world.moderator]) expect(errorCode(await post(member.token, idea.globalId, TEXT, inDays(7)))).toBe('FORBIDDEN');
    const elsewhere = await createMember(platform);
    const other = await createCommunity(platform, elsewhere);
    await createSpace(platform, other);
    await addToCommunity(platform, other, world.bob, Role.BRAND_STAFF);
    expect(errorCode(await post(world.bob.token, idea.globalId, TEXT, inDays(7)))).toBe('FORBIDDEN');
    expect(errorCode(await post(world.outsider.token, idea.globalId, TEXT, inDays(7)))).toBe('FORBIDDEN');
    expect(await read()).toEqual(before);
  });

  it('refuses a past or far promise, a short text and a closed idea, changing nothing', async () => {
    const before = await read();
    expect(errorCode(await post(world.staff.token, idea.globalId, TEXT, inDays(-1)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await post(world.staff.token, idea.globalId, TEXT, inDays(400)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await post(world.staff.token, idea.globalId, 'Soon.', inDays(7)))).toBe('BAD_USER_INPUT');
    expect(await read()).toEqual(before);

    const closed = await createIdea(platform, world.bob, world.space);
    await setStatus(platform, world.staff, closed, IdeaStatus.DECLINED, 'We will not build this: it conflicts with the frame safety certification and would double the price of the bike.');
    expect(errorCode(await post(world.staff.token, closed.globalId, TEXT, inDays(7)))).toBe('IDEA_CLOSED');
    expect((await read(closed.globalId)).updates).toEqual([]);
  });
});
