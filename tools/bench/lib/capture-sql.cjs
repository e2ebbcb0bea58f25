'use strict';
/**
 * Preloaded into the api by the bench only (`node -r capture-sql.cjs`), never in production:
 * a request carrying `x-bench-capture: <name>` has every SQL statement it sends (text and
 * parameters, as node-postgres serialises them) written to `${BENCH_CAPTURE_DIR}/<name>.json`,
 * with the response body, so the bench can serve the very same statements from a bare
 * `http` + `pg` handler (the "ceiling" of the operation).
 */
const { AsyncLocalStorage } = require('node:async_hooks');
const { writeFileSync } = require('node:fs');
const http = require('node:http');
const { join } = require('node:path');

const dir = process.env.BENCH_CAPTURE_DIR;
if (dir) {
  const pg = require(require.resolve('pg', { paths: [process.cwd()] }));
  const { prepareValue } = require(require.resolve('pg/lib/utils', { paths: [process.cwd()] }));
  const als = new AsyncLocalStorage();

  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function query(config, values) {
    const store = als.getStore();
    if (store) {
      const text = typeof config === 'string' ? config : config && config.text;
      const params = Array.isArray(values) ? values : config && Array.isArray(config.values) ? config.values : [];
      if (typeof text === 'string') store.statements.push({ text, values: params.map((value) => prepareValue(value)) });
    }
    return originalQuery.apply(this, arguments);
  };

  const originalEmit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emit(event, request, response) {
    const name = event === 'request' ? request.headers['x-bench-capture'] : undefined;
    if (typeof name !== 'string' || !/^[\w.-]+$/.test(name)) return originalEmit.apply(this, arguments);
    const store = { statements: [] };
    const chunks = [];
    const write = response.write;
    const end = response.end;
    response.write = function (chunk, ...rest) {
      if (chunk) chunks.push(Buffer.from(chunk));
      return write.call(this, chunk, ...rest);
    };
    response.end = function (chunk, ...rest) {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
      writeFileSync(join(dir, `${name}.json`), JSON.stringify({ statements: store.statements, body: Buffer.concat(chunks).toString('utf8') }));
      return end.call(this, chunk, ...rest);
    };
    return als.run(store, () => originalEmit.apply(this, arguments));
  };
}
