'use strict';
/**
 * Bulk seeding of the bench dataset with set-based SQL (generate_series), deterministic ids
 * (md5 of a prefix and an index, so the harness knows every id without reading them back) and
 * every counter column equal to the rows it counts.
 *
 * Ids: member n → uid('m', n), session n → uid('s', n), thread n → uid('t', n), reply → uid('r', n),
 * idea n → uid('i', n). Members 0..9 hold the staff roles; the last BENCH_IDEAS ideas have no seeded
 * support (the support and fan-out scenarios write there).
 */
const { createHash } = require('node:crypto');

const SCALES = {
  small: { members: 500, threads: 2_000, replies: 10_000, ideas: 300, supports: 3_000 },
  default: { members: 10_000, threads: 50_000, replies: 250_000, ideas: 5_000, supports: 100_000 },
};

/** Ideas kept without seeded supports: 50 for the support scenario, the rest for fan-out rounds. */
const BENCH_IDEAS = 60;
/** Share of the threads that are "hot": half of the replies go to them (thread page scenario). */
const HOT_SHARE = 0.05;

function uid(prefix, n) {
  const hex = createHash('md5').update(`${prefix}${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SQL_UID = (prefix, expr) => `md5('${prefix}' || (${expr})::text)::uuid`;

const FR_WORDS = [
  'livraison', 'commande', 'remboursement', 'garantie', 'batterie', 'écran', 'chargeur', 'application', 'compte', 'facture',
  'abonnement', 'colis', 'retour', 'échange', 'taille', 'couleur', 'qualité', 'prix', 'promotion', 'magasin',
  'boutique', 'paiement', 'carte', 'mot', 'passe', 'connexion', 'mise', 'jour', 'logiciel', 'bluetooth',
  'casque', 'montre', 'téléphone', 'tablette', 'clavier', 'souris', 'imprimante', 'encre', 'papier', 'câble',
  'retard', 'problème', 'solution', 'conseil', 'astuce', 'réglage', 'notification', 'synchronisation', 'sauvegarde', 'données',
  'confidentialité', 'sécurité', 'vitesse', 'réseau', 'wifi', 'réparation', 'pièce', 'service', 'client', 'délai',
];
const EN_WORDS = [
  'delivery', 'order', 'refund', 'warranty', 'battery', 'screen', 'charger', 'app', 'account', 'invoice',
  'subscription', 'parcel', 'return', 'exchange', 'size', 'colour', 'quality', 'price', 'discount', 'store',
  'shop', 'payment', 'card', 'password', 'login', 'update', 'firmware', 'software', 'pairing', 'headphones',
  'watch', 'phone', 'tablet', 'keyboard', 'mouse', 'printer', 'ink', 'paper', 'cable', 'delay',
  'issue', 'fix', 'advice', 'tip', 'setting', 'notification', 'sync', 'backup', 'data', 'privacy',
  'security', 'speed', 'network', 'router', 'repair', 'spare', 'support', 'customer', 'shipping', 'tracking',
];
const FILLER = ['le', 'la', 'de', 'pour', 'avec', 'mon', 'the', 'with', 'my', 'for', 'and', 'et', 'is', 'est', 'not', 'pas'];

const sqlArray = (words) => `ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(',')}]::text[]`;
const ALL_WORDS = [...FR_WORDS, ...EN_WORDS];

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'sa', 'no', 'vi', 'pe', 'du', 'ra', 'ze', 'bo', 'li', 'fu', 'ga', 'ne', 'to', 'si', 'mu'];

/**
 * A text of `count` words chosen deterministically from `seedExpr` (correlated with the row): one word in
 * `oneIn` from the French/English vocabulary the search queries use, the others from 8,000 made-up words,
 * so that a query word appears in a few percent of the posts, not in a third of them.
 */
function wordsSql(seedExpr, count, withFiller = true, oneIn = 8) {
  const words = withFiller ? [...ALL_WORDS, ...FILLER] : ALL_WORDS;
  const h = (salt) => `abs(hashint8((${seedExpr})::bigint * 1000 + k * 7 + ${salt}))`;
  const syllable = (salt) => `(${sqlArray(SYLLABLES)})[1 + ${h(salt)} % ${SYLLABLES.length}]`;
  return `(SELECT string_agg(CASE WHEN ${h(0)} % ${oneIn} = 0 THEN (${sqlArray(words)})[1 + ${h(1)} % ${words.length}]
                                  ELSE ${syllable(2)} || ${syllable(3)} || ${syllable(4)} END, ' ' ORDER BY k)
             FROM generate_series(1, ${count}) AS k)`;
}

/** The search queries of the search scenario: 200 distinct French and English pairs of words. */
function searchQueries(count = 200) {
  const queries = new Set();
  for (let n = 0; queries.size < count; n += 1) {
    const list = n % 2 === 0 ? FR_WORDS : EN_WORDS;
    const first = list[Math.floor(n / 2) % list.length];
    const second = list[(Math.floor(n / 2) * 7 + 3) % list.length];
    // One word for the first lap over each list, two words afterwards: all distinct.
    queries.add(n < list.length * 2 ? first : `${first} ${second}`);
  }
  return [...queries];
}

/**
 * Seeds `scale` into an empty migrated database. `progress(fraction, label)` is called between steps.
 * Returns the ids the scenarios need.
 */
async function seed(client, scaleName, report = () => undefined) {
  let current = { start: 0, label: '' };
  const progress = (_fraction, detail) => report(current.start, detail ?? current.label);
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`unknown scale ${scaleName}; expected ${Object.keys(SCALES).join(', ')}`);
  const { members: M, threads: T, replies: R, ideas: I, supports: S } = scale;
  const hot = Math.max(50, Math.round(T * HOT_SHARE));
  const seededIdeas = I - BENCH_IDEAS;
  const ids = {
    community: uid('c', 0),
    discussion: uid('space', 0),
    ideasSpace: uid('space', 1),
  };

  await client.query(`SET synchronous_commit = off`);
  const steps = [
    ['community', 1, async () => {
      await client.query(
        `INSERT INTO communities (id, slug, name, description, locale, visibility, created_at, member_count)
         VALUES ($1, 'bench', 'Bench community', 'Seeded by tools/bench', 'FR', 'PUBLIC', now() - interval '400 days', $2)`,
        [ids.community, M],
      );
      await client.query(
        `INSERT INTO spaces (id, community_id, slug, name, kind, created_at) VALUES
           ($1, $3, 'entraide', 'Entraide', 'DISCUSSION', now() - interval '400 days'),
           ($2, $3, 'idees', 'Idées', 'IDEAS', now() - interval '400 days')`,
        [ids.discussion, ids.ideasSpace, ids.community],
      );
    }],
    ['members', 3, async () => {
      await client.query(
        `INSERT INTO members (id, handle, email, password_hash, created_at)
         SELECT ${SQL_UID('m', 'n')}, 'bench' || n, 'bench' || n || '@bench.invalid', 'bench-no-password', now() - interval '400 days'
           FROM generate_series(0, $1 - 1) AS n`,
        [M],
      );
      await client.query(
        `INSERT INTO memberships (community_id, member_id, role, joined_at)
         SELECT $2, ${SQL_UID('m', 'n')}, CASE WHEN n = 0 THEN 'OWNER' WHEN n < 5 THEN 'BRAND_STAFF' WHEN n < 10 THEN 'MODERATOR' ELSE 'MEMBER' END,
                now() - interval '380 days'
           FROM generate_series(0, $1 - 1) AS n`,
        [M, ids.community],
      );
      await client.query(
        `INSERT INTO sessions (id, member_id, created_at, last_used_at, expires_at)
         SELECT ${SQL_UID('s', 'n')}, ${SQL_UID('m', 'n')}, now(), now(), now() + interval '30 days'
           FROM generate_series(0, $1 - 1) AS n`,
        [M],
      );
    }],
    ['threads', 12, async () => {
      await client.query(
        `INSERT INTO threads (id, space_id, community_id, author_id, kind, title, body, body_html, tags, last_activity_at,
                              created_at, updated_at, search_config)
         SELECT ${SQL_UID('t', 'n')}, $2, $3, ${SQL_UID('m', '(n * 7) % $4')},
                CASE WHEN n % 3 = 0 THEN 'QUESTION' ELSE 'DISCUSSION' END,
                initcap(${wordsSql('n', 6, false, 3)}) || ' ' || n, b.body, '<p>' || b.body || '</p>',
                CASE WHEN n % 4 = 0 THEN ARRAY['aide'] ELSE '{}'::text[] END,
                now() - interval '380 days' + (n * interval '1 minute' * (500000.0 / $1)),
                now() - interval '380 days' + (n * interval '1 minute' * (500000.0 / $1)),
                now() - interval '380 days' + (n * interval '1 minute' * (500000.0 / $1)),
                'palabre_french'
           FROM generate_series(0, $1 - 1) AS n, LATERAL (SELECT ${wordsSql('n + 7', 40)} AS body) b`,
        [T, ids.discussion, ids.community, M],
      );
    }],
    ['replies', 45, async () => {
      // Half of the replies go to the hot threads (≥ 20 each for the thread page), the rest anywhere.
      const batch = 50_000;
      for (let start = 0; start < R; start += batch) {
        const end = Math.min(R, start + batch);
        await client.query(
          `INSERT INTO replies (id, thread_id, space_id, community_id, author_id, body, body_html, created_at, updated_at, search_config)
           SELECT ${SQL_UID('r', 'x.n')}, ${SQL_UID('t', 'x.t')}, $3, $4, ${SQL_UID('m', '(x.n * 13 + 1) % $5')}, b.body, '<p>' || b.body || '</p>',
                  th.created_at + ((x.n % 997) + 1) * interval '1 minute', th.created_at + ((x.n % 997) + 1) * interval '1 minute', 'palabre_french'
             FROM (SELECT n, CASE WHEN n % 2 = 0 THEN (n / 2) % $6 ELSE abs(hashint4(n)) % $7 END AS t FROM generate_series($1::int, $2::int - 1) AS n) x
             JOIN threads th ON th.id = ${SQL_UID('t', 'x.t')},
             LATERAL (SELECT ${wordsSql('x.n + 3', 25)} AS body) b`,
          [start, end, ids.discussion, ids.community, M, hot, T],
        );
        progress(null, `replies ${end}/${R}`);
      }
    }],
    ['thread counters', 6, async () => {
      await client.query(
        `UPDATE threads t SET reply_count = s.c, last_activity_at = greatest(t.created_at, s.last), first_response_at = s.first_other,
                staff_responded = s.staff
           FROM (SELECT r.thread_id, count(*)::int AS c, max(r.created_at) AS last,
                        min(r.created_at) FILTER (WHERE r.author_id IS DISTINCT FROM th.author_id) AS first_other,
                        coalesce(bool_or(ms.role IN ('OWNER', 'BRAND_STAFF')), false) AS staff
                   FROM replies r JOIN threads th ON th.id = r.thread_id
                   LEFT JOIN memberships ms ON ms.community_id = r.community_id AND ms.member_id = r.author_id
                  GROUP BY r.thread_id) s
          WHERE s.thread_id = t.id`,
      );
    }],
    ['ideas', 4, async () => {
      await client.query(
        `INSERT INTO ideas (id, space_id, community_id, author_id, title, body, body_html, status, created_at, updated_at)
         SELECT ${SQL_UID('i', 'n')}, $2, $3, ${SQL_UID('m', '(n * 11 + 3) % $4')}, initcap(${wordsSql('n + 11', 5, false, 3)}) || ' ' || n,
                b.body, '<p>' || b.body || '</p>', 'OPEN',
                now() - interval '300 days' + n * interval '1 minute' * (400000.0 / $1), now() - interval '300 days' + n * interval '1 minute' * (400000.0 / $1)
           FROM generate_series(0, $1 - 1) AS n, LATERAL (SELECT ${wordsSql('n + 13', 30)} AS body) b`,
        [I, ids.ideasSpace, ids.community, M],
      );
    }],
    ['supports', 6, async () => {
      // Idea j (< seededIdeas) gets about 2·S/seeded·(1 − j/seeded) supports: a long tail, S in all.
      await client.query(
        `INSERT INTO idea_supports (idea_id, member_id, created_at)
         SELECT ${SQL_UID('i', 'j')}, ${SQL_UID('m', '(k::bigint * 7919 + j * 31) % $3')}, now() - interval '200 days' + (j + k) * interval '1 minute'
           FROM generate_series(0, $1 - 1) AS j,
                LATERAL generate_series(0, LEAST($3 - 1, floor(2.0 * $2 / $1 * ($1 - j) / $1)::int - 1)) AS k`,
        [seededIdeas, S, M],
      );
      await client.query(
        `UPDATE ideas i SET support_count = s.c FROM (SELECT idea_id, count(*)::int AS c FROM idea_supports GROUP BY idea_id) s WHERE s.idea_id = i.id`,
      );
    }],
    ['post log', 4, async () => {
      // What posting through the api writes for each thread, reply and idea (the write gate's flood and duplicate
      // checks read it). Without it the table would start empty and fill during the run, and the reply's
      // statement would be planned for an empty table.
      await client.query(
        `INSERT INTO post_log (community_id, member_id, kind, body_hash, created_at, parent_id)
         SELECT community_id, author_id, 'THREAD', encode(sha256(convert_to(title || E'\\n' || body, 'UTF8')), 'hex'), created_at, NULL FROM threads
         UNION ALL
         SELECT community_id, author_id, 'REPLY', encode(sha256(convert_to(body, 'UTF8')), 'hex'), created_at, thread_id FROM replies
         UNION ALL
         SELECT community_id, author_id, 'IDEA', encode(sha256(convert_to(title || E'\\n' || body, 'UTF8')), 'hex'), created_at, NULL FROM ideas
         ORDER BY created_at`,
      );
    }],
    ['vacuum analyze', 8, async () => {
      await client.query(`VACUUM ANALYZE`);
    }],
  ];

  const total = steps.reduce((sum, [, weight]) => sum + weight, 0);
  let done = 0;
  for (const [label, weight, run] of steps) {
    report(done / total, label);
    current = { start: done / total, label };
    await run();
    done += weight;
  }
  report(1, 'seeded');

  const counts = (await client.query(
    `SELECT (SELECT count(*) FROM members)::int AS members, (SELECT count(*) FROM threads)::int AS threads,
            (SELECT count(*) FROM replies)::int AS replies, (SELECT count(*) FROM ideas)::int AS ideas,
            (SELECT count(*) FROM idea_supports)::int AS supports`,
  )).rows[0];

  return {
    scale: scaleName,
    counts,
    ids,
    members: M,
    memberId: (n) => uid('m', n),
    sessionId: (n) => uid('s', n),
    threadId: (n) => uid('t', n),
    ideaId: (n) => uid('i', n),
    hotThreads: hot,
    threads: T,
    ideas: I,
    /** The ideas without seeded supports (support scenario: the first 50; fan-out: the others). */
    benchIdeas: Array.from({ length: BENCH_IDEAS }, (_, index) => uid('i', seededIdeas + index)),
    searchQueries: searchQueries(),
  };
}

/** Every counter column equals the rows it counts; returns the mismatches (empty when all hold). */
async function counterMismatches(client) {
  const { rows } = await client.query(
    `SELECT 'ideas.support_count' AS counter, count(*)::int AS wrong FROM ideas i
       WHERE i.support_count <> (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id)
     UNION ALL
     SELECT 'threads.reply_count', count(*)::int FROM threads t
       WHERE t.reply_count <> (SELECT count(*) FROM replies r WHERE r.thread_id = t.id)
     UNION ALL
     SELECT 'communities.member_count', count(*)::int FROM communities c
       WHERE c.member_count <> (SELECT count(*) FROM memberships m WHERE m.community_id = c.id)`,
  );
  return rows.filter((row) => row.wrong > 0);
}

module.exports = { SCALES, BENCH_IDEAS, seed, counterMismatches, uid, searchQueries };
