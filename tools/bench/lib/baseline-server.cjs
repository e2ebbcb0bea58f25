'use strict';
/**
 * Baseline servers, one child process each (`node baseline-server.cjs <json config>`):
 * - GET/POST /json/<bytes>: a bare Node `http` server answering a JSON body of exactly <bytes> bytes.
 * - POST /ceiling/<scenario>: the SQL statements the api sent for one request of <scenario>
 *   (captured), replayed in order on one pooled `pg` connection, then the api's response body.
 *   The request body may carry `{ "subs": { "<captured value>": "<value for this request>" } }`.
 * Prints "ready <port>" on stdout.
 */
const http = require('node:http');
const { readFileSync } = require('node:fs');
const { randomUUID } = require('node:crypto');

const config = JSON.parse(process.argv[2]);
const bodies = new Map();

function jsonOfSize(bytes) {
  let body = bodies.get(bytes);
  if (!body) {
    const padding = Math.max(0, bytes - '{"data":""}'.length);
    body = Buffer.from(`{"data":"${'x'.repeat(padding)}"}`);
    bodies.set(bytes, body);
  }
  return body;
}

let pool = null;
const templates = new Map();
if (config.databaseUrl) {
  const { Pool } = require(require.resolve('pg', { paths: [config.repoRoot] }));
  pool = new Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 20 });
  for (const [name, file] of Object.entries(config.templates ?? {})) {
    const captured = JSON.parse(readFileSync(file, 'utf8'));
    templates.set(name, { statements: captured.statements, body: Buffer.from(captured.body), fresh: freshIds(captured.statements) });
  }
}

/**
 * Ids the api makes itself for rows it inserts (notifications, sent with the outbox INSERT): the first value of each
 * tuple of `INSERT INTO notifications (id, …`. A replay gives them fresh values, or it would insert the same key again.
 */
function freshIds(statements) {
  const ids = [];
  for (const statement of statements) {
    const start = statement.text.indexOf('INSERT INTO notifications (id,');
    if (start < 0) continue;
    const end = statement.text.indexOf('INSERT INTO outbox_events', start + 1);
    const part = statement.text.slice(start, end < 0 ? undefined : end);
    for (const match of part.matchAll(/\(\$(\d+)::uuid,/g)) ids.push(statement.values[Number(match[1]) - 1]);
  }
  return ids.filter((id) => typeof id === 'string');
}

function substitute(value, subs) {
  if (typeof value !== 'string' || subs.length === 0) return value;
  let result = value;
  for (const [from, to] of subs) if (result.includes(from)) result = result.split(from).join(to);
  return result;
}

async function ceiling(name, requestBody) {
  const template = templates.get(name);
  if (!template) throw new Error(`no captured statements for ${name}`);
  const subs = requestBody.length > 0 ? Object.entries(JSON.parse(requestBody).subs ?? {}) : [];
  for (const id of template.fresh) subs.push([id, randomUUID()]);
  const client = await pool.connect();
  try {
    for (const statement of template.statements) {
      // Texts without parameters (BEGIN with the poster's lock) carry ids as literals.
      const text = statement.values.length === 0 ? substitute(statement.text, subs) : statement.text;
      await client.query(text, statement.values.map((value) => substitute(value, subs)));
    }
    client.release();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    throw error;
  }
  return template.body;
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const path = request.url ?? '/';
    if (path.startsWith('/json/')) {
      const body = jsonOfSize(Number(path.slice('/json/'.length)) || 2);
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      response.end(body);
      return;
    }
    if (path.startsWith('/ceiling/')) {
      ceiling(path.slice('/ceiling/'.length), Buffer.concat(chunks).toString('utf8')).then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
          response.end(body);
        },
        (error) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error && error.message));
        },
      );
      return;
    }
    response.writeHead(404);
    response.end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(config.port ?? 0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
process.on('SIGTERM', () => {
  server.close();
  if (pool) pool.end().catch(() => undefined);
  process.exit(0);
});
