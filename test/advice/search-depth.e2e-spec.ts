import { Locale } from '@palabre/contracts';
import { startPlatform, type Platform } from '../support/harness';
import { adviceWorld, createReply, createThread, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';

const SEARCH = graphql(`query SearchDepthSearch($input: SearchInput!) {
  search(input: $input) { totalCount edges { node { kind snippet thread { id title } reply { id } } } }
}`);

interface Hit {
  kind: string;
  snippet: string;
  thread: { id: string; title: string };
  reply: { id: string } | null;
}

/** Typos in bodies, synonyms, websearch syntax and plain-text snippets. */
describe('advice: search people trust', () => {
  let platform: Platform;
  let fr: AdviceWorld;
  let en: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    fr = await adviceWorld(platform, { locale: Locale.FR });
    en = await adviceWorld(platform, { locale: Locale.EN });
  });
  afterAll(() => platform.close());

  const search = async (world: AdviceWorld, query: string, extra: Record<string, unknown> = {}): Promise<Hit[]> => {
    const res = await platform.gql(SEARCH, { input: { communityId: world.community.globalId, query, ...extra } }, { token: world.alice.token });
    expect(res.errors).toBeUndefined();
    return res.data.search.edges.map((edge: { node: Hit }) => edge.node);
  };
  const threadIds = (hits: Hit[]) => hits.map((hit) => hit.thread.id);

  it('finds a word of a body despite a typo in the query ("chiane" finds "chaîne")', async () => {
    const thread = await createThread(platform, fr.alice, fr.space, { title: 'Bruit au pédalage', body: 'Ma chaîne grince depuis la dernière sortie sous la pluie.' });
    expect(threadIds(await search(fr, 'chiane'))).toContain(thread.globalId);
    const [hit] = await search(fr, 'chiane grince');
    expect(hit.thread.id).toBe(thread.globalId);
    expect(hit.snippet).toContain('<mark>chaîne</mark>');
  });

  it('matches British and American spellings and French variants through the synonym dictionary', async () => {
    const american = await createThread(platform, en.bob, en.space, { title: 'Puncture on the commute', body: 'My rear tire went flat twice this week.' });
    const british = await createThread(platform, en.alice, en.space, { title: 'Frame paint question', body: 'Is the grey colour available for the new frame?' });
    expect(threadIds(await search(en, 'tyre'))).toContain(american.globalId);
    expect(threadIds(await search(en, 'color'))).toContain(british.globalId);
    expect(threadIds(await search(en, 'gray frame'))).toContain(british.globalId);
    const [hit] = await search(en, 'tyre');
    expect(hit.snippet).toContain('<mark>tire</mark>');

    const clef = await createThread(platform, fr.bob, fr.space, { title: 'Outil pour le boîtier', body: 'Quelle clef faut-il pour démonter le pédalier ?' });
    expect(threadIds(await search(fr, 'clé'))).toContain(clef.globalId);
  });

  it('excludes -words and matches "phrases" (websearch syntax)', async () => {
    const disc = await createThread(platform, en.alice, en.space, { title: 'Squealing brakes after rain', body: 'Hydraulic disc brakes squeal when wet.' });
    const rim = await createThread(platform, en.bob, en.space, { title: 'Squealing brakes on the tandem', body: 'Rim brakes with new pads.' });
    expect(threadIds(await search(en, 'squealing -disc', { kinds: ['THREAD'] }))).toEqual([rim.globalId]);
    expect(threadIds(await search(en, '"disc brakes"', { kinds: ['THREAD'] }))).toEqual([disc.globalId]);
    expect(threadIds(await search(en, '"brakes disc"', { kinds: ['THREAD'] }))).toEqual([]);
  });

  it('shows snippets as plain text with the match highlighted, never Markdown', async () => {
    const thread = await createThread(platform, fr.alice, fr.space, {
      title: 'Entretien du cuir',
      body: '## Ma méthode\n\nUne **crème** neutre, voir [la notice](https://example.com/notice-creme) et `huile_de_lin` :\n\n- une couche\n- > sécher _longtemps_ ![photo](https://example.com/p.jpg)\n\n```\ncode brut\n```',
    });
    const reply = await createReply(platform, fr.bob, thread, 'J’utilise la même **crème**, *très* bien.');
    const hits = await search(fr, 'crème notice', { kinds: ['THREAD'] });
    const hit = hits.find((candidate) => candidate.thread.id === thread.globalId)!;
    expect(hit.snippet).toContain('<mark>crème</mark>');
    expect(hit.snippet).toContain('la <mark>notice</mark>');
    for (const markdown of ['**', '##', '](', 'https://', '`', '_longtemps_', '- ', '&gt;', '![']) expect(hit.snippet).not.toContain(markdown);
    const [replyHit] = await search(fr, 'crème', { kinds: ['REPLY'] });
    expect(replyHit.reply?.id).toBe(reply.globalId);
    expect(replyHit.snippet).toContain('la même <mark>crème</mark>, très bien');
    expect(replyHit.snippet).not.toContain('*');
  });

  it('leaves words the community uses as they are, and a query of stop words or symbols answers without error', async () => {
    const thread = await createThread(platform, en.alice, en.space, { title: 'Chain wax versus oil', body: 'Chain wax lasts longer.' });
    expect(threadIds(await search(en, 'wax', { kinds: ['THREAD'] }))).toEqual([thread.globalId]);
    for (const query of ['the and of', '-', '""', 'or or', "'; DROP TABLE search_words; --"]) await search(en, query);
  });
});
