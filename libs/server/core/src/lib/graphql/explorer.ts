import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/config';

/**
 * The development explorer: opening /graphql in a browser (GET, Accept: text/html) shows a page to write a
 * query, its variables and a bearer token, run it, and browse the schema's types (from introspection, which
 * development allows). Everything is in this one page, served by the api: no CDN, no remote asset, so it
 * works offline; its content security policy allows only its own inline script and style (by nonce) and
 * requests to this origin. GraphiQL proper was not used: its current release needs a bundler and React,
 * whose version the web client decides.
 */
export function developmentExplorer(config: AppConfig) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (config.NODE_ENV !== 'development' || !wantsPage) {
      next();
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    response.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(page(nonce));
  };
}

const page = (nonce: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Palabre GraphQL explorer (development)</title>
<style nonce="${nonce}">
body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 1fr 18rem; height: 100vh; }
section { display: flex; flex-direction: column; padding: .5rem; gap: .4rem; min-height: 0; border-right: 1px solid #ccc; }
textarea, pre { font: 13px ui-monospace, monospace; flex: 1; margin: 0; padding: .4rem; border: 1px solid #bbb; overflow: auto; }
#variables, #token { flex: 0 0 5rem; }
pre { background: #f6f6f6; white-space: pre-wrap; }
#types { overflow: auto; } #types details { margin: .2rem 0; } #types code { font-size: 12px; }
button { font-size: 14px; padding: .3rem .8rem; }
</style>
</head>
<body>
<section aria-label="Request">
  <label for="query">Query</label>
  <textarea id="query" spellcheck="false">query {\n  communities(first: 5) {\n    edges { node { slug name } }\n  }\n}</textarea>
  <label for="variables">Variables (JSON)</label>
  <textarea id="variables" spellcheck="false">{}</textarea>
  <label for="token">Access token (optional; from signIn)</label>
  <textarea id="token" spellcheck="false"></textarea>
  <button id="run" type="button">Run (Ctrl+Enter)</button>
</section>
<section aria-label="Response"><label for="result">Response</label><pre id="result" tabindex="0"></pre></section>
<section aria-label="Schema" id="types"><strong>Schema</strong></section>
<script nonce="${nonce}">
const $ = (id) => document.getElementById(id);
async function send(query, variables) {
  const headers = { 'content-type': 'application/json' };
  const token = $('token').value.trim();
  if (token) headers.authorization = 'Bearer ' + token;
  const response = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return response.json();
}
async function run() {
  let variables;
  try { variables = JSON.parse($('variables').value || '{}'); } catch (error) { $('result').textContent = 'Variables are not JSON: ' + error.message; return; }
  $('result').textContent = '…';
  try { $('result').textContent = JSON.stringify(await send($('query').value, variables), null, 2); }
  catch (error) { $('result').textContent = String(error); }
}
const typeName = (type) => type.kind === 'NON_NULL' ? typeName(type.ofType) + '!' : type.kind === 'LIST' ? '[' + typeName(type.ofType) + ']' : type.name;
async function schema() {
  const answer = await send('{ __schema { types { name kind description fields { name description args { name type { ...T } } type { ...T } } inputFields { name type { ...T } } enumValues { name } } } } fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }', {});
  const types = (answer.data?.__schema.types ?? []).filter((type) => !type.name.startsWith('__')).sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = type.name + ' (' + type.kind.toLowerCase() + ')';
    details.append(summary);
    const lines = (type.fields ?? type.inputFields ?? []).map((field) => field.name + (field.args?.length ? '(' + field.args.map((arg) => arg.name + ': ' + typeName(arg.type)).join(', ') + ')' : '') + ': ' + typeName(field.type));
    for (const value of type.enumValues ?? []) lines.push(value.name);
    const code = document.createElement('code');
    code.textContent = (type.description ? '# ' + type.description + '\\n' : '') + lines.join('\\n');
    const pre = document.createElement('pre');
    pre.append(code);
    details.append(pre);
    $('types').append(details);
  }
}
$('run').addEventListener('click', run);
document.addEventListener('keydown', (event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run(); });
schema();
</script>
</body>
</html>
`;
