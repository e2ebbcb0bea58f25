import { Platform, startPlatform, readUntil } from '../support/harness';
import { castWorld, type CastWorld } from '../support/factories';
import { SpaceKind } from '@palabre/contracts';
import { graphql } from '../graphql';

const SHOWN = graphql(`query CommunitiesCacheShown($c: ID!, $s: ID!) { c: node(id: $c) { ... on Community { name memberCount viewerRole } } s: node(id: $s) { ... on Space { name } } }`);
const JOIN = graphql(`mutation CommunitiesCacheJoin($id: ID!) { joinCommunity(communityId: $id) { role } }`);

/** Communities keeps spaces, communities and viewers' roles in memory (CommunityRowsCache); every write to them makes it forget. */
describe('communities cache', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { COMMUNITY_CACHE_MAX_ENTRIES: '1000' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  const shown = async (token: string) => platform.gql(SHOWN, { c: world.community.globalId, s: world.space.globalId }, { token });

  it('reads a space, its community and the viewer role once, then answers without them', async () => {
    const first = await shown(world.alice.token);
    // The setup's own commits notify the cache too; one may arrive over LISTEN just after the first read and
    // rightly empty it. A cache that never keeps anything still fails here (the count never drops).
    const second = await readUntil(() => shown(world.alice.token), (result) => result.sqlStatements <= first.sqlStatements - 2);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(first.data.c?.viewerRole).toBe('MEMBER');
    expect(second.sqlStatements).toBeLessThanOrEqual(first.sqlStatements - 2);
  });

  it('forgets them at once after a write of the api itself (a member joining)', async () => {
    const before = await shown(world.outsider.token);
    expect(before.data.c?.viewerRole).toBeNull();
    expect((await platform.gql(JOIN, { id: world.community.globalId }, { token: world.outsider.token })).data.joinCommunity.role).toBe('MEMBER');
    const after = await shown(world.outsider.token);
    expect(after.data.c?.viewerRole).toBe('MEMBER');
    expect(after.data.c?.memberCount).toBe(before.data.c!.memberCount + 1);
  });

  it('forgets them when another process or connection changes them (LISTEN)', async () => {
    await shown(world.bob.token);
    // The spec's own pool is another connection, as psql or another api process would be.
    await platform.db.query(`UPDATE communities SET name = 'Renamed elsewhere' WHERE id = $1`, [world.community.id]);
    await platform.db.query(`UPDATE spaces SET name = 'Space renamed elsewhere' WHERE id = $1`, [world.space.id]);
    await platform.db.query(`UPDATE memberships SET role = 'MODERATOR' WHERE community_id = $1 AND member_id = $2`, [world.community.id, world.bob.id]);
    const after = await readUntil(
      () => shown(world.bob.token),
      (result) => result.data?.c?.viewerRole === 'MODERATOR' && result.data?.c?.name === 'Renamed elsewhere' && result.data?.s?.name === 'Space renamed elsewhere',
    );
    expect(after.data).toMatchObject({ c: { name: 'Renamed elsewhere', viewerRole: 'MODERATOR' }, s: { name: 'Space renamed elsewhere' } });
  });
});
