import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { IdeasService } from '@palabre/ideas';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { graphql } from '../graphql';
import type { ModerationAction } from '../graphql/graphql';

/** A suspension reaches ideas' writes through core's WriteGate, without ideas knowing moderation. */
describe('moderation on ideas', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let author: TestMember;
  let suspended: TestMember;
  let community: TestCommunity;
  let ideasSpace: TestSpace;
  let ideaId: string;
  let ideaLocalId: string;

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', POST_FLOOD_INTERVAL_SECONDS: '0' } });
    [owner, moderator, author, suspended] = await createMembers(platform, 4);
    community = await createCommunity(platform, owner);
    ideasSpace = await createSpace(platform, community, SpaceKind.IDEAS);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, author);
    await addToCommunity(platform, community, suspended);
    const idea = await platform.app.get(IdeasService).proposeIdea(author.ctx, { spaceId: ideasSpace.id, campaignId: null, title: 'Add a bell to every bike', body: 'Safer rides in town.', tags: [] });
    ideaLocalId = idea.id;
    ideaId = toGlobalId('Idea', idea.id);
    const result = await platform.gql(
      graphql(`mutation IdeasIntegrationSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`),
      { input: { communityId: community.globalId, memberId: suspended.globalId, until: new Date(platform.clock.now().getTime() + 86_400_000).toISOString(), reason: 'Spammed the ideas space' } },
      { token: moderator.token },
    );
    expect(result.errors).toBeUndefined();
  });

  afterAll(() => platform?.close());

  it('refuses proposing, supporting and commenting to a suspended member (SUSPENDED)', async () => {
    const propose = await platform.gql(graphql(`mutation IdeasIntegrationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`), { input: { spaceId: ideasSpace.globalId, title: 'Another idea from me', body: 'Body', tags: [] } }, { token: suspended.token });
    expect(errorCode(propose)).toBe('SUSPENDED');
    expect(errorCode(await platform.gql(graphql(`mutation IdeasIntegrationSupportIdea($id: ID!) { supportIdea(ideaId: $id) { id } }`), { id: ideaId }, { token: suspended.token }))).toBe('SUSPENDED');
    const comment = await platform.gql(graphql(`mutation IdeasIntegrationCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }`), { input: { ideaId, body: 'Me too' } }, { token: suspended.token });
    expect(errorCode(comment)).toBe('SUSPENDED');
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM ideas WHERE author_id = $1`, [suspended.id]);
    expect(rows[0].count).toBe(0);
  });

  it('locks and hides an idea through its content provider', async () => {
    const moderate = (action: ModerationAction) => platform.gql(graphql(`mutation IdeasIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { action } }`), { input: { contentId: ideaId, action, reason: 'Duplicate of the horn idea' } }, { token: moderator.token });
    expect((await moderate('LOCK')).errors).toBeUndefined();
    expect((await moderate('HIDE')).errors).toBeUndefined();
    const { rows } = await platform.db.query(`SELECT hidden_at IS NOT NULL AS hidden, locked_at IS NOT NULL AS locked FROM ideas WHERE id = $1`, [ideaLocalId]);
    expect(rows[0]).toEqual({ hidden: true, locked: true });
  });
});
