import { IdeaStatus } from '@palabre/ideas';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { createIdea, IDEAS_CONFIG, ideasWorld, IdeasWorld, setStatus } from './ideas-fixtures';
import { graphql } from '../graphql';

const CHANGE = graphql(`mutation StatusPromiseChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status nextUpdateDueAt } }`);
const DAY = 86_400_000;
const RATIONALE = 'We are planning this for the spring range, with the supplier.';

/** A status change may name the date of the next public update the brand promises, instead of the policy's default. */
describe('ideas: the promised update date given with a status change', () => {
  let platform: Platform;
  let world: IdeasWorld;

  const inDays = (days: number) => new Date(platform.clock.now().getTime() + days * DAY).toISOString();
  const change = (ideaId: string, status: IdeaStatus, nextUpdateDueAt?: string | null) =>
    platform.gql(CHANGE, { input: { ideaId, status, rationale: `${RATIONALE} (${status})`, nextUpdateDueAt } }, { token: world.staff.token });

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });
  afterAll(() => platform?.close());

  it('keeps the date given, and the policy default when none is given', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const promised = inDays(12);
    const planned = await change(idea.globalId, IdeaStatus.PLANNED, promised);
    expect(planned.errors).toBeUndefined();
    expect(planned.data.changeIdeaStatus).toEqual({ status: 'PLANNED', nextUpdateDueAt: promised });

    const started = await change(idea.globalId, IdeaStatus.IN_PROGRESS);
    expect(started.errors).toBeUndefined();
    expect(started.data.changeIdeaStatus.nextUpdateDueAt).not.toBe(promised);
    expect(new Date(started.data.changeIdeaStatus.nextUpdateDueAt!).getTime()).toBeGreaterThan(platform.clock.now().getTime());
  });

  it('refuses a date in the past, beyond a year or on a closing status, and changes nothing', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    for (const date of [inDays(-1), inDays(400)]) {
      const refused = await change(idea.globalId, IdeaStatus.PLANNED, date);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.field).toBe('nextUpdateDueAt');
    }
    await setStatus(platform, world.staff, idea, IdeaStatus.PLANNED);
    await setStatus(platform, world.staff, idea, IdeaStatus.IN_PROGRESS);
    const closing = await change(idea.globalId, IdeaStatus.SHIPPED, inDays(10));
    expect(errorCode(closing)).toBe('BAD_USER_INPUT');
    const read = await platform.gql(graphql(`query StatusPromiseNode($id: ID!) { node(id: $id) { ... on Idea { status } } }`), { id: idea.globalId }, { token: world.alice.token });
    expect(read.data.node?.status).toBe('IN_PROGRESS');
  });
});
