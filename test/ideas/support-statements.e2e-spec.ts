import { startPlatform, type Platform } from '../support/harness';
import { IdeasErrorCode } from '@palabre/contracts';
import { createIdea, IDEAS_CONFIG, ideasWorld, setPolicy, supportState, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const SUPPORT = graphql(`mutation SupportStatementsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }`);

/** supportIdea's statements as production sends them: sessions, communities and roles kept in memory (issue 21). */
describe('ideas: statements of a support, caches on', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { ...IDEAS_CONFIG, SESSION_CACHE_MAX_ENTRIES: '1000', COMMUNITY_CACHE_MAX_ENTRIES: '1000' } });
    world = await ideasWorld(platform);
  });
  afterAll(() => platform.close());

  it('sends 6 statements for a support by a known member, counting exactly and idempotently', async () => {
    const first = await createIdea(platform, world.alice, world.space);
    const idea = await createIdea(platform, world.alice, world.space);
    expect((await platform.gql(SUPPORT, { id: first.globalId }, { token: world.bob.token })).errors).toBeUndefined();
    // The idea with its space's policy (access, counting rule); BEGIN; the suspension, the support and its counter in one
    // statement; the outbox; COMMIT; the notification after it. Idea.viewerSupports comes from the write (10 before).
    const res = await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.bob.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.supportIdea).toMatchObject({ supportCount: 1, viewerSupports: true });
    expect(res.sqlStatements).toBe(6);
    const again = await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.bob.token });
    expect(again.data.supportIdea).toMatchObject({ supportCount: 1, viewerSupports: true });
    const { rows } = await platform.db.query(`SELECT support_count, (SELECT count(*)::int FROM idea_supports WHERE idea_id = i.id) AS rows FROM ideas i WHERE id = $1`, [idea.id]);
    expect(rows[0]).toEqual({ support_count: 1, rows: 1 });
  });

  it('applies a policy set between two supports to the second (read with the idea, never kept)', async () => {
    const [kept, refused] = [await createIdea(platform, world.alice, world.space), await createIdea(platform, world.alice, world.space)];
    expect((await platform.gql(SUPPORT, { id: kept.globalId }, { token: world.bob.token })).errors).toBeUndefined();
    const { rows } = await platform.db.query(
      `SELECT count(*)::int AS count FROM idea_supports s JOIN ideas i ON i.id = s.idea_id WHERE s.member_id = $1 AND i.space_id = $2 AND i.status = 'OPEN'`,
      [world.bob.id, world.space.id],
    );
    await setPolicy(platform, world.owner, world.space, { supportBudget: rows[0].count });
    const res = await platform.gql(SUPPORT, { id: refused.globalId }, { token: world.bob.token });
    expect(res.errors?.[0]?.extensions?.code).toBe(IdeasErrorCode.SupportBudgetExceeded);
    expect(await supportState(platform, refused)).toMatchObject({ count: 0, rows: 0 });
    await setPolicy(platform, world.owner, world.space, { supportBudget: null });
    expect((await platform.gql(SUPPORT, { id: refused.globalId }, { token: world.bob.token })).errors).toBeUndefined();
    expect(await supportState(platform, refused)).toMatchObject({ count: 1, rows: 1 });
  });
});
