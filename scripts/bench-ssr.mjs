// Bench of pre-rendered widgets in headless Chromium (the system's): each widget, and the
// explainer, on an article page in a serif font, rendered on the server by dist/ssr's
// renderWidget, at 390 and 1280 px, in en, fr and de, with the built-in and the Northwind
// (examples/northwind-vs-contoso.json) datasets, at 4× CPU (and 1× with --rate 1,4). Per page:
// CLS (largest session window), TBT and longest task from the script's request until 1 s after
// every widget is ready, and the time to ready. With --compare, the same pages script-only (the
// element empty, the reservation stylesheet linked), as before server rendering. Medians over
// runs, a fresh browser context per page; prints a table, writes bench/results-ssr.json. No
// assertions, not part of `npm test`; its figures mean little while other work loads the CPU.
// Usage (after `npm run build`): node scripts/bench-ssr.mjs [--runs N] [--rate 4] [--width 390,1280]
//   [--lang en,fr,de] [--data builtin,northwind] [--tag sov-explainer,…] [--compare]
// (bench.mjs's own pages, the chart comparison and the memory runs are not repeated here.)
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { sessionCls } from './bench.mjs';
import { requireChrome } from './browser.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',') : fallback;
};
const TAGS = ['sov-compute-gap', 'sov-metric-toggle', 'sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases', 'sov-explainer'];
const RUNS = Math.max(1, Number(option('runs', ['3'])[0]) || 3);
const RATES = option('rate', ['4']).map(Number);
const WIDTHS = option('width', ['390', '1280']).map(Number);
const LANGS = option('lang', ['en', 'fr', 'de']);
const DATA = option('data', ['builtin', 'northwind']);
const tags = option('tag', TAGS);
const MODES = process.argv.includes('--compare') ? ['script only', 'pre-rendered'] : ['pre-rendered'];
const AS_OF = '2026-12-01'; // one date for the server and the browser: no status changes on upgrade
const datasets = { builtin: undefined, northwind: JSON.parse(readFileSync('examples/northwind-vs-contoso.json', 'utf8')) };
const { renderWidget } = await import(pathToFileURL('dist/ssr/ssr.js').href);

// ---- pages: an article in a serif font with one widget between its paragraphs ----
const TEXT = [
  'At its Paris summit, Mistral AI presented itself as Europe’s full-stack AI provider rather than a lab racing for the biggest model.',
  'Supporters point to efficient models, open weights and data that stays in Europe; sceptics to the capital gap and the cost of compute.',
  'The figures behind both readings are public. What follows sets them side by side, with sources, so that readers can judge the bet.',
];
const article = (lang, head, widget) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench</title>
<style>body{margin:0 auto;max-width:42rem;padding:0 1rem;font:17px/1.6 Georgia,'DejaVu Serif',serif;color:#222}</style>
${head}
</head><body><article><h1>Europe’s AI bet</h1>
<p>${TEXT[0]}</p>
${widget}
${TEXT.slice(1).map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;

/** The page of `tag`: pre-rendered (the deferred script, as the command line prints it) or script-only. */
function pageOf({ tag, lang, data, mode }) {
  const json = datasets[data] ? `<script type="application/json">${JSON.stringify(datasets[data]).replace(/</g, '\\u003c')}</script>` : '';
  if (mode === 'pre-rendered') {
    const widget = renderWidget(tag, { lang, data: datasets[data], asOf: AS_OF });
    return article(lang, '<script type="module" src="/dist/sovereignty-widgets.js"></script>', widget);
  }
  const head = '<link rel="stylesheet" href="/dist/sovereignty-widgets.css"><script type="module" async src="/dist/sovereignty-widgets.js"></script>';
  return article(lang, head, `<${tag} lang="${lang}" as-of="${AS_OF}">${json}</${tag}>`);
}

const cases = [];
for (const mode of MODES)
  for (const tag of tags)
    for (const lang of LANGS)
      for (const data of DATA)
        for (const width of WIDTHS)
          for (const rate of RATES) cases.push({ mode, tag, lang, data, width, rate, key: `${mode}|${tag}|${lang}|${data}` });
const pages = new Map([['/blank.html', '<!doctype html><title>blank</title>']]);
for (const c of cases) {
  c.path = `/${encodeURIComponent(c.key)}.html`;
  if (!pages.has(c.path)) pages.set(c.path, pageOf(c));
}

// ---- server, never cached ----
const files = { '/dist/sovereignty-widgets.js': 'dist/sovereignty-widgets.js', '/dist/sovereignty-widgets.css': 'dist/sovereignty-widgets.css' };
const types = { css: 'text/css', html: 'text/html; charset=utf-8', js: 'text/javascript' };
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const body = pages.get(pathname) ?? (files[pathname] && readFileSync(files[pathname]));
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[pathname.split('.').pop()], 'cache-control': 'no-store' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

/** Before the page's parser starts: long tasks, layout shifts, and when every widget is ready. */
function watcher() {
  const B = (window.__bench = { longTasks: [], shifts: [], ready: null });
  const observe = (type, take) => new PerformanceObserver((l) => l.getEntries().forEach(take)).observe({ type, buffered: true });
  observe('longtask', (e) => B.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => e.hadRecentInput || B.shifts.push({ start: e.startTime, value: e.value }));
  const check = () => {
    const els = [...document.querySelectorAll('article > *')].filter((e) => e.localName.startsWith('sov-'));
    if (els.length && els.every((e) => e.matches(':defined') && e.hasAttribute('ready'))) B.ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const warnings = [];

async function load(c) {
  const context = await browser.newContext({ viewport: { width: c.width, height: 844 } });
  await context.addInitScript(watcher);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${base}/blank.html`); // same origin first: the throttling survives the next navigation
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.rate });
  await tab.goto(base + c.path, { waitUntil: 'commit' });
  // Polled over the protocol, not with waitForFunction (its injected script is a long task at 4×).
  const read = (expression) => cdp.send('Runtime.evaluate', { expression, returnByValue: true }).then((r) => r.result.value, () => null);
  for (let waited = 0; !(await read('window.__bench?.ready')); waited += 100) {
    if (waited > 30000) {
      warnings.push(`${c.key} at ${c.width} px, ${c.rate}×: not ready within 30 s`);
      break;
    }
    await sleep(100);
  }
  await sleep(1000); // late tasks and shifts
  const raw = await tab.evaluate(() => {
    const { longTasks, shifts, ready } = window.__bench;
    const start = performance.getEntriesByType('resource').find((e) => e.name.includes('sovereignty-widgets.js'))?.startTime;
    return { start, ready, longTasks, shifts };
  });
  await context.close();
  const durations = raw.longTasks.filter((t) => t.start >= (raw.start ?? 0)).map((t) => t.duration);
  return {
    cls: sessionCls(raw.shifts),
    tbt: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longestTask: Math.max(0, ...durations),
    toReady: raw.ready == null || raw.start == null ? null : raw.ready - raw.start,
  };
}

const samples = new Map(); // row key → { cls: [], … }
const started = Date.now();
for (let run = 1; run <= RUNS; run++) {
  for (const c of cases) {
    const row = `${c.key}|${c.width}|${c.rate}`;
    const figures = await load(c);
    if (!samples.has(row)) samples.set(row, { case: c, figures: {} });
    for (const [k, v] of Object.entries(figures)) (samples.get(row).figures[k] ??= []).push(v);
  }
  console.error(`bench-ssr: run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s, ${cases.length} pages a run)`);
}
await browser.close();
server.close();

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const rows = [...samples.values()].map(({ case: c, figures }) => ({
  mode: c.mode, tag: c.tag, lang: c.lang, data: c.data, width: c.width, rate: c.rate,
  ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, median(v)])),
}));
const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const head = ['mode', 'page', 'lang', 'dataset', 'width', 'CPU', 'CLS', 'TBT ms', 'longest ms', 'ready ms'];
const table = [head, ...rows.map((r) => [r.mode, r.tag, r.lang, r.data, `${r.width}`, `${r.rate}×`, r.cls.toFixed(4), int(r.tbt), int(r.longestTask), int(r.toReady)])];
const widths = head.map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(`\nsovereignty-widgets pre-rendered bench: ${RUNS} run(s), Chromium ${browser.version()}, ${cpus()[0]?.model} ×${cpus().length}, serif host font, as-of ${AS_OF}`);
console.log('CLS = largest session window; TBT / longest task over tasks from the script request until 1 s after every widget is ready; ready = script request → every widget ready\n');
for (const r of table) console.log(r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
for (const mode of MODES) {
  const of = rows.filter((r) => r.mode === mode);
  console.log(`\n${mode}: CLS at most ${Math.max(...of.map((r) => r.cls)).toFixed(4)} over ${of.length} pages; TBT at most ${int(Math.max(...of.map((r) => r.tbt)))} ms`);
}
for (const w of warnings) console.log(`warning: ${w}`);

await mkdir('bench', { recursive: true });
await writeFile('bench/results-ssr.json', `${JSON.stringify({
  date: new Date().toISOString(),
  source: (() => {
    try {
      return execSync('git describe --always --dirty', { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
  runs: RUNS,
  asOf: AS_OF,
  rows,
  warnings,
}, null, 2)}\n`);
console.log('\nwritten: bench/results-ssr.json');
