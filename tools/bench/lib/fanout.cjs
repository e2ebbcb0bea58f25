'use strict';
/**
 * Fan-out load generator, a separate process: `node fanout.cjs <config.json>`.
 * Opens `sockets` socket.io connections (websocket transport) spread over `targets`, each joining
 * `room` through `subscribe` (acknowledged). Prints {"phase":"connected",...}, waits for "go" on
 * stdin, then for each round POSTs trigger.bodies[i] to trigger.url and measures, from the moment
 * the response arrived, the time until the last socket received the matching `event`.
 * Prints the result as one JSON line.
 */
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const { io } = require(require.resolve('socket.io-client', { paths: [process.cwd()] }));

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function connectAll() {
  const sockets = [];
  let round = null;
  const batch = 100;
  for (let start = 0; start < config.sockets; start += batch) {
    const opening = [];
    for (let index = start; index < Math.min(config.sockets, start + batch); index += 1) {
      const target = config.targets[index % config.targets.length];
      const token = config.tokens[index % config.tokens.length];
      const socket = io(target.url, { path: target.path, transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true, timeout: 30_000 });
      socket.on('event', (event) => {
        if (!round || event.type !== config.eventType || round.seen.has(socket.id)) return;
        round.seen.add(socket.id);
        round.last = performance.now();
        if (round.seen.size === config.sockets) round.done();
      });
      sockets.push(socket);
      opening.push(
        new Promise((resolve, reject) => {
          socket.once('connect_error', (error) => reject(new Error(`connect: ${error.message}`)));
          // UNAVAILABLE means "try again" (the api did not answer the room check in time, as during a
          // connection storm on a busy machine): a client retries, with a short growing pause.
          const subscribe = (attempt) =>
            socket.emit('subscribe', { room: config.room }, (ack) => {
              if (ack && ack.ok) return resolve();
              if (ack && ack.error && ack.error.code === 'UNAVAILABLE' && attempt < 3) return void setTimeout(() => subscribe(attempt + 1), 250 * (attempt + 1));
              reject(new Error(`subscribe: ${JSON.stringify(ack)}`));
            });
          socket.once('connect', () => subscribe(0));
        }),
      );
    }
    await Promise.all(opening);
  }
  return {
    sockets,
    startRound() {
      let done;
      const finished = new Promise((resolve) => (done = resolve));
      round = { seen: new Set(), last: 0, done, finished };
      return round;
    },
  };
}

function waitForGo() {
  return new Promise((resolve) => {
    process.stdin.setEncoding('utf8');
    let buffer = '';
    process.stdin.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('go')) resolve();
    });
  });
}

async function main() {
  const started = performance.now();
  const world = await connectAll();
  process.stdout.write(`${JSON.stringify({ phase: 'connected', connectMs: Math.round(performance.now() - started) })}\n`);
  await waitForGo();
  const latencies = [];
  const fromRequest = [];
  let missed = 0;
  const specs = config.trigger.requests ?? config.trigger.bodies.map((body) => ({ body }));
  for (const spec of specs) {
    const round = world.startRound();
    const sent = performance.now();
    const response = await fetch(config.trigger.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(spec.headers ?? {}) }, body: spec.body });
    const text = await response.text();
    const responded = performance.now();
    if (!response.ok || text.includes('"errors"')) throw new Error(`trigger failed: ${response.status} ${text.slice(0, 300)}`);
    const timeout = new Promise((resolve) => setTimeout(resolve, config.timeoutMs ?? 10_000));
    await Promise.race([round.finished, timeout]);
    if (round.seen.size < config.sockets) missed += config.sockets - round.seen.size;
    latencies.push(round.seen.size > 0 ? round.last - responded : null);
    fromRequest.push(round.seen.size > 0 ? round.last - sent : null);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const valid = latencies.filter((value) => value !== null);
  const result = {
    phase: 'done',
    rounds: latencies.length,
    missed,
    p50: percentile(valid, 50),
    p99: percentile(valid, 99),
    max: valid.length ? Math.max(...valid) : null,
    latencies: valid.map((value) => Math.round(value * 10) / 10),
    fromRequest: { p50: percentile(fromRequest.filter((v) => v !== null), 50), p99: percentile(fromRequest.filter((v) => v !== null), 99) },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  for (const socket of world.sockets) socket.close();
  setTimeout(() => process.exit(0), 200);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(1);
});
