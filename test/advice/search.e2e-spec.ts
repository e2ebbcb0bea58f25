import { Locale, Visibility } from '@palabre/contracts';
import { ThreadKind } from '@palabre/advice';
import { errorCode, startPlatform, type Platform, type TypedGqlResult } from '../support/harness';
import { adviceWorld, createReply, createThread, hide, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';
import type { SearchSearchQuery } from '../graphql/graphql';

const SEARCH = graphql(`query SearchSearch($input: SearchInput!) {
  search(input: $input) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind rank snippet thread { id title } reply { id } } } }
}`);
const SIMILAR = graphql(`query SearchSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id title } }`);

interface Hit {
  kind: string;
  snippet: string;
  thread: { id: string; title: string };
  reply: { id: string } | null;
}

describe('advice: search', () => {
  let platform: Platform;
  let fr: AdviceWorld;
  let en: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    fr = await adviceWorld(platform, { locale: Locale.FR });
    en = await adviceWorld(platform, { locale: Locale.EN });
  });
  afterAll(() => platform.close());

  const search = async (world: AdviceWorld, query: string, extra: Record<string, unknown> = {}, token = world.alice.token): Promise<Hit[]> => {
    const res = await platform.gql(SEARCH, { input: { communityId: world.community.globalId, query, ...extra } }, { token });
    expect(res.errors).toBeUndefined();
    return res.data.search.edges.map((edge: { node: Hit }) => edge.node);
  };

  it('matches accented and unaccented French forms alike, with highlighted snippets', async () => {
    const thread = await createThread(platform, fr.alice, fr.space, { title: 'Quelle crème pour la chaîne ?', body: 'Je cherche une crème de graissage qui tient sous la pluie.' });
    const reply = await createReply(platform, fr.bob, thread, 'Une creme a base de cire, appliquée chaque semaine.');
    for (const query of ['creme', 'crème', 'CRÈMES']) {
      const hits = await search(fr, query);
      expect(hits.map((hit) => hit.reply?.id ?? hit.thread.id).sort()).toEqual([thread.globalId, reply.globalId].sort());
    }
    const [first] = await search(fr, 'creme', { kinds: ['THREAD'] });
    expect(first).toMatchObject({ kind: 'THREAD', thread: { id: thread.globalId } });
    expect(first.snippet).toContain('<mark>crème</mark>');
    expect(await search(fr, 'chaine')).toHaveLength(1);
  });

  it('stems English words and ranks title matches first', async () => {
    const inTitle = await createThread(platform, en.alice, en.space, { title: 'Disc brakes squeal in the rain', body: 'Any idea?' });
    const inBody = await createThread(platform, en.bob, en.space, { title: 'Weekend ride report', body: 'My brake was fine all weekend.' });
    const hits = await search(en, 'braking', { kinds: ['THREAD'] });
    expect(hits.map((hit) => hit.thread.id)).toEqual([inTitle.globalId, inBody.globalId]);
  });

  it('tolerates typos in titles', async () => {
    const thread = await createThread(platform, en.alice, en.space, { title: 'Which chain lubricant for winter?', body: 'Salt everywhere.' });
    const hits = await search(en, 'lubrcant', { kinds: ['THREAD'] });
    expect(hits.map((hit) => hit.thread.id)).toContain(thread.globalId);
  });

  it('searches replies only when asked to', async () => {
    const thread = await createThread(platform, en.alice, en.space, { title: 'Saddle height question', body: 'How high?' });
    const reply = await createReply(platform, en.bob, thread, 'Use the heel method for the saddle.');
    const hits = await search(en, 'heel method', { kinds: ['REPLY'] });
    expect(hits).toEqual([expect.objectContaining({ kind: 'REPLY', reply: { id: reply.globalId }, thread: expect.objectContaining({ id: thread.globalId }) })]);
  });

  it('never shows hidden content to other members, nor deleted content to anyone', async () => {
    const hiddenThread = await createThread(platform, en.bob, en.space, { title: 'Zeppelin hidden thread', body: 'zeppelin' });
    const visible = await createThread(platform, en.alice, en.space, { title: 'Zeppelin visible thread', body: 'zeppelin' });
    const hiddenReply = await createReply(platform, en.bob, visible, 'zeppelin in a hidden reply');
    await hide(platform, 'threads', hiddenThread.id);
    await hide(platform, 'replies', hiddenReply.id);
    const deleted = await createReply(platform, en.alice, visible, 'zeppelin soon deleted');
    await createReply(platform, en.bob, visible, 'answering it', deleted.id);
    await platform.gql(graphql(`mutation SearchDeletePost($id: ID!) { deletePost(id: $id) }`), { id: deleted.globalId }, { token: en.alice.token });

    const forAlice = await search(en, 'zeppelin');
    expect(forAlice.map((hit) => hit.reply?.id ?? hit.thread.id)).toEqual([visible.globalId]);
    const forModerator = await search(en, 'zeppelin', {}, en.moderator.token);
    expect(forModerator.map((hit) => hit.reply?.id ?? hit.thread.id).sort()).toEqual([hiddenThread.globalId, visible.globalId, hiddenReply.globalId].sort());
  });

  it('never leaks a private community: NOT_FOUND for outsiders, and nothing in other communities’ results', async () => {
    const secret = await adviceWorld(platform, { visibility: Visibility.PRIVATE });
    await createThread(platform, secret.alice, secret.space, { title: 'Quokka secret roadmap', body: 'quokka' });
    expect(errorCode(await platform.gql(SEARCH, { input: { communityId: secret.community.globalId, query: 'quokka' } }, { token: en.alice.token }))).toBe('NOT_FOUND');
    expect(await search(en, 'quokka')).toEqual([]);
    expect(await search(secret, 'quokka')).toHaveLength(1);
    expect(errorCode(await platform.gql(SEARCH, { input: { communityId: secret.community.globalId, query: 'quokka' } }))).toBe('NOT_FOUND');
  });

  it('lets anonymous visitors search public communities, without hidden content', async () => {
    const thread = await createThread(platform, en.alice, en.space, { title: 'Platypus public question', body: 'platypus' });
    const hidden = await createThread(platform, en.bob, en.space, { title: 'Platypus hidden question', body: 'platypus' });
    await hide(platform, 'threads', hidden.id);
    const res = await platform.gql(SEARCH, { input: { communityId: en.community.globalId, query: 'platypus' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges.map((edge: { node: Hit }) => edge.node.thread.id)).toEqual([thread.globalId]);
  });

  it('treats SQL and HTML in queries and content as plain text', async () => {
    const thread = await createThread(platform, en.alice, en.space, { title: 'Weird characters thread', body: 'Pasted <script>alert(1)</script> walrus and more' });
    for (const query of ["'; DROP TABLE threads; --", '") OR 1=1 --', '<script>alert(1)</script>', '!!! & | :* (']) {
      const res = await platform.gql(SEARCH, { input: { communityId: en.community.globalId, query } }, { token: en.alice.token });
      expect(res.errors).toBeUndefined();
    }
    const [hit] = await search(en, 'walrus');
    expect(hit.thread.id).toBe(thread.globalId);
    expect(hit.snippet).not.toContain('<script');
    expect(hit.snippet).toContain('alert(1)');
    expect(hit.snippet).toContain('<mark>walrus</mark>');
    expect((await platform.db.query(`SELECT count(*)::int AS n FROM threads`)).rows[0].n).toBeGreaterThan(0);
  });

  it('pages through hits with cursors', async () => {
    for (let index = 0; index < 3; index += 1) await createThread(platform, en.alice, en.space, { title: `Pelican question number ${index}`, body: 'pelican' });
    const page1 = await platform.gql(SEARCH, { input: { communityId: en.community.globalId, query: 'pelican', first: 2 } }, { token: en.alice.token });
    expect(page1.data.search.edges).toHaveLength(2);
    expect(page1.data.search.pageInfo.hasNextPage).toBe(true);
    expect(page1.data.search.totalCount).toBe(3);
    const page2 = await platform.gql(SEARCH, { input: { communityId: en.community.globalId, query: 'pelican', first: 2, after: page1.data.search.pageInfo.endCursor } }, { token: en.alice.token });
    expect(page2.data.search.edges).toHaveLength(1);
    expect(page2.data.search.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.data.search.edges, ...page2.data.search.edges].map((edge: { node: Hit }) => edge.node.thread.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('answers a signed-in search in 4 SQL statements, its threads read with the hits', async () => {
    for (let index = 0; index < 3; index += 1) await createThread(platform, en.alice, en.space, { title: `Cormorant drying its wings ${index}`, body: 'On the pier.' });
    // Session, community, membership, the hits with their threads and snippets (totalCount would add its count).
    const hitsOnly = graphql(`query SearchSearch2($input: SearchInput!) { search(input: $input) { edges { node { kind snippet thread { id title } reply { id } } } } }`);
    const res = await platform.gql(hitsOnly, { input: { communityId: en.community.globalId, query: 'cormorant' } }, { token: en.alice.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges.map((edge: { node: Hit }) => edge.node.thread.title).sort()).toEqual([0, 1, 2].map((index) => `Cormorant drying its wings ${index}`));
    expect(res.sqlStatements).toBe(4);
  });

  it('keeps a title match first when more posts than a page mention the word in their body', async () => {
    const inTitle = await createThread(platform, en.alice, en.space, { title: 'Ospreys over the estuary', body: 'Seen this morning.' });
    for (let index = 0; index < 11; index += 1) await createThread(platform, en.bob, en.space, { title: `Birding notes ${index}`, body: `An osprey again, day ${index}.` });
    const hits = await search(en, 'osprey', { first: 10 });
    expect(hits).toHaveLength(10);
    expect(hits[0].thread.id).toBe(inTitle.globalId);
  });

  it('pages through title matches, then body matches, then typo matches in titles, then replies', async () => {
    const titles = [
      await createThread(platform, en.alice, en.space, { title: 'Kestrel nesting box', body: 'Where to hang it?' }),
      await createThread(platform, en.bob, en.space, { title: 'A kestrel on the fence', body: 'Photos inside.' }),
    ];
    const bodies = [
      await createThread(platform, en.alice, en.space, { title: 'Garden visitors', body: 'A kestrel hovered over the lawn.' }),
      await createThread(platform, en.bob, en.space, { title: 'Sunday walk', body: 'Two kestrels by the river.' }),
    ];
    const typo = await createThread(platform, en.alice, en.space, { title: 'Kestral sightings', body: 'Near the old mill.' });
    const reply = await createReply(platform, en.bob, typo, 'That was a kestrel, not a hawk.');

    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const res: TypedGqlResult<SearchSearchQuery> = await platform.gql(SEARCH, { input: { communityId: en.community.globalId, query: 'kestrel', first: 2, after } }, { token: en.alice.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.search.totalCount).toBe(6);
      pages.push(res.data.search.edges.map((edge: { node: Hit }) => edge.node.reply?.id ?? edge.node.thread.id));
      if (!res.data.search.pageInfo.hasNextPage) break;
      after = res.data.search.pageInfo.endCursor;
    }
    const ids = (threads: Array<{ globalId: string }>) => threads.map((thread) => thread.globalId).sort();
    expect(pages.map((page, index) => (index < 2 ? [...page].sort() : page))).toEqual([ids(titles), ids(bodies), [typo.globalId, reply.globalId]]);
  });

  it('follows edits and deletions of titles and bodies in the ranking of a one-word search', async () => {
    const ids = async (query: string) => (await search(en, query, { kinds: ['THREAD'] })).map((hit) => hit.thread.id);
    const created = async (author: typeof en.alice, title: string, body: string) => {
      platform.clock.advance(1000);
      return createThread(platform, author, en.space, { title, body });
    };
    const renamed = await created(en.alice, 'Heron sighting at dawn', 'Nothing else to report.');
    const mentioning = await created(en.bob, 'Egret by the pond', 'A heron flew over too.');
    const quiet = await created(en.alice, 'Heron notes', 'Calm morning.');
    const deleted = await created(en.bob, 'Heron log', 'Calm evening.');
    // Same text rank: newest first.
    expect(await ids('heron')).toEqual([deleted.globalId, quiet.globalId, renamed.globalId, mentioning.globalId]);

    const edit = graphql(`mutation SearchEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }`);
    expect((await platform.gql(edit, { input: { id: renamed.globalId, title: 'Egret sighting at dawn', body: 'A quiet morning.' } }, { token: en.alice.token })).errors).toBeUndefined();
    expect((await platform.gql(edit, { input: { id: quiet.globalId, title: 'Heron notes', body: 'A heron, then another heron.' } }, { token: en.alice.token })).errors).toBeUndefined();
    expect(await ids('heron')).toEqual([quiet.globalId, deleted.globalId, mentioning.globalId]);
    expect((await ids('egret')).sort()).toEqual([renamed.globalId, mentioning.globalId].sort());

    expect((await platform.gql(graphql(`mutation SearchDeletePost($id: ID!) { deletePost(id: $id) }`), { id: deleted.globalId }, { token: en.bob.token })).errors).toBeUndefined();
    expect(await ids('heron')).toEqual([quiet.globalId, mentioning.globalId]);
  });

  it('keeps every thread’s title words with its current rank in thread_title_terms', async () => {
    const thread = await createThread(platform, en.alice, en.space, { title: 'Stork nest on the chimney', body: 'A stork, then two.' });
    await platform.gql(graphql(`mutation SearchEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }`), { input: { id: thread.globalId, title: 'Crane nest on the chimney', body: 'A crane.' } }, { token: en.alice.token });
    await createThread(platform, fr.alice, fr.space, { title: 'Cigogne sur la cheminée', body: 'Une cigogne.' });
    const { rows } = await platform.db.query(
      `SELECT (SELECT count(*) FROM thread_title_terms)::int AS stored,
              (SELECT count(*) FROM (SELECT thread_id, term, community_id, rank, created_at FROM thread_title_terms
                                     EXCEPT
                                     SELECT w.* FROM threads t, thread_title_terms_of(t.id, t.community_id, t.search_config, t.title, t.search_vector, t.created_at) w) stale)::int AS stale,
              (SELECT count(*) FROM (SELECT w.* FROM threads t, thread_title_terms_of(t.id, t.community_id, t.search_config, t.title, t.search_vector, t.created_at) w
                                     EXCEPT
                                     SELECT thread_id, term, community_id, rank, created_at FROM thread_title_terms) missing)::int AS missing,
              (SELECT array_agg(term ORDER BY term) FROM thread_title_terms WHERE thread_id = $1) AS terms`,
      [thread.id],
    );
    expect(rows[0]).toEqual({ stored: expect.any(Number), stale: 0, missing: 0, terms: ["'chimney'", "'crane'", "'nest'"] });
    expect(rows[0].stored).toBeGreaterThan(3);
  });

  it('lets a title closer to the query outrank a slightly higher text rank, on every page', async () => {
    const ids = (threads: Array<{ globalId: string }>) => threads.map((thread) => thread.globalId).sort();
    // "owls" in the title: text rank 0.711 (three "owl" in the body) + similarity 0.75 × 0.2 = 0.861.
    const plural: Array<{ globalId: string }> = [];
    for (const place of ['barn', 'field', 'roof']) plural.push(await createThread(platform, en.alice, en.space, { title: `Snowy owls by the ${place}`, body: `owl owl owl near the ${place}` }));
    // "owl": text rank 0.696 (two in the body) + similarity 1 × 0.2 = 0.896, first although ranked lower by text.
    const exact: Array<{ globalId: string }> = [];
    for (const place of ['barn', 'field', 'roof']) exact.push(await createThread(platform, en.bob, en.space, { title: `Tawny owl by the ${place}`, body: `owl owl near the ${place}` }));
    // "owl" in the title only: 0.608 + 0.2 = 0.808, last.
    for (let index = 0; index < 6; index += 1) await createThread(platform, en.alice, en.space, { title: `Owl notes ${index}`, body: `Seen ${index} times.` });

    const page = async (first: number, after?: string) => {
      const res = await platform.gql(SEARCH, { input: { communityId: en.community.globalId, query: 'owl', kinds: ['THREAD'], first, after } }, { token: en.alice.token });
      expect(res.errors).toBeUndefined();
      return res.data.search as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Hit & { rank: number } }> };
    };
    const all = (await page(20)).edges.map((edge) => ({ id: edge.node.thread.id, rank: edge.node.rank }));
    expect(all).toHaveLength(12);
    expect(all.map((hit) => hit.rank)).toEqual([...all.map((hit) => hit.rank)].sort((a, b) => b - a));
    expect(all.slice(0, 3).map((hit) => hit.id).sort()).toEqual(ids(exact));
    expect(all.slice(3, 6).map((hit) => hit.id).sort()).toEqual(ids(plural));

    const paged: typeof all = [];
    let after: string | undefined;
    do {
      const res = await page(2, after);
      paged.push(...res.edges.map((edge) => ({ id: edge.node.thread.id, rank: edge.node.rank })));
      after = res.pageInfo.hasNextPage ? res.pageInfo.endCursor : undefined;
    } while (after);
    expect(paged).toEqual(all);
  });

  it('suggests likely duplicates while a question is being written', async () => {
    const duplicate = await createThread(platform, fr.alice, fr.space, { title: 'Le dérailleur saute sans arrêt', body: 'Ma chaîne saute sur le petit pignon.' });
    await createThread(platform, fr.alice, fr.space, { title: 'Sortie du dimanche matin', body: 'Qui vient rouler ?', kind: ThreadKind.DISCUSSION });
    const res = await platform.gql(SIMILAR, { spaceId: fr.space.globalId, text: 'derailleur qui saute' }, { token: fr.bob.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.similarThreads.map((thread: { id: string }) => thread.id)).toEqual([duplicate.globalId]);
  });
});
