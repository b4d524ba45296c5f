// Performance bench in headless Chromium (the system's; nothing is downloaded). Each widget on
// its own article page at phone width, at 1× and 4× CPU: time from script start to painted,
// longest task, total blocking time, CLS; the same against the compute-gap chart pasted the
// blogger's way (chart.js/auto + an inline config); bundle bytes; metric-change latency; a page
// of 100 widgets; heap over 500 mount/remove cycles. Prints one table, writes bench/results.json.
// No assertions, not part of `npm test`. Medians over runs, a fresh browser context per page.
// Usage: npm run bench (builds first), or node scripts/bench.mjs [--runs N] after a build
// ($BENCH_RUNS sets the runs too, default 7, since a page varies by tens of ms from load to
// load at 4×; $CHROME_PATH the browser).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, release, type, arch } from 'node:os';
import { extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { requireChrome } from './browser.mjs';

const argRuns = process.argv.indexOf('--runs');
const RUNS = Math.max(1, Number(argRuns > 0 ? process.argv[argRuns + 1] : (process.env.BENCH_RUNS ?? 7)) || 7);
const RATES = [1, 4];
export const VIEWPORT = { width: 390, height: 844 };
const CLICKS = 8; // metric changes per page load, cycling through the four metrics
const CYCLES = 500;
const SINGLE = ['sov-compute-gap', 'sov-metric-toggle', 'sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases'];
const TAGS = [...SINGLE, 'sov-explainer'];
const CHARTED = new Set(['sov-compute-gap', 'sov-metric-toggle']);
export const THEIRS = 'theirs: chart.js/auto';
const ALONE = 'no script: explainer page, empty module';
export const BUNDLE = 'dist/sovereignty-widgets.js';
export const chartDir = 'node_modules/chart.js/dist';
export const chartFile = ['chart.umd.min.js', 'chart.umd.js'].find((f) => existsSync(`${chartDir}/${f}`));
export const dataset = JSON.parse(readFileSync('dist/dataset.json', 'utf8'));

// ---- bytes ----
export const sizes = (file) => {
  const source = readFileSync(file);
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length, brotli: brotli.length };
};
// The stylesheet that reserves each widget's height (zero layout shift), when the build makes one.
export const CSS = 'dist/sovereignty-widgets.css';
export const bundles = { ours: sizes(BUNDLE), oursCss: existsSync(CSS) ? sizes(CSS) : null, theirs: sizes(`${chartDir}/${chartFile}`) };

// ---- pages ----
/** Runs as each page's document is created, before its parser starts (an init script, so that
 * none of its work lands in the page's own tasks): records long tasks, layout shifts, canvas
 * draws, and `painted`: the end of the first frame in which every sov-* element (nested ones
 * too) has rendered with no update pending, nothing loading and every piece drawn (`ready`),
 * and every canvas in the viewport has been drawn on. */
export function watcher({ tags, minCanvases }) {
  const B = (window.__bench = { longTasks: [], shifts: [], painted: null, why: 'not defined' });
  B.heap = async () => { // JS heap after garbage collection (needs --js-flags=--expose-gc)
    for (let i = 0; i < 3; i++) {
      window.gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    return performance.memory.usedJSHeapSize;
  };
  const observe = (type, take) => new PerformanceObserver((l) => l.getEntries().forEach(take)).observe({ type, buffered: true });
  observe('longtask', (e) => B.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => e.hadRecentInput || B.shifts.push({ start: e.startTime, value: e.value }));
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fill', 'stroke', 'fillRect', 'fillText']) {
    const draw = proto[name];
    proto[name] = function (...args) {
      this.canvas.benchDrawn = performance.now();
      return draw.apply(this, args);
    };
  }
  const walk = (root, found = { els: [], canvases: [] }) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('sov-') && customElements.get(el.localName)) found.els.push(el); // not the control's
      if (el.localName === 'canvas') found.canvases.push(el);
      if (el.shadowRoot) walk(el.shadowRoot, found);
    }
    return found;
  };
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  let visible = [];
  const waitingFor = () => {
    if (!tags.every((t) => customElements.get(t))) return 'not defined';
    // A long widget draws in pieces, one a render turn: `ready` says the last one is in, with
    // those of every widget inside it. Checked first on the page's own widgets alone, since
    // walking every shadow root each frame would add the watcher's own work to the frames.
    if (tags.length && [...document.querySelectorAll(tags.join(','))].some((el) => !el.hasAttribute('ready'))) return 'drawing';
    const { els, canvases } = walk(document);
    if (els.some((el) => !el.hasUpdated || el.isUpdatePending)) return 'update pending';
    if (els.some((el) => !el.hasAttribute('ready'))) return 'drawing';
    if (els.some((el) => el.shadowRoot.querySelector('[aria-busy="true"]'))) return 'loading';
    visible = canvases.filter(inView);
    return visible.length < minCanvases ? `${visible.length} canvases in view` : '';
  };
  // The DOM is checked in a frame's requestAnimationFrame (what it holds then is painted in that
  // frame, and the layout read is one the frame does anyway); the canvases after that frame's
  // rendering (charts draw in their own requestAnimationFrame), by a message posted from it.
  const check = () => {
    try {
      B.why = waitingFor();
    } catch (error) {
      B.why = String(error);
    }
    if (B.why) requestAnimationFrame(check);
    else channel.port2.postMessage(0);
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (visible.every((c) => c.benchDrawn)) B.painted = performance.now();
    else {
      B.why = 'canvases in view not drawn';
      requestAnimationFrame(check);
    }
  };
  // Polled from the first frame after the page's elements are defined: before that, nothing
  // can be painted, and the poll's work would only add to the page's first frames.
  Promise.all(tags.map((t) => customElements.whenDefined(t))).then(() => requestAnimationFrame(check));
}

const TEXT = [
  'At its Paris summit, Mistral AI presented itself as Europe’s full-stack AI provider rather than a lab racing for the biggest model. Whether that is a strategy or a retreat depends on what one counts.',
  'Supporters point to efficient models, open weights and data that stays in Europe; sceptics to the capital gap, the cost of compute, and customers who may simply buy the best model available.',
  'The figures behind both readings are public. What follows sets them side by side, with sources, so that readers can judge the bet for themselves rather than take either side’s word for it.',
  'Governments and regulated industries are the first buyers. Their procurement cycles are slow, but once a supplier is chosen it tends to stay for years, which favours the patient over the fast.',
  'The coming year will show whether sovereignty is a market or only a slogan: the milestones at the end of the piece say what to watch, and when.',
];
export const page = (lib, widget, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench</title>
<style>body{margin:0 auto;max-width:42rem;padding:0 1rem;font:17px/1.6 Georgia,serif;color:#222}</style>
${head}
</head><body><article><h1>Europe’s AI bet</h1>
<p>${TEXT[0]}</p>
${lib}
${widget}
${TEXT.slice(1).map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
const ours = `<script type="module" async src="/dist/sovereignty-widgets.js"></script>`;
const { subject, rival } = dataset.computeGap.capital;
export const theirsWidget = `<div><canvas id="gap"></canvas></div>
<script>
new Chart(document.getElementById('gap'), {
  type: 'bar',
  data: {
    labels: ${JSON.stringify([dataset.parties.rival.name, dataset.parties.subject.name])},
    datasets: [{ label: 'Capital raised (US$ bn)', data: [${rival.value / 1e9}, ${subject.value / 1e9}] }],
  },
  options: { indexAxis: 'y', responsive: true },
});
</script>`;
export const tagged = (tag, attrs = '') => `<${tag}${attrs}></${tag}>`;
const defs = [
  ...TAGS.map((tag) => ({ name: tag, cfg: { tags: [tag], minCanvases: CHARTED.has(tag) ? 1 : 0 }, html: tagged(tag) })),
  { name: 'sov-compute-gap measure=capital', cfg: { tags: ['sov-compute-gap'], minCanvases: 1 }, html: tagged('sov-compute-gap', ' measure="capital"') },
  { name: THEIRS, cfg: { tags: [], minCanvases: 1 }, html: theirsWidget, lib: `<script src="/chart/${chartFile}"></script>`, script: chartFile },
  // The control: the explainer's page, stylesheet and element included, with an empty module
  // where ours goes. Its long tasks are the page's own (its first layout, its fonts), measured
  // over the same window: the floor under the explainer's row.
  { name: ALONE, cfg: { tags: [], minCanvases: 0 }, html: tagged('sov-explainer'), lib: '<script type="module" async src="/pages/empty.js"></script>', script: 'empty.js', css: true },
];
const manyHtml = Array.from({ length: 100 }, (_, i) => tagged(SINGLE[i % 6], ` src="${i % 10 === 9 ? 'dataset.json?copy=2' : 'dataset.json'}"`));
const many = { name: '100 widgets (1× only)', cfg: { tags: SINGLE, minCanvases: 1 }, html: manyHtml.join('\n') };
const empty = { name: 'no widget', cfg: { tags: TAGS, minCanvases: 0 }, html: '' };
const pages = new Map([['/pages/blank.html', '<!doctype html><title>blank</title>'], ['/pages/empty.js', '// the control: no library\n']]);
for (const [i, def] of [...defs, many, empty].entries()) {
  def.path = `/pages/${i}.html`;
  def.script ??= 'sovereignty-widgets.js';
  pages.set(def.path, page(def.lib ?? ours, def.html, (def.css ?? !def.lib) && bundles.oursCss ? `\n<link rel="stylesheet" href="/${CSS}">` : ''));
}

// ---- server: the generated pages and three files, never cached ----
const files = { [`/${BUNDLE}`]: BUNDLE, [`/${CSS}`]: CSS, '/pages/dataset.json': 'dist/dataset.json', [`/chart/${chartFile}`]: `${chartDir}/${chartFile}` };
const types = { '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
/** Serves `pages` (path → text) and `files` (path → file on disk) on a free port, never cached. */
export async function serve(pages, files) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const body = pages.get(pathname) ?? (files[pathname] && existsSync(files[pathname]) && readFileSync(files[pathname]));
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(pathname)], 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// ---- browser ----
export const launch = () => chromium.launch({
  executablePath: requireChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
/** CLS as Chrome reports it: the largest session window (gaps < 1 s, windows ≤ 5 s). */
export const sessionCls = (shifts) => {
  let max = 0, sum = 0, first = -Infinity, last = -Infinity;
  for (const { start, value } of shifts) {
    if (start - last >= 1000 || start - first >= 5000) [sum, first] = [0, start];
    sum += value;
    last = start;
    max = Math.max(max, sum);
  }
  return max;
};
export const warnings = new Set();

/** Loads one page in a fresh context at `rate`× CPU in `browser` (from `launch`), from `base` (from `serve`); resolves 1 s after it painted. */
export async function load({ browser, base }, def, rate, onRequest) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(watcher, def.cfg);
  const tab = await context.newPage();
  if (onRequest) tab.on('request', onRequest);
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${base}/pages/blank.html`); // same origin first: the throttling survives the next navigation
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await tab.goto(base + def.path, { waitUntil: 'commit' });
  // Polled over the protocol: waitForFunction would inject Playwright's script, a long task at 4×.
  const read = (expression) => cdp.send('Runtime.evaluate', { expression, returnByValue: true }).then((r) => r.result.value, () => null);
  for (let waited = 0; !(await read('window.__bench?.painted')); waited += 100) {
    if (waited > 30000) {
      warnings.add(`${def.name} at ${rate}×: not painted within 30 s (${await read('window.__bench?.why')})`);
      break;
    }
    await sleep(100);
  }
  await sleep(1000); // late tasks and shifts
  const raw = await tab.evaluate((script) => {
    const { longTasks, shifts, painted } = window.__bench;
    const start = performance.getEntriesByType('resource').find((e) => e.name.includes(script))?.startTime;
    return { start, painted, longTasks, shifts };
  }, def.script);
  // Only tasks from the script's request on: the navigation's own commit task is neither's.
  const durations = raw.longTasks.filter((t) => t.start >= (raw.start ?? 0)).map((t) => t.duration);
  const figures = {
    timeToPainted: raw.painted == null || raw.start == null ? null : raw.painted - raw.start,
    longestTask: Math.max(0, ...durations),
    tbt: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longTasks: durations.length,
    cls: sessionCls(raw.shifts),
    clsSum: raw.shifts.reduce((sum, s) => sum + s.value, 0),
  };
  return { context, tab, figures };
}

/**
 * Per click on another metric: click → the end of the next frame (rAF, then a message), which
 * shows the widget's response; and click → the end of the first frame in which the chart has
 * drawn again (its transition's first step).
 */
export async function metricChanges(tab) {
  await tab.evaluate(() => {
    window.__clicks = [];
    window.__chartClicks = [];
    const canvas = document.querySelector('sov-metric-toggle').shadowRoot.querySelector('canvas');
    const afterFrame = (done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    };
    addEventListener('click', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => afterFrame(() => window.__clicks.push(performance.now() - t0)));
      // Checked after each frame's rendering, as `painted` is: the chart draws in its own
      // requestAnimationFrame. Given up after 60 frames.
      let frames = 0;
      const drawnYet = () => {
        if (canvas.benchDrawn > t0) window.__chartClicks.push(performance.now() - t0);
        else if (++frames < 60) requestAnimationFrame(() => afterFrame(drawnYet));
      };
      requestAnimationFrame(() => afterFrame(drawnYet));
    }, true);
  });
  const metrics = dataset.metricToggle.metrics;
  const latencies = [];
  const chartLatencies = [];
  for (let i = 1; i <= CLICKS; i++) {
    const metric = metrics[i % metrics.length];
    await tab.evaluate(() => (window.__clicks.length = window.__chartClicks.length = 0));
    await tab.locator('sov-metric-toggle').getByRole('radio', { name: metric.label.en, exact: true }).click();
    await sleep(500); // the chart's 400 ms animation ends
    const picked = await tab.evaluate(() => document.querySelector('sov-metric-toggle').metric);
    if (picked !== metric.id) warnings.add(`metric change: clicked ${metric.id}, widget shows ${picked}`);
    latencies.push(await tab.evaluate(() => window.__clicks[0]));
    chartLatencies.push(await tab.evaluate(() => window.__chartClicks[0]));
  }
  return { latencies, chartLatencies };
}

async function cycles({ tags, count }) {
  const box = document.createElement('div');
  document.body.prepend(box); // in view, so charts are built
  const cycle = async () => {
    const els = tags.map((t) => document.createElement(t));
    box.append(...els);
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
    els.forEach((e) => e.remove());
  };
  for (let i = 0; i < 20; i++) await cycle(); // warm up caches and compiled code
  const heap = window.__bench.heap;
  const before = await heap();
  const t0 = performance.now();
  for (let i = 0; i < count / 2; i++) await cycle();
  const half = await heap(); // growth that stops at half-way is a cache; one that goes on, a leak
  for (let i = 0; i < count / 2; i++) await cycle();
  return { before, half, after: await heap(), ms: performance.now() - t0 };
}

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

// ---- runs ----
async function main() {
  const { server, base } = await serve(pages, files);
  const browser = await launch();
  const browserVersion = browser.version();
  const env = { browser, base };
  const samples = {}; // samples[name][rate][figure] = [run values]
  const add = (name, rate, figures) => {
    const slot = ((samples[name] ??= {})[`${rate}x`] ??= {});
    for (const [k, v] of Object.entries(figures)) (slot[k] ??= []).push(v);
  };
  const clicks = { '1x': [], '4x': [] };
  const chartClicks = { '1x': [], '4x': [] };
  const manyRuns = [];
  const cycleRuns = [];
  const cpuCheck = {};
  const started = Date.now();
  for (let run = 1; run <= RUNS; run++) {
    for (const rate of RATES) {
      for (const def of defs) {
        const { context, tab, figures } = await load(env, def, rate);
        add(def.name, rate, figures);
        if (def.name === 'sov-metric-toggle') {
          const { latencies, chartLatencies } = await metricChanges(tab);
          clicks[`${rate}x`].push(...latencies);
          chartClicks[`${rate}x`].push(...chartLatencies);
        }
        if (run === 1 && def.name === THEIRS) {
          cpuCheck[`${rate}x`] = await tab.evaluate(() => {
            const t0 = performance.now();
            let x = 0;
            for (let i = 0; i < 2e7; i++) x += i % 7;
            return x > 0 ? performance.now() - t0 : 0;
          });
        }
        await context.close();
      }
    }
    const requests = [];
    const withWidgets = await load(env, many, 1, (r) => r.url().includes('/dataset.json') && requests.push(r.url()));
    add(many.name, 1, withWidgets.figures);
    const heapMany = await withWidgets.tab.evaluate(() => window.__bench.heap());
    await withWidgets.context.close();
    const without = await load(env, empty, 1);
    const heapEmpty = await without.tab.evaluate(() => window.__bench.heap());
    manyRuns.push({ requests: requests.length, distinctUrls: new Set(requests).size, heapMany, heapEmpty, perWidget: (heapMany - heapEmpty) / 100 });
    if (run === RUNS) cycleRuns.push(await without.tab.evaluate(cycles, { tags: TAGS, count: CYCLES })); // once: ~1 min
    await without.context.close();
    console.error(`bench: run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await browser.close();
  server.close();

  // ---- medians, table, results.json ----
  const medians = Object.fromEntries(Object.entries(samples).map(([name, byRate]) => [name, Object.fromEntries(
    Object.entries(byRate).map(([rate, figs]) => [rate, Object.fromEntries(Object.entries(figs).map(([k, v]) => [k, median(v)]))]),
  )]));
  const medianOf = (list) => Object.fromEntries(Object.keys(list[0] ?? {}).map((k) => [k, median(list.map((r) => r[k]))]));
  const manyMedian = medianOf(manyRuns);
  const cycleMedian = medianOf(cycleRuns.map(({ before, half, after, ms }) => ({ before, half, after, growth: after - before, ms })));
  const clickMedian = { '1x': median(clicks['1x']), '4x': median(clicks['4x']) };
  const chartClickMedian = { '1x': median(chartClicks['1x']), '4x': median(chartClicks['4x']) };

  const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
  const kB = (n) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} kB`;
  const cls = (n) => (n == null ? '–' : n.toFixed(3));
  const ratio = (a, b) => (a == null || b == null ? '–' : b === 0 ? (a === 0 ? 'both 0' : '∞') : `${(a / b).toFixed(2)}×`);
  const FIGS = [['timeToPainted', int], ['longestTask', int], ['tbt', int], ['cls', cls]];
  const cells = (name) => FIGS.flatMap(([key, f]) => RATES.map((r) => f(medians[name]?.[`${r}x`]?.[key])));
  const gzipOf = (name) => (name === THEIRS ? bundles.theirs.gzip : name === ALONE ? (bundles.oursCss?.gzip ?? 0) : bundles.ours.gzip + (bundles.oursCss?.gzip ?? 0));
  const ratioRow = (label, a, b) => [label, ratio(gzipOf(a), gzipOf(b)),
    ...FIGS.flatMap(([key]) => RATES.map((r) => ratio(medians[a]?.[`${r}x`]?.[key], medians[b]?.[`${r}x`]?.[key])))];
  const ratios = {
    'compute-gap / theirs': ratioRow('ours/theirs: sov-compute-gap', 'sov-compute-gap', THEIRS),
    'compute-gap measure=capital / theirs': ratioRow('ours/theirs: compute-gap capital', 'sov-compute-gap measure=capital', THEIRS),
    'explainer (whole) / theirs': ratioRow('ours/theirs: WHOLE sov-explainer', 'sov-explainer', THEIRS),
  };
  const head = ['page (median of runs; ms)', 'gzip B', ...FIGS.flatMap(([k]) => RATES.map((r) => `${{ timeToPainted: 'painted', longestTask: 'longest task', tbt: 'TBT', cls: 'CLS' }[k]} ${r}×`))];
  const m = manyMedian;
  const rows = [
    head,
    '-',
    ...[...defs, many].map((d) => [d.name, int(gzipOf(d.name)), ...cells(d.name)]),
    '-',
    ...Object.values(ratios),
    '-',
    ['metric change', `click on another metric → next frame painted: 1× ${int(clickMedian['1x'])} ms, 4× ${int(clickMedian['4x'])} ms (median of ${clicks['1x'].length} clicks each)`],
    ['', `click → first frame with the chart redrawn: 1× ${int(chartClickMedian['1x'])} ms, 4× ${int(chartClickMedian['4x'])} ms`],
    ['100 widgets', `dataset requests ${m.requests} for ${m.distinctUrls} distinct src URLs; JS heap after GC ${kB(m.heapMany)} vs ${kB(m.heapEmpty)} without widgets = ${kB(m.perWidget)} per widget`],
    [`${CYCLES} mount/remove × 7`, `JS heap after GC ${kB(cycleMedian.before)} before, ${kB(cycleMedian.half)} half-way, ${kB(cycleMedian.after)} after (${cycleMedian.growth >= 0 ? '+' : '−'}${kB(Math.abs(cycleMedian.growth))}), one pass of ${int(cycleMedian.ms / 1000)} s at 1×`],
    ['bundle bytes', `ours ${BUNDLE}: raw ${int(bundles.ours.raw)}, gzip ${int(bundles.ours.gzip)}, brotli ${int(bundles.ours.brotli)} B${bundles.oursCss ? ` + ${CSS} (linked in our pages): raw ${int(bundles.oursCss.raw)}, gzip ${int(bundles.oursCss.gzip)} B` : ''}`],
    ['', `theirs ${chartDir}/${chartFile}: raw ${int(bundles.theirs.raw)}, gzip ${int(bundles.theirs.gzip)}, brotli ${int(bundles.theirs.brotli)} B`],
  ];
  const widths = head.map((_, i) => Math.max(...rows.filter((r) => Array.isArray(r) && r.length === head.length).map((r) => r[i].length)));
  const total = widths.reduce((a, b) => a + b + 2, -2);
  console.log(`\nsovereignty-widgets bench: ${RUNS} runs, Chromium ${browserVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, ${cpus()[0]?.model} ×${cpus().length}`);
  console.log(`gzip B = what the page loads (ours: the bundle${bundles.oursCss ? ' + the reservation stylesheet' : ''}; theirs: chart.js); painted = its request start →`);
  console.log('first frame with everything rendered and the charts in view drawn;');
  console.log('longest task / TBT (sum of task − 50 ms) over tasks from script start until 1 s after painted; CLS = largest session window\n');
  for (const row of rows) {
    if (row === '-') console.log('-'.repeat(total));
    else if (row.length === head.length) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
    else console.log(`${row[0].padEnd(widths[0])}  ${row[1]}`);
  }
  for (const w of warnings) console.log(`warning: ${w}`);

  await mkdir('bench', { recursive: true });
  await writeFile('bench/results.json', `${JSON.stringify({
    date: new Date().toISOString(),
    source: (() => {
      try {
        return execSync('git describe --always --dirty', { encoding: 'utf8' }).trim(); // -dirty: uncommitted src counts too
      } catch {
        return null;
      }
    })(),
    machine: { os: `${type()} ${release()} ${arch()}`, cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, chromium: browserVersion },
    runs: RUNS,
    viewport: VIEWPORT,
    definitions: {
      timeToPainted: 'ms from the resource-timing startTime of the library script (ours: the bundle; theirs: chart.js) to the end of the first frame in which every sov-* element has updated, none is loading, and every canvas in the viewport has been drawn on',
      longestTask: 'ms, longest PerformanceObserver longtask entry starting from the script request start until 1 s after painted (0 if none)',
      tbt: 'ms, sum over those long tasks of (duration − 50)',
      cls: 'largest session window of layout-shift entries without hadRecentInput (gaps < 1 s, window ≤ 5 s); clsSum is the plain sum',
      metricChange: 'ms from the click event timeStamp on another metric radio of sov-metric-toggle to the end of the next frame (rAF, then a message); chartRedrawn: to the end of the first frame in which its canvas was drawn on after the click',
      heap: 'performance.memory.usedJSHeapSize after gc() ×3, bytes',
      cpuCheck: 'ms for a fixed 2e7-iteration loop in the page at each throttling rate (checks the throttling applies)',
    },
    bundles,
    medians,
    ratios: Object.fromEntries(Object.entries(ratios).map(([k, row]) => [k, Object.fromEntries(head.slice(1).map((h, i) => [h, row[i + 1]]))])),
    metricChange: { median: clickMedian, samples: clicks, chartRedrawn: { median: chartClickMedian, samples: chartClicks } },
    manyWidgets: { median: manyMedian, runs: manyRuns },
    mountCycles: { cycles: CYCLES, tags: TAGS, median: cycleMedian, runs: cycleRuns },
    cpuCheck,
    samples,
    warnings: [...warnings],
  }, null, 2)}\n`);
  console.log('\nwritten: bench/results.json');
}

// Run as a script (imported by scripts/ablate.mjs, it only lends its pieces).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
