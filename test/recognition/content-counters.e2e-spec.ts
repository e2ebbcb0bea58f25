import { Role } from '@palabre/contracts';
import { ContentRegistry, TransactionRunner } from '@palabre/core';
import { Platform, startPlatform } from '../support/harness';
import { comment, idea, joined, kudosCountOf, question, recognitionWorld, reply, TestPost } from './recognition-fixtures';
import { graphql } from '../graphql';

const GIVE = graphql(`mutation ContentCountersGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`);
const WITHDRAW = graphql(`mutation ContentCountersWithdraw($id: ID!) { withdrawKudos(contentId: $id) }`);
const TYPE_NAMES = { threads: 'Thread', replies: 'Reply', ideas: 'Idea', idea_comments: 'IdeaComment' } as const;

/** Every owner of content keeps its kudos counter through core's one rule (adjustContentKudosCount). */
describe('kudos counters of every kind of content', () => {
  let platform: Platform;
  let posts: TestPost[];

  beforeAll(async () => {
    platform = await startPlatform();
    const world = await recognitionWorld(platform);
    const author = await joined(platform, world.community, Role.MEMBER);
    const thread = await question(platform, world.discussion, author);
    const target = await idea(platform, world.ideas, author);
    posts = [thread, await reply(platform, author, thread), target, await comment(platform, author, target)];
    const givers = [await joined(platform, world.community), await joined(platform, world.community)];
    for (const post of posts) for (const giver of givers) expect((await platform.gql(GIVE, { input: { contentId: post.globalId } }, { token: giver.token })).errors).toBeUndefined();
    for (const post of posts) expect((await platform.gql(WITHDRAW, { id: post.globalId }, { token: givers[0].token })).errors).toBeUndefined();
  });
  afterAll(() => platform?.close());

  async function kudosRows(post: TestPost): Promise<number> {
    const { rows } = await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM kudos WHERE content_id = $1`, [post.id]);
    return rows[0].n;
  }

  it('moves each counter by exactly the kudos rows given and withdrawn, for threads, replies, ideas and comments alike', async () => {
    for (const post of posts) {
      expect(await kudosCountOf(platform, post)).toBe(1);
      expect(await kudosRows(post)).toBe(1);
    }
  });

  it('refuses, for every kind alike, to take a counter below zero instead of clamping a drift away', async () => {
    const registry = platform.app.get(ContentRegistry);
    const db = platform.app.get(TransactionRunner);
    for (const post of posts) {
      const provider = registry.providerFor(TYPE_NAMES[post.table])!;
      await expect(db.run((tx) => provider.adjustKudosCount(tx, post.id, -2))).rejects.toThrow();
      expect(await kudosCountOf(platform, post)).toBe(1);
    }
  });
});
