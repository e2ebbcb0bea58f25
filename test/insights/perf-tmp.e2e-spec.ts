/* Temporary: one-off timing of insights on a bench-sized dataset (deleted after use). */
import { appendFileSync } from 'node:fs';
import { Client } from 'pg';
import { TokenService } from '@palabre/core';
import { toGlobalId } from '@palabre/contracts';
import { startPlatform, type Platform } from '../support/harness';

jest.setTimeout(600_000);
const log = (...parts: unknown[]) => appendFileSync('/tmp/insights-perf.log', parts.map(String).join(' ') + '\n');

describe('insights perf (temporary)', () => {
  let platform: Platform;
  afterAll(async () => platform?.close());
  it('answers a year on a bench-sized dataset', async () => {
    const now = new Date();
    platform = await startPlatform({ now, config: { SCHEDULER_ENABLED: 'false' } });
    const client = new Client({ connectionString: platform.databaseUrl });
    await client.connect();
    const t0 = Date.now();
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const start = Date.now();
      await client.query(sql, params);
      log(label, Date.now() - start, 'ms');
    };
    await step('sync off', `SET synchronous_commit = off`);
    await step('community', `INSERT INTO communities (id, slug, name, locale, visibility, created_at, member_count) VALUES ('00000000-0000-0000-0000-000000000001', 'bench', 'Bench', 'FR', 'PUBLIC', $1::timestamptz - interval '400 days', 10000)`, [now]);
    await step('spaces', `INSERT INTO spaces (id, community_id, slug, name, kind, created_at) VALUES ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001', 'a', 'A', 'DISCUSSION', $1), ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000001', 'b', 'B', 'IDEAS', $1)`, [now]);
    await step('members', `INSERT INTO members (id, handle, email, password_hash, created_at) SELECT md5('m' || n)::uuid, 'b' || n, 'b' || n || '@x.invalid', 'x', $1 FROM generate_series(0, 9999) n`, [now]);
    await step('memberships', `INSERT INTO memberships (community_id, member_id, role, joined_at) SELECT '00000000-0000-0000-0000-000000000001', md5('m' || n)::uuid, CASE WHEN n = 0 THEN 'OWNER' WHEN n < 5 THEN 'BRAND_STAFF' WHEN n < 10 THEN 'MODERATOR' ELSE 'MEMBER' END, $1::timestamptz - interval '380 days' + n * interval '50 minutes' FROM generate_series(0, 9999) n`, [now]);
    await step('session', `INSERT INTO sessions (id, member_id, created_at, last_used_at, expires_at) VALUES (md5('s0')::uuid, md5('m0')::uuid, $1, $1, $1::timestamptz + interval '30 days')`, [now]);
    await step('commitment', `INSERT INTO space_response_commitments (space_id, hours, updated_at) VALUES ('00000000-0000-0000-0000-000000000002', 24, $1)`, [now]);
    await step('threads', `INSERT INTO threads (id, space_id, community_id, author_id, kind, title, body, body_html, tags, last_activity_at, created_at, updated_at, search_config)
      SELECT md5('t' || n)::uuid, '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001', md5('m' || ((n * 7) % 10000))::uuid,
             CASE WHEN n % 3 = 0 THEN 'QUESTION' ELSE 'DISCUSSION' END, 'title ' || n, 'body ' || n, 'body', '{}', c, c, c, 'simple'
        FROM generate_series(0, 49999) n, LATERAL (SELECT $1::timestamptz - interval '380 days' + n * interval '10 minutes' AS c) t`, [now]);
    await step('replies', `INSERT INTO replies (thread_id, space_id, community_id, author_id, body, body_html, created_at, updated_at, search_config)
      SELECT md5('t' || (n % 50000))::uuid, '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001', md5('m' || ((n * 13 + 1) % 10000))::uuid, 'r', 'r',
             $1::timestamptz - interval '380 days' + (n % 50000) * interval '10 minutes' + ((n % 997) + 1) * interval '1 minute', $1, 'simple'
        FROM generate_series(0, 249999) n`, [now]);
    await step('first response', `UPDATE threads t SET first_response_at = s.f FROM (SELECT r.thread_id, min(r.created_at) FILTER (WHERE r.author_id IS DISTINCT FROM th.author_id) AS f FROM replies r JOIN threads th ON th.id = r.thread_id GROUP BY r.thread_id) s WHERE s.thread_id = t.id`);
    await step('ideas', `INSERT INTO ideas (id, space_id, community_id, author_id, title, body, body_html, tags, status, next_update_due_at, created_at, updated_at)
      SELECT md5('i' || n)::uuid, '00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000001', md5('m' || ((n * 11 + 3) % 10000))::uuid, 'idea ' || n, 'b', 'b',
             ARRAY['tag' || (n % 40)], CASE WHEN n % 5 = 0 THEN 'PLANNED' ELSE 'OPEN' END, CASE WHEN n % 5 = 0 THEN $1::timestamptz - (n % 30) * interval '1 day' END,
             $1::timestamptz - interval '300 days' + n * interval '80 minutes', $1
        FROM generate_series(0, 4999) n`, [now]);
    await step('supports', `INSERT INTO idea_supports (idea_id, member_id, created_at)
      SELECT md5('i' || (n % 5000))::uuid, md5('m' || ((n / 5000 * 7919 + n) % 10000))::uuid, $1::timestamptz - interval '200 days' + n * interval '2 minutes'
        FROM generate_series(0, 99999) n ON CONFLICT DO NOTHING`, [now]);
    await step('kudos', `INSERT INTO kudos (community_id, giver_id, receiver_id, content_type, content_id, counts_for_reputation, created_at)
      SELECT '00000000-0000-0000-0000-000000000001', md5('m' || (n % 10000))::uuid, md5('m' || ((n + 1) % 10000))::uuid, 'Thread', md5('t' || n)::uuid, true, $1::timestamptz - n * interval '10 minutes'
        FROM generate_series(0, 49999) n`, [now]);
    await step('analyze', `VACUUM ANALYZE`);
    log('seeded in', Date.now() - t0);
    await client.end();
    const token = platform.app.get(TokenService).issueAccessToken({ memberId: '', sessionId: '' } as never, platform.clock.now());
    void token;
    const { rows } = await platform.db.query(`SELECT md5('m0')::uuid::text AS member, md5('s0')::uuid::text AS session`);
    const owner = platform.app.get(TokenService).issueAccessToken({ memberId: rows[0].member, sessionId: rows[0].session }, platform.clock.now());
    const period = { from: new Date(now.getTime() - 365 * 86_400_000).toISOString(), to: now.toISOString() };
    const query = `query ($c: ID!, $p: InsightsPeriodInput!) { insights(communityId: $c, period: $p) {
      coCreation { ideasProposed supportsGiven distinctContributors topIdeasBySupports { ideaId supports } topIdeasByVelocity { ideaId } supportsPerCampaign { supports } mostUsedTags { tag ideas } ideasPerStatus { status ideas } decisions { count } }
      promises { questionsAsked questionsAnswered medianFirstReplyHours p90FirstReplyHours answeredWithinCommitmentShare answeredBy { side share } overdueIdeas { count } }
      health { activeMembers newMembers kudosGiven acceptedAnswers reports } } }`;
    for (let i = 0; i < 4; i += 1) {
      const start = Date.now();
      const result = await platform.gql(query, { c: toGlobalId('Community', '00000000-0000-0000-0000-000000000001'), p: period }, { token: owner });
      log('insights ms', Date.now() - start, JSON.stringify(result.errors ?? result.data).slice(0, 900));
    }
  });
});
