'use strict';
/**
 * The minimal anchor (`node anchor-server.cjs <json config>`): a bare Node `http` + `pg` server giving the
 * same user-visible results as the api's signed-in scenarios with the least SQL that can give them, on the
 * same database in the same run. The bench reports each signed-in scenario as a share of it (%anchor): next
 * to the "own ceiling" (the api's own statements replayed), it separates framework cost from SQL cost.
 *
 * It takes the very GraphQL requests of the scenarios (body and Authorization header), checks the access
 * token (HS256, expiry; what any signed-in server must do), and answers a JSON body of the same shape:
 * - POST /anchor/thread-list: 20 threads with their authors (handle, role) in one statement;
 * - POST /anchor/thread-page: the thread with its author, then 20 replies with their authors: two statements;
 * - POST /anchor/reply: one transaction, the reply and its thread's counters (BEGIN, INSERT, UPDATE, COMMIT);
 * - POST /anchor/idea-board: 20 ideas, most supported first, with authors and the viewer's support, in one statement;
 * - POST /anchor/support: the support and its idea's counter in one statement (idempotent: a repeated support
 *   changes nothing), answering the count.
 * Deliberately left out: pins, filters, moderation rules beyond "not removed or hidden", notifications and
 * events, rate limits, Markdown. Prints "ready <port>" on stdout.
 */
const http = require('node:http');
const { createHmac, timingSafeEqual } = require('node:crypto');

const config = JSON.parse(process.argv[2]);
const { Pool } = require(require.resolve('pg', { paths: [config.repoRoot] }));
const pool = new Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 20 });
const secret = Buffer.from(config.secret);

const gid = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const localId = (globalId) => {
  const decoded = Buffer.from(String(globalId), 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
};

/** The member id of a valid access token, else null. */
function viewerOf(header) {
  const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
  const [head, claims, signature] = token.split('.');
  if (!signature) return null;
  const expected = createHmac('sha256', secret).update(`${head}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
  return payload.exp * 1000 > Date.now() && payload.typ === 'access' ? payload.sub : null;
}

const author = (row) => (row.author_id ? { id: gid('Member', row.author_id), handle: row.handle, affiliation: row.role } : null);
const cursor = (at, id) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

const THREAD_LIST = `SELECT t.id, t.title, t.kind, t.reply_count, t.last_activity_at, t.author_id, m.handle, ms.role
  FROM threads t
  LEFT JOIN members m ON m.id = t.author_id
  LEFT JOIN memberships ms ON ms.community_id = t.community_id AND ms.member_id = t.author_id
 WHERE t.space_id = $1 AND t.removed_at IS NULL AND (t.hidden_at IS NULL OR t.author_id = $2)
 ORDER BY t.last_activity_at DESC, t.id DESC
 LIMIT 21`;

async function threadList(variables, viewer) {
  const { rows } = await pool.query({ name: 'anchor_thread_list', text: THREAD_LIST, values: [localId(variables.id), viewer] });
  const page = rows.slice(0, 20);
  const edges = page.map((row) => ({
    cursor: cursor(row.last_activity_at, row.id),
    node: { id: gid('Thread', row.id), title: row.title, kind: row.kind, replyCount: row.reply_count, lastActivityAt: row.last_activity_at, author: author(row) },
  }));
  return { node: { threads: { edges, pageInfo: { hasNextPage: rows.length > 20, endCursor: edges.at(-1)?.cursor ?? null } } } };
}

const THREAD = `SELECT t.id, t.title, t.body, t.body_html, t.reply_count, t.kudos_count, t.author_id, m.handle, ms.role
  FROM threads t
  LEFT JOIN members m ON m.id = t.author_id
  LEFT JOIN memberships ms ON ms.community_id = t.community_id AND ms.member_id = t.author_id
 WHERE t.id = $1 AND t.removed_at IS NULL AND (t.hidden_at IS NULL OR t.author_id = $2)`;
const REPLIES = `SELECT r.id, r.body, r.body_html, r.kudos_count, r.created_at, r.author_id, m.handle, ms.role
  FROM replies r
  LEFT JOIN members m ON m.id = r.author_id
  LEFT JOIN memberships ms ON ms.community_id = r.community_id AND ms.member_id = r.author_id
 WHERE r.thread_id = $1 AND r.removed_at IS NULL AND (r.hidden_at IS NULL OR r.author_id = $2)
 ORDER BY r.created_at, r.id
 LIMIT 21`;

async function threadPage(variables, viewer) {
  const id = localId(variables.id);
  const thread = (await pool.query({ name: 'anchor_thread', text: THREAD, values: [id, viewer] })).rows[0];
  if (!thread) return { node: null };
  const { rows } = await pool.query({ name: 'anchor_replies', text: REPLIES, values: [id, viewer] });
  const edges = rows.slice(0, 20).map((row) => ({
    cursor: cursor(row.created_at, row.id),
    node: { id: gid('Reply', row.id), body: row.body, bodyHtml: row.body_html, kudosCount: row.kudos_count, createdAt: row.created_at, author: author(row) },
  }));
  return {
    node: {
      id: gid('Thread', thread.id),
      title: thread.title,
      body: thread.body,
      bodyHtml: thread.body_html,
      replyCount: thread.reply_count,
      kudosCount: thread.kudos_count,
      author: author(thread),
      replies: { edges, pageInfo: { hasNextPage: rows.length > 20, endCursor: edges.at(-1)?.cursor ?? null } },
    },
  };
}

const INSERT_REPLY = `INSERT INTO replies (thread_id, space_id, community_id, author_id, body, body_html, search_config, created_at, updated_at)
  SELECT t.id, t.space_id, t.community_id, $2, $3, $4, t.search_config, now(), now() FROM threads t
   WHERE t.id = $1 AND t.locked_at IS NULL AND t.removed_at IS NULL
  RETURNING id, created_at`;
const COUNT_REPLY = `UPDATE threads SET reply_count = reply_count + 1, last_activity_at = now() WHERE id = $1`;
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function reply(variables, viewer) {
  const threadId = localId(variables.input.threadId);
  const body = String(variables.input.body);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query({ name: 'anchor_insert_reply', text: INSERT_REPLY, values: [threadId, viewer, body, `<p>${escapeHtml(body)}</p>`] });
    if (rows.length === 0) throw new Error('thread not found');
    await client.query({ name: 'anchor_count_reply', text: COUNT_REPLY, values: [threadId] });
    await client.query('COMMIT');
    client.release();
    return { reply: { id: gid('Reply', rows[0].id), createdAt: rows[0].created_at } };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    throw error;
  }
}

const IDEA_BOARD = `SELECT i.id, i.title, i.status, i.support_count, i.author_id, m.handle, ms.role,
       EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = i.id AND s.member_id = $2) AS viewer_supports
  FROM ideas i
  LEFT JOIN members m ON m.id = i.author_id
  LEFT JOIN memberships ms ON ms.community_id = i.community_id AND ms.member_id = i.author_id
 WHERE i.space_id = $1 AND i.removed_at IS NULL AND (i.hidden_at IS NULL OR i.author_id = $2) AND i.status <> 'MERGED'
 ORDER BY i.support_count DESC, i.id DESC
 LIMIT 21`;

async function ideaBoard(variables, viewer) {
  const { rows } = await pool.query({ name: 'anchor_idea_board', text: IDEA_BOARD, values: [localId(variables.spaceId), viewer] });
  const edges = rows.slice(0, 20).map((row) => ({
    cursor: cursor(row.support_count, row.id),
    node: { id: gid('Idea', row.id), title: row.title, status: row.status, supportCount: row.support_count, viewerSupports: row.viewer_supports, author: author(row) },
  }));
  return { ideas: { edges, pageInfo: { hasNextPage: rows.length > 20, endCursor: edges.at(-1)?.cursor ?? null } } };
}

const SUPPORT = `WITH inserted AS (
    INSERT INTO idea_supports (idea_id, member_id, created_at) VALUES ($1, $2, now()) ON CONFLICT (idea_id, member_id) DO NOTHING RETURNING idea_id
  ), counted AS (
    UPDATE ideas SET support_count = support_count + 1 WHERE id = (SELECT idea_id FROM inserted) RETURNING support_count
  )
  SELECT coalesce((SELECT support_count FROM counted), (SELECT support_count FROM ideas WHERE id = $1)) AS support_count`;

async function support(variables, viewer) {
  const id = localId(variables.ideaId);
  const { rows } = await pool.query({ name: 'anchor_support', text: SUPPORT, values: [id, viewer] });
  if (rows[0]?.support_count === null || rows[0]?.support_count === undefined) throw new Error('idea not found');
  return { supportIdea: { id: gid('Idea', id), supportCount: rows[0].support_count, viewerSupports: true } };
}

const HANDLERS = { 'thread-list': threadList, 'thread-page': threadPage, reply, 'idea-board': ideaBoard, support };

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const handler = HANDLERS[(request.url ?? '').replace(/^\/anchor\//, '')];
    const answer = (status, body) => {
      const bytes = Buffer.from(body);
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
      response.end(bytes);
    };
    if (!handler) return answer(404, '{"errors":[{"message":"no such anchor"}]}');
    const viewer = viewerOf(request.headers.authorization);
    if (!viewer) return answer(401, '{"errors":[{"message":"unauthenticated"}]}');
    let variables;
    try {
      variables = JSON.parse(Buffer.concat(chunks).toString('utf8')).variables ?? {};
    } catch {
      return answer(400, '{"errors":[{"message":"bad body"}]}');
    }
    handler(variables, viewer).then(
      (data) => answer(200, JSON.stringify({ data })),
      (error) => answer(500, JSON.stringify({ errors: [{ message: String(error && error.message) }] })),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(config.port ?? 0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
process.on('SIGTERM', () => {
  server.close();
  pool.end().catch(() => undefined);
  process.exit(0);
});
