import { Role } from '@palabre/contracts';
import { KudosService } from '@palabre/recognition';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { TestCommunity, TestMember, TestSpace } from '../support/factories';
import { as, comment, idea as ideaIn, joined as joinedTo, recognitionWorld, shipIdea, tokenOf as tokenAt } from './recognition-fixtures';
import { graphql } from '../graphql';

/** Recognition on real ideas: kudos fields on ideas and comments, credit accepted through ideas. */
describe('recognition of co-design', () => {
  let platform: Platform;
  let community: TestCommunity;
  let space: TestSpace;
  let staff: TestMember;

  beforeAll(async () => {
    platform = await startPlatform();
    ({ community, ideas: space } = await recognitionWorld(platform));
    staff = await joined(Role.BRAND_STAFF);
  });
  afterAll(() => platform?.close());

  const joined = (role: Role = Role.MEMBER) => joinedTo(platform, community, role);
  const tokenOf = (member: TestMember) => tokenAt(platform, member);
  const idea = (author: TestMember) => ideaIn(platform, space, author);

  it('shows kudos fields on ideas and their comments', async () => {
    const author = await joined();
    const commenter = await joined();
    const proposed = await idea(author);
    const remark = await comment(platform, commenter, proposed);
    const give = graphql(`mutation IdeasRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id }) { id } }`);
    expect((await platform.gql(give, { id: proposed.globalId }, { token: tokenOf(staff) })).errors).toBeUndefined();
    expect((await platform.gql(give, { id: remark.globalId }, { token: tokenOf(author) })).errors).toBeUndefined();

    const query = graphql(`query IdeasRecognitionNode($id: ID!) { node(id: $id) { ... on Idea { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { affiliation } } } }
      comments(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { totalCount } } } } } } }`);
    const seen = await platform.gql(query, { id: proposed.globalId }, { token: tokenOf(author) });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.node).toEqual({
      kudosCount: 1,
      viewerGaveKudos: false,
      kudos: { edges: [{ node: { giver: { affiliation: 'BRAND_STAFF' } } }] },
      comments: { edges: [{ node: { kudosCount: 1, viewerGaveKudos: true, kudos: { totalCount: 1 } } }] },
    });
    const reputations = await platform.db.query(`SELECT member_id, points FROM reputations WHERE member_id = ANY($1::uuid[]) ORDER BY points`, [[author.id, commenter.id]]);
    expect(reputations.rows.map((row) => row.points)).toEqual([1, 1]);
    await platform.app.get(KudosService).withdraw(as(staff), proposed.globalId);
    expect((await platform.db.query(`SELECT kudos_count FROM ideas WHERE id = $1`, [proposed.id])).rows[0].kudos_count).toBe(0);
  });

  it('adds 10 and the co-creator badge when a credited member accepts credit for a shipped idea', async () => {
    const author = await joined();
    const proposed = await idea(author);
    await shipIdea(platform, staff, proposed);

    const accept = graphql(`mutation IdeasRecognitionAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }`);
    const accepted = await platform.gql(accept, { id: proposed.globalId }, { token: tokenOf(author) });
    expect(accepted.errors).toBeUndefined();
    const shown = await platform.gql(graphql(`query IdeasRecognitionMe($c: ID!) { me { reputation(communityId: $c) badges(communityId: $c) { kind } } }`), { c: community.globalId }, { token: tokenOf(author) });
    expect(shown.data.me).toEqual({ reputation: 10, badges: [{ kind: 'CO_CREATOR' }] });

    const again = await platform.gql(accept, { id: proposed.globalId }, { token: tokenOf(author) });
    expect(errorCode(again) ?? 'no error').not.toBe('INTERNAL_SERVER_ERROR');
    const after = await platform.gql(graphql(`query IdeasRecognitionMe2($c: ID!) { me { reputation(communityId: $c) } }`), { c: community.globalId }, { token: tokenOf(author) });
    expect(after.data.me.reputation).toBe(10);
  });
});
