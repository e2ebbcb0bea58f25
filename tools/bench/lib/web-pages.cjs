'use strict';
/**
 * The web client's server-rendered pages in the bench (issue 16): starting the production web server
 * (apps/web/server/server.mjs on dist/web) next to the api, the GraphQL document a route's loader sends,
 * and the requests a browser makes for a page.
 */
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The exact text of a document the web's loaders send (what `graphqlRequest` posts: the generated
 * TypedDocumentString, fragments included), read from the committed codegen output.
 */
function webDocument(repoRoot, name) {
  const source = readFileSync(join(repoRoot, 'apps/web/app/graphql/graphql.ts'), 'utf8');
  const match = new RegExp(`export const ${name}Document = new TypedDocumentString\\(\`([\\s\\S]*?)\`\\)`).exec(source);
  if (!match) throw new Error(`${name}Document not found in apps/web/app/graphql/graphql.ts (run \`npm run codegen\`)`);
  return match[1];
}

/**
 * Starts the production web server (as tools/scripts/platform.cjs does) in front of `apiUrl`; resolves with
 * the child once /health/ready answers. `nodeArgs` (e.g. --cpu-prof) go before the script.
 */
async function startWebServer({ platform, track, env, apiUrl, gatewayUrl, port, nodeArgs = [] }) {
  const script = platform.webEntry();
  const child = track(
    spawn(process.execPath, [...nodeArgs, script], {
      env: { ...env, NODE_ENV: 'production', HOST: '127.0.0.1', WEB_PORT: String(port), WEB_API_URL: apiUrl, WEB_GATEWAY_URL: gatewayUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
    'web',
  );
  await platform.waitUntilReady(`http://127.0.0.1:${port}/health/ready`, child);
  return child;
}

/** The headers Chromium sends for a page it navigates to (compression included: the web server gzips pages). */
const BROWSER_PAGE_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 palabre-bench',
};

/**
 * What a loader forwards to the API from the page's request (app/lib/graphql-client.ts FORWARDED, plus the
 * address the web server sets), so the direct row sends the very request the server render sends.
 */
function forwardedHeaders() {
  return {
    accept: 'application/json',
    'accept-language': BROWSER_PAGE_HEADERS['accept-language'],
    'user-agent': BROWSER_PAGE_HEADERS['user-agent'],
    'x-forwarded-for': '127.0.0.1',
  };
}

/** Text as React escapes it in HTML, to find a title in a rendered page. */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[character]);
}

module.exports = { webDocument, startWebServer, BROWSER_PAGE_HEADERS, forwardedHeaders, escapeHtml };
