'use strict';
/**
 * The HTTP load generator, run as a separate process: `node load.cjs <config.json>`.
 * Config: { url, connections, duration, warmup, requests: [{ method, path, headers, body }], expect }.
 * Requests are sent round-robin from the list; "__N__" in a body becomes a counter unique to the run.
 * A response whose body contains `"errors"` (GraphQL) counts as an error. Prints one JSON line.
 */
const { readFileSync } = require('node:fs');
const autocannon = require(require.resolve('autocannon', { paths: [process.cwd()] }));

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let counter = Number(config.counterStart ?? 0);

function requestsFor() {
  let next = 0;
  return [
    {
      setupRequest: (request) => {
        const spec = config.requests[next % config.requests.length];
        next += 1;
        counter += 1;
        return {
          ...request,
          method: spec.method ?? 'POST',
          path: spec.path,
          headers: { 'content-type': 'application/json', ...(spec.headers ?? {}) },
          body: spec.body === undefined ? undefined : spec.body.includes('__N__') ? spec.body.split('__N__').join(String(counter)) : spec.body,
        };
      },
    },
  ];
}

let times = [];

function run(duration) {
  times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: config.url,
        connections: config.connections,
        duration,
        requests: requestsFor(),
        verifyBody: config.checkGraphqlErrors ? (body) => !String(body).startsWith('{"errors"') && !String(body).includes('"errors":[') : undefined,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Every response time, for percentiles autocannon does not report (p95).
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function main() {
  if (config.warmup > 0) await run(config.warmup);
  const result = await run(config.duration);
  const out = {
    requests: result.requests.total,
    rps: result.requests.average,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p95: percentile(times, 95), p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    errors: result.errors + result.timeouts + (result.mismatches ?? 0) + result.non2xx,
    non2xx: result.non2xx,
    mismatches: result.mismatches ?? 0,
    timeouts: result.timeouts,
    bytes: result.throughput.total,
    counterEnd: counter,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(1);
});
