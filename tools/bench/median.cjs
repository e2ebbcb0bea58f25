'use strict';
/**
 * node tools/bench/median.cjs [--scale default|small] [--last 3] [files...]
 *
 * The median of several complete bench runs (by default the last three of the scale in results/runs/),
 * as a Markdown table for the README and as results/median.json. A target is reported as met in k of n
 * runs rather than re-judged on medians, so a lucky run cannot turn a miss into a pass.
 */
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { judgeIssue21 } = require('./lib/issue21.cjs');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args.splice(index, 2)[1] : fallback;
};
const scale = flag('scale', 'default');
const last = Number(flag('last', '3'));
const runsDir = join(__dirname, 'results', 'runs');
const files = args.length > 0 ? args : readdirSync(runsDir).filter((file) => file.startsWith(`${scale}-`)).sort().slice(-last).map((file) => join(runsDir, file));
if (files.length === 0) {
  process.stderr.write(`no complete ${scale}-scale run in ${runsDir}: run npm run bench first\n`);
  process.exit(1);
}
const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));

const median = (values) => {
  const known = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 === 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
};
const at = (object, path) => path.split('.').reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), object);
const medianOf = (rows, path) => median(rows.map((row) => at(row, path)));
const byName = (list, key) => {
  const names = [];
  for (const run of runs) for (const row of run[list] ?? []) if (!names.includes(row[key])) names.push(row[key]);
  return names.map((name) => ({ name, rows: runs.map((run) => (run[list] ?? []).find((row) => row[key] === name)).filter(Boolean) }));
};
const metCount = (rows) => {
  const judged = rows.filter((row) => row.meetsTarget !== null && row.meetsTarget !== undefined);
  if (judged.length === 0) return 'info';
  const met = judged.filter((row) => row.meetsTarget).length;
  return `${met}/${judged.length} ${met === judged.length ? '✔' : met === 0 ? '✘' : '~'}`;
};
const fmt = (value, digits = 0) => (value === null || value === undefined ? '–' : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const pct = (value) => (value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`);

const scenarios = byName('scenarios', 'name').map(({ name, rows }) => ({
  name,
  what: rows[0].what,
  target: rows[0].target,
  runs: rows.length,
  rps: medianOf(rows, 'rps'),
  p50: medianOf(rows, 'latency.p50'),
  p95: medianOf(rows, 'latency.p95'),
  p99: medianOf(rows, 'latency.p99'),
  sql: medianOf(rows, 'sql'),
  cpuMsPerRequest: medianOf(rows, 'cpuMsPerRequest'),
  bareRps: medianOf(rows, 'bare.rps'),
  ratioBare: medianOf(rows, 'ratioBare'),
  ceilingRps: medianOf(rows, 'ceiling.rps'),
  ceilingP99: medianOf(rows, 'ceiling.p99'),
  ratioCeiling: medianOf(rows, 'ratioCeiling'),
  anchorRps: medianOf(rows, 'anchor.rps'),
  anchorCpuMsPerRequest: medianOf(rows, 'anchor.cpuMsPerRequest'),
  ratioAnchor: medianOf(rows, 'ratioAnchor'),
  // Server-rendered pages: share of the api's req/s for the loader's request, and the web server's CPU per page.
  ratioApi: medianOf(rows, 'ratioApi'),
  webCpuMsPerRequest: medianOf(rows, 'cpuMsPerRequestBy.web'),
  met: metCount(rows),
}));
const fanout = byName('fanout', 'label').map(({ name, rows }) => ({
  label: name,
  sockets: rows[0].sockets,
  target: rows[0].target,
  p50: medianOf(rows, 'p50'),
  p99: medianOf(rows, 'p99'),
  reference: medianOf(rows, 'bare.p99') ?? medianOf(rows, 'oneNodeP99'),
  limitMs: medianOf(rows, 'limitMs'),
  kbPerConnection: median(rows.map((row) => median(Object.values(row.kbPerConnection ?? {})))),
  bareKbPerConnection: medianOf(rows, 'bare.kbPerConnection'),
  missed: rows.reduce((sum, row) => sum + (row.missed ?? 0), 0),
  met: metCount(rows),
}));
const pgbench = {
  selectOnlyTps: median(runs.map((run) => at(run, 'baselines.pgbench.selectOnly.tps'))),
  tpcbLikeTps: median(runs.map((run) => at(run, 'baselines.pgbench.tpcbLike.tps'))),
};

// Issue 21, judged per run (older runs are judged from their stored scenarios) and given as k of n runs.
const judgements = runs.map((run) => run.issue21 ?? judgeIssue21(run.scenarios ?? [])).filter(Boolean);
const issue21 = judgements.length === 0
  ? null
  : {
      slowdown: median(judgements.map((judgement) => judgement.slowdown.factor)),
      slowdowns: judgements.map((judgement) => judgement.slowdown.factor),
      rows: judgements[0].rows.map(({ name, shareTarget, cpuTargetMs }) => {
        const rows = judgements.map((judgement) => judgement.rows.find((row) => row.name === name)).filter(Boolean);
        const met = rows.filter((row) => row.met).length;
        return {
          name,
          shareTarget,
          cpuTargetMs,
          shareOfAnchor: medianOf(rows, 'shareOfAnchor'),
          cpuMsPerRequest: medianOf(rows, 'cpuMsPerRequest'),
          anchorCpuMsPerRequest: medianOf(rows, 'anchorCpuMsPerRequest'),
          cpuAtIssueSpeed: medianOf(rows, 'cpuAtIssueSpeed'),
          met: `${met}/${rows.length} ${met === rows.length ? '✔' : met === 0 ? '✘' : '~'}`,
        };
      }),
    };

const report = { scale, files: files.map((file) => file.replace(`${join(__dirname)}/`, '')), machine: runs[0].machine, datasets: runs.map((run) => run.dataset), totalSeconds: runs.map((run) => run.totalSeconds), scenarios, fanout, pgbench, issue21 };
writeFileSync(join(__dirname, 'results', 'median.json'), `${JSON.stringify(report, null, 2)}\n`);

const lines = [];
lines.push(`Median of ${runs.length} ${scale}-scale runs (${runs.map((run) => run.startedAt).join(', ')}); machine: ${runs[0].machine.cpus} vCPU ${runs[0].machine.cpuModel ?? ''}, ${runs[0].machine.memoryGb} GB, ${runs[0].machine.platform}, Node ${runs[0].machine.node}; runs took ${report.totalSeconds.join(' / ')} s.`);
lines.push('');
lines.push('| scenario | req/s | p50 ms | p99 ms | SQL/req | CPU ms/req | ceiling req/s (p99) | % ceiling | anchor req/s (CPU ms) | % anchor | % bare | target | met |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of scenarios) {
  const p99 = row.name === 'search' ? `${fmt(row.p99)} (p95 ${fmt(row.p95)})` : fmt(row.p99);
  lines.push(`| ${row.name} | ${fmt(row.rps)} | ${fmt(row.p50)} | ${p99} | ${fmt(row.sql)} | ${fmt(row.cpuMsPerRequest, 2)} | ${fmt(row.ceilingRps)} (${fmt(row.ceilingP99)}) | ${pct(row.ratioCeiling)} | ${row.anchorRps === null ? '–' : `${fmt(row.anchorRps)} (${fmt(row.anchorCpuMsPerRequest, 2)})`} | ${pct(row.ratioAnchor)} | ${pct(row.ratioBare)} | ${row.target}${row.ratioApi === null ? '' : `: ${pct(row.ratioApi)} (web ${fmt(row.webCpuMsPerRequest, 2)} ms CPU/page)`} | ${row.met} |`);
}
lines.push('');
lines.push('| fan-out | sockets | p50 ms | p99 ms | reference p99 | limit ms | gateway KB/conn (bare) | missed | met |');
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const row of fanout) {
  lines.push(`| ${row.label} | ${fmt(row.sockets)} | ${fmt(row.p50, 1)} | ${fmt(row.p99, 1)} | ${fmt(row.reference, 1)} | ${fmt(row.limitMs, 1)} | ${fmt(row.kbPerConnection, 1)} (${fmt(row.bareKbPerConnection, 1)}) | ${row.missed} | ${row.met} |`);
}
lines.push('');
lines.push(`pgbench (scale 10, 50 clients): select-only ${fmt(pgbench.selectOnlyTps)} tps, TPC-B-like ${fmt(pgbench.tpcbLikeTps)} tps.`);
if (issue21) {
  lines.push('');
  lines.push(`Issue 21: the anchor ran ${fmt(issue21.slowdown, 2)}× slower than on the issue's machine (median; each run: ${issue21.slowdowns.map((factor) => `${fmt(factor, 2)}×`).join(', ')}), so CPU at the issue's speed = CPU ms ÷ that factor (tools/bench/lib/issue21.cjs).`);
  lines.push('');
  lines.push('| scenario | % anchor | target | CPU ms/req (api + PostgreSQL) | anchor CPU ms/req | CPU ms/req at the issue\'s speed | target | met |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const row of issue21.rows) {
    lines.push(`| ${row.name} | ${pct(row.shareOfAnchor)} | ≥ ${pct(row.shareTarget)} | ${fmt(row.cpuMsPerRequest, 2)} | ${fmt(row.anchorCpuMsPerRequest, 2)} | ${fmt(row.cpuAtIssueSpeed, 2)} | ≤ ${row.cpuTargetMs} | ${row.met} |`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
