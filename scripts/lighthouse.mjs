// Lighthouse 12 (mobile preset: 412×823, 4× CPU slowdown, simulated slow 4G) against the built
// demo's article page, served from site/ on a local port. Prints, per run and as medians, the
// four category scores, CLS and TBT, then the elements behind the last run's layout shifts.
// A benchmark, not a CI gate: it asserts nothing. Uses the system's Chromium (CHROME_PATH
// overrides it). Usage: npm run lighthouse (builds first), or node scripts/lighthouse.mjs
// [--runs N] [--page article.html] [--json out.json] after a build.
import { execFile } from 'node:child_process';
import { requireChrome } from './browser.mjs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(arg('runs', 3)) || 3);
const PAGE = arg('page', 'article.html');
const JSON_OUT = arg('json');
const CHROME = requireChrome();

// ---- a static server for site/ (as scripts/serve.mjs, on a free port) ----
const root = resolve('site');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
  const body = path.startsWith(root) ? await readFile(path).catch(() => null) : null;
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/${PAGE}`;

// ---- Lighthouse, through its CLI ----
const run = async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['node_modules/lighthouse/cli/index.js', url, '--output=json', '--output-path=stdout', '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
let last;
try {
  for (let i = 0; i < RUNS; i++) {
    const load = loadavg()[0];
    last = await run();
    const { categories, audits } = last;
    const row = {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score ?? NaN])),
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      load,
    };
    rows.push(row);
    console.log(`run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${row[c].toFixed(2)}`).join(', ')}, CLS ${row.cls.toFixed(3)}, TBT ${Math.round(row.tbt)} ms (load average ${load.toFixed(2)})`);
  }
} finally {
  server.close();
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (key, digits) => {
  const values = rows.map((r) => r[key]);
  const [mid, min, max] = [median(values), Math.min(...values), Math.max(...values)].map((v) => v.toFixed(digits));
  return `${mid} (${min}–${max})`;
};
console.log(`\nLighthouse ${last.lighthouseVersion}, ${last.configSettings.formFactor}, ${RUNS} run(s), ${last.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}: ${url}`);
console.log('median (min–max)');
for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${fmt(c, 2)}`);
console.log(`  ${'CLS'.padEnd(15)} ${fmt('cls', 3)}`);
console.log(`  ${'TBT ms'.padEnd(15)} ${fmt('tbt', 0)}`);

// What moved, in the last run: Lighthouse's layout-shift culprits, and the failing a11y audits.
const shifts = last.audits['layout-shifts']?.details?.items ?? [];
if (shifts.length) console.log('\nlayout shifts (last run):');
for (const item of shifts) console.log(`  ${item.score.toFixed(4)}  ${item.node?.selector ?? item.node?.nodeLabel ?? '?'}`);
const failing = Object.values(last.audits).filter((a) => last.categories.accessibility.auditRefs.some((r) => r.id === a.id) && a.score === 0);
for (const a of failing) console.log(`accessibility: ${a.id}: ${a.title}`);
if (JSON_OUT) await writeFile(JSON_OUT, JSON.stringify(last));
