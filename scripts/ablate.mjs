// The ablation bench: each start-up mechanism measured with and without it, side by side in one
// run. One bundle per variant (bench/ablate/<variant>.js): the release build of
// rollup.config.mjs's first config, with its own plugins, plus one plugin that swaps one of our
// modules for a stand-in (bench/ablate/stubs/) or adds or removes one build plugin. Then the
// explainer, compute-gap and metric-toggle pages (scripts/bench.mjs's pages, watcher and
// measurement) at 1× and 4× CPU, the variants interleaved within each run in an order rotated
// from run to run, with the pasted chart.js/auto chart ("theirs") in the same runs. Prints
// Markdown tables of medians and min–max over the runs, and which numbers moved beyond that
// spread without each mechanism; writes bench/ablate.json.
// Usage: npm run ablate (builds first), or after a build:
//   node scripts/ablate.mjs [--runs N] [--only variant,variant] [--no-build]
// --runs: default 7 ($BENCH_RUNS too). --only: these variants (and always `base`).
// --no-build: measure the bundles already in bench/ablate/.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { arch, cpus, loadavg, release, type } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { CSS, THEIRS, VIEWPORT, chartDir, chartFile, launch, load, median, metricChanges, page, serve, sizes, tagged, theirsWidget, warnings } from './bench.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(arg('--runs') ?? process.env.BENCH_RUNS ?? 7) || 7);
const ONLY = arg('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
const BUILD = !process.argv.includes('--no-build');
const RATES = [1, 4];
const OUT = 'bench/ablate';

// ---- variants ----
const [release1] = (await import(pathToFileURL(resolvePath('rollup.config.mjs')).href)).default;
const has = (plugin) => release1.plugins.some((p) => p.name === plugin);

/**
 * Resolves imports of our module `file` (from src/) to the stand-in `stub` (in bench/ablate/stubs/),
 * except the stand-in's own import of the real module. (A resolveId hook, not a load hook: the
 * TypeScript plugin compiles src/ from disk and would ignore code a load hook returned.)
 */
const swap = (file, stub) => {
  const real = resolvePath(file);
  const standIn = resolvePath(OUT, 'stubs', stub);
  const base = file.replace(/^.*\/|\.ts$/g, '');
  return {
    name: `ablate-swap-${base}`,
    async resolveId(source, importer) {
      if (!importer || importer === standIn || !source.includes(base)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === real ? standIn : null;
    },
  };
};
const HINT = '//# allFunctionsCalledOnLoad';
const compileHint = has('compile-hint')
  ? { name: 'no-compile-hint', mechanism: `the compile hint (\`${HINT}\` first line)`, remove: 'compile-hint' }
  : { name: 'with-compile-hint', mechanism: `the compile hint (\`${HINT}\` first line), not in main's build`, adds: true,
      plugin: { name: 'ablate-compile-hint', renderChunk: (code) => ({ code: `${HINT}\n${code}`, map: null }) } };
/**
 * The nested build an earlier release had: src/chart/chart-lib.ts bundled on its own as an IIFE
 * whose code becomes the body of `chartLib()`, so that Chart.js is evaluated with the first
 * chart rather than when the script starts. Before the TypeScript plugin (`front`), whose load
 * hook would otherwise compile the module from disk.
 */
const lazyChart = {
  name: 'ablate-lazy-chart',
  async load(id) {
    if (!id.endsWith('/src/chart/chart-lib.ts')) return null;
    const shim = release1.plugins.find((p) => p.name === 'color-shim');
    const ts = typescript({ tsconfig: './tsconfig.json', include: ['src/chart/**/*.ts', 'src/shared/**/*.ts'], noEmitOnError: true });
    const nested = await rollup({ input: id, plugins: [...(shim ? [shim] : []), nodeResolve({ browser: true }), ts] });
    const { output } = await nested.generate({ format: 'iife', name: 'chartjs' });
    await nested.close();
    return `let lib;\nexport const chartLib = () => (lib ??= (() => {\n${output[0].code}\nreturn chartjs.chartLib();\n})());\n`;
  },
};
/** `mechanism`: what the variant goes without (with, for `adds`); `skip`: why it cannot be built. */
const ALL = [
  { name: 'base', mechanism: null },
  { name: 'no-slices', mechanism: 'render turns as one queue in ~8 ms slices after paint (src/shared/turns.ts)', plugin: swap('src/shared/turns.ts', 'turns.js') },
  { name: 'no-pieces', mechanism: 'content drawn in pieces, one a render turn (src/shared/controllers/drawn.ts)', plugin: swap('src/shared/controllers/drawn.ts', 'drawn.js') },
  { name: 'no-warm-intl', mechanism: '`warmIntl`: Intl objects made ahead, one a turn (src/shared/format.ts)', plugin: swap('src/shared/format.ts', 'format.js') },
  { name: 'no-scheme-cache', mechanism: 'the per-task cache of the colour scheme (src/shared/scheme.ts)', plugin: swap('src/shared/scheme.ts', 'scheme.js') },
  { name: 'no-color-shim', mechanism: "the colour-library shim (src/chart/color-shim.js instead of Chart.js's @kurkle/color)", remove: 'color-shim',
    skip: !has('color-shim') && "rollup.config.mjs's first config has no color-shim plugin" },
  compileHint,
  { name: 'with-lazy-chart', mechanism: "Chart.js evaluated with the first chart, by a nested build (not in main's build)", adds: true, front: true, plugin: lazyChart },
  { name: 'no-near', mechanism: 'charts built when their canvas nears the viewport (src/chart/near.ts)', plugin: swap('src/chart/near.ts', 'near.js'),
    skip: !existsSync('src/chart/near.ts') && 'src/chart/near.ts does not exist yet' },
  { name: 'no-actions', mechanism: 'the actions menu on every widget (src/shared/actions.ts; issue 22)', plugin: swap('src/shared/actions.ts', 'actions.js') },
  // A page variant: the base bundle, on pages that do not link the stylesheet (CLS only).
  { name: 'no-reserve-css', mechanism: `the reservation stylesheet (${CSS}; counts for CLS only)`, bundle: 'base', css: false, figures: ['cls'] },
];
const unknown = ONLY?.filter((n) => !ALL.some((v) => v.name === n || (n.endsWith('compile-hint') && v === compileHint)));
if (unknown?.length) throw new Error(`ablate: no variant ${unknown.join(', ')} (there are ${ALL.map((v) => v.name).join(', ')})`);
for (const v of ALL) if (v.skip) console.error(`ablate: ${v.name} skipped: ${v.skip}`);
const VARIANTS = ALL.filter((v) => !v.skip && (v.name === 'base' || !ONLY || ONLY.includes(v.name) || (v === compileHint && ONLY.some((n) => n.endsWith('compile-hint')))));

/** Writes bench/ablate/<name>.js: the release build with the variant's one change. */
async function build(v) {
  const { output, ...input } = release1;
  const plugins = input.plugins.filter((p) => p.name !== v.remove);
  if (v.plugin) plugins.splice(v.adds && !v.front ? plugins.length : 0, 0, v.plugin); // a hint after terser; a swap or a load hook before the rest
  const bundle = await rollup({ ...input, plugins });
  const { output: [chunk] } = await bundle.generate(output); // generate: nothing is written to dist/
  await bundle.close();
  await writeFile(`${OUT}/${v.name}.js`, chunk.code);
}

const started = Date.now();
await mkdir(OUT, { recursive: true });
for (const v of VARIANTS.filter((v) => !v.bundle)) {
  if (BUILD) {
    const t0 = Date.now();
    await build(v);
    console.error(`ablate: built ${OUT}/${v.name}.js (${Math.round((Date.now() - t0) / 1000)} s)`);
  } else if (!existsSync(`${OUT}/${v.name}.js`)) throw new Error(`ablate: ${OUT}/${v.name}.js missing; run without --no-build`);
}
const built = Date.now();
const bytes = Object.fromEntries(VARIANTS.map((v) => [v.name, sizes(`${OUT}/${v.bundle ?? v.name}.js`)]));
const baseCode = await readFile(`${OUT}/base.js`, 'utf8');
for (const v of VARIANTS.filter((v) => v.name !== 'base' && !v.bundle)) {
  v.same = (await readFile(`${OUT}/${v.name}.js`, 'utf8')) === baseCode;
  if (v.same) warnings.add(`${v.name}: the bundle is the same as base's (its change did nothing), so any difference measured is noise`);
}

// ---- pages ----
const PAGES = [
  { name: 'explainer', tag: 'sov-explainer', minCanvases: 0 },
  { name: 'compute-gap', tag: 'sov-compute-gap', minCanvases: 1 },
  { name: 'metric-toggle', tag: 'sov-metric-toggle', minCanvases: 1 },
];
const pages = new Map([['/pages/blank.html', '<!doctype html><title>blank</title>']]);
const files = { [`/${CSS}`]: CSS, '/pages/dataset.json': 'dist/dataset.json', [`/chart/${chartFile}`]: `${chartDir}/${chartFile}` };
const defs = {}; // defs[page][variant]
for (const p of PAGES) {
  for (const v of VARIANTS) {
    const script = `${OUT}/${v.bundle ?? v.name}.js`;
    files[`/${script}`] = script;
    const path = `/pages/${p.name}/${v.name}.html`;
    const css = v.css === false ? '' : `\n<link rel="stylesheet" href="/${CSS}">`;
    pages.set(path, page(`<script type="module" async src="/${script}"></script>`, tagged(p.tag), css));
    (defs[p.name] ??= {})[v.name] = { name: `${p.name}/${v.name}`, path, script, cfg: { tags: [p.tag], minCanvases: p.minCanvases } };
  }
}
const theirs = { name: THEIRS, path: '/pages/theirs.html', script: chartFile, cfg: { tags: [], minCanvases: 1 } };
pages.set(theirs.path, page(`<script src="/chart/${chartFile}"></script>`, theirsWidget));

// ---- runs ----
const { server, base } = await serve(pages, files);
const browser = await launch();
const env = { browser, base };
const samples = {}; // samples[variant][page][rate][figure] = [one value per run]
const add = (variant, pageName, rate, figures) => {
  const slot = (((samples[variant] ??= {})[pageName] ??= {})[`${rate}x`] ??= {});
  for (const [k, v] of Object.entries(figures)) (slot[k] ??= []).push(v);
};
const clicks = {}; // clicks[variant] = every click's latency, 4×
const orders = [];
const loads = [];
for (let run = 1; run <= RUNS; run++) {
  for (const rate of RATES) {
    for (const p of PAGES) {
      // Every variant once (and theirs, with the explainer), in an order rotated by one each run.
      const entries = [...VARIANTS.map((v) => v.name), ...(p.name === 'explainer' ? [THEIRS] : [])];
      const shift = (run - 1) % entries.length;
      const order = [...entries.slice(shift), ...entries.slice(0, shift)];
      orders.push({ run, rate, page: p.name, order });
      for (const name of order) {
        const t0 = Date.now();
        const { context, tab, figures } = await load(env, name === THEIRS ? theirs : defs[p.name][name], rate);
        if (p.name === 'metric-toggle' && rate === 4) {
          const { latencies, chartLatencies } = await metricChanges(tab);
          figures.metricChange = median(latencies);
          figures.chartRedrawn = median(chartLatencies);
          (clicks[name] ??= []).push(...latencies);
        }
        await context.close();
        add(name, name === THEIRS ? 'theirs' : p.name, rate, figures);
        loads.push(Date.now() - t0);
      }
    }
  }
  console.error(`ablate: run ${run}/${RUNS} done (${Math.round((Date.now() - built) / 1000)} s of measuring; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
}
await browser.close();
server.close();
const measured = Date.now();

// ---- medians, spread, verdicts ----
const stats = (values) => {
  const v = (values ?? []).filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null;
};
const summary = Object.fromEntries(Object.entries(samples).map(([variant, byPage]) => [variant, Object.fromEntries(Object.entries(byPage).map(([pg, byRate]) => [pg,
  Object.fromEntries(Object.entries(byRate).map(([rate, figs]) => [rate, Object.fromEntries(Object.entries(figs).map(([k, v]) => [k, stats(v)]))]))]))]));
const at = (variant, pg, rate, fig) => summary[variant]?.[pg]?.[`${rate}x`]?.[fig] ?? null;

/** Beyond the spread: each median lies outside the other's min–max range over the runs. */
const beyond = (a, b) => a && b && (a.median < b.min || a.median > b.max) && (b.median < a.min || b.median > a.max);
const FIGURES = { tbt: 'TBT', longestTask: 'longest task', cls: 'CLS', metricChange: 'metric change' };
const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const fmt = (fig, n) => (n == null ? '–' : fig === 'cls' ? n.toFixed(3) : int(n));
const unit = (fig) => (fig === 'cls' ? '' : ' ms');
const verdicts = VARIANTS.filter((v) => v.mechanism).map((v) => {
  // The build with the mechanism and the one without it.
  const [withIt, without] = v.adds ? [v.name, 'base'] : ['base', v.name];
  const worse = [];
  const better = [];
  for (const p of PAGES) {
    for (const rate of RATES) {
      for (const fig of v.figures ?? ['tbt', 'longestTask', 'cls', 'metricChange']) {
        const a = at(withIt, p.name, rate, fig);
        const b = at(without, p.name, rate, fig);
        if (!beyond(a, b)) continue;
        const text = `${p.name} ${FIGURES[fig]} ${rate}×: ${fmt(fig, a.median)} → ${fmt(fig, b.median)}${unit(fig)}`;
        (b.median > a.median ? worse : better).push(text);
      }
    }
  }
  const dBytes = v.bundle ? 0 : bytes[without].gzip - bytes[withIt].gzip;
  if (dBytes) (dBytes > 0 ? worse : better).push(`gzip ${int(bytes[withIt].gzip)} → ${int(bytes[without].gzip)} B (${dBytes > 0 ? '+' : '−'}${int(Math.abs(dBytes))})`);
  return { variant: v.name, mechanism: v.mechanism, with: withIt, without, worseWithout: worse, betterWithout: better, keep: !v.same && worse.length > 0, sameBundle: !!v.same };
});

// ---- report ----
const cell = (s, fig) => (s ? (s.n > 1 ? `${fmt(fig, s.median)} (${fmt(fig, s.min)}–${fmt(fig, s.max)})` : fmt(fig, s.median)) : '–');
const ratio = (a, b) => (a?.median == null || !b?.median ? '–' : `${(a.median / b.median).toFixed(2)}×`);
const md = (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
const source = (() => {
  try {
    return execSync('git describe --always --dirty', { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const lines = [];
const say = (s = '') => lines.push(s);
say(`## Ablation: ${RUNS} run${RUNS > 1 ? 's' : ''}, ${source ?? 'unknown source'}, ${new Date().toISOString().slice(0, 10)}`);
say();
say(`\`node scripts/ablate.mjs --runs ${RUNS}${ONLY ? ` --only ${ONLY.join(',')}` : ''}\`: Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, ${cpus()[0]?.model} ×${cpus().length}, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
say(`Each cell: median over runs, with ${RUNS > 1 ? 'min–max (the run-to-run spread)' : 'no spread (one run)'}; ms, CLS unitless. Variants interleaved in every run, order rotated each run.`);
if (RUNS < 5) say(`**${RUNS} run${RUNS > 1 ? 's' : ''}: the spread is not meaningful, and neither are the verdicts below.**`);
say();
for (const p of PAGES) {
  const ex = p.name === 'explainer';
  const mt = p.name === 'metric-toggle';
  const head = ['variant', 'TBT 1×', 'TBT 4×', ...(ex ? ['TBT 4× ÷ theirs'] : []), 'longest 1×', 'longest 4×', 'CLS 1×', 'CLS 4×', 'painted 4×', ...(mt ? ['metric change 4×'] : [])];
  const row = (name, pg) => [name, cell(at(name, pg, 1, 'tbt')), cell(at(name, pg, 4, 'tbt')), ...(ex ? [name === THEIRS ? '' : ratio(at(name, pg, 4, 'tbt'), at(THEIRS, 'theirs', 4, 'tbt'))] : []),
    cell(at(name, pg, 1, 'longestTask')), cell(at(name, pg, 4, 'longestTask')), cell(at(name, pg, 1, 'cls'), 'cls'), cell(at(name, pg, 4, 'cls'), 'cls'),
    cell(at(name, pg, 4, 'timeToPainted')), ...(mt ? [cell(at(name, pg, 4, 'metricChange'))] : [])];
  say(`### ${p.name} page (\`<${p.tag}>\`)`);
  say();
  say(md([head, head.map((_, i) => (i ? '---:' : '---')), ...VARIANTS.map((v) => row(v.name, p.name)), ...(ex ? [row(THEIRS, 'theirs')] : [])]));
  say();
}
say('### Bytes (`dist/sovereignty-widgets.js` as each variant builds it; gzip level 9 as `npm run size`)');
say();
say(md([['variant', 'raw B', 'gzip B', 'gzip vs base'], ['---', '---:', '---:', '---:'],
  ...VARIANTS.map((v) => [v.name + (v.bundle ? ` (${v.bundle}'s bundle)` : ''), int(bytes[v.name].raw), int(bytes[v.name].gzip),
    v.name === 'base' || v.bundle ? '' : `${bytes[v.name].gzip >= bytes.base.gzip ? '+' : '−'}${int(Math.abs(bytes[v.name].gzip - bytes.base.gzip))}`])]));
say();
say('### Verdicts');
say();
say('Beyond the spread: the median without the mechanism lies outside the min–max range of the runs with it, and the other way round. '
  + 'Compared: TBT, longest task and CLS on each page at 1× and 4×, the metric change at 4×, and gzip bytes (no spread). '
  + 'Keep a mechanism where going without it made one of these worse.');
say();
say(md([['mechanism', 'variant', 'worse without it (beyond the spread)', 'better without it', 'verdict'], ['---', '---', '---', '---', '---'],
  ...verdicts.map((v) => [v.mechanism, v.variant, v.worseWithout.join('; ') || 'none', v.betterWithout.join('; ') || 'none', v.sameBundle ? 'nothing to measure: same bundle as base' : v.keep ? 'keep' : 'no measured reason to keep'])]));
for (const w of warnings) say(`\nwarning: ${w}`);
console.log(`\n${lines.join('\n')}`);

const time = { buildSeconds: Math.round((built - started) / 1000), measureSeconds: Math.round((measured - built) / 1000), loads: loads.length, meanLoadMs: Math.round(loads.reduce((a, b) => a + b, 0) / loads.length) };
await writeFile('bench/ablate.json', `${JSON.stringify({
  date: new Date().toISOString(),
  source,
  machine: { os: `${type()} ${release()} ${arch()}`, cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, chromium: browser.version(), loadavgAtEnd: loadavg() },
  runs: RUNS,
  viewport: VIEWPORT,
  time,
  definitions: {
    figures: 'as scripts/bench.mjs (bench/results.json): tbt, longestTask, timeToPainted and cls per page load; metricChange and chartRedrawn are the median of 8 clicks in that load, at 4×',
    spread: 'min–max over runs of the per-run values; median is the median of the per-run values',
    beyondSpread: "each median lies outside the other variant's min–max range",
    bytes: 'the variant bundle, gzip level 9 (as scripts/size.mjs) and raw',
  },
  variants: VARIANTS.map(({ name, mechanism, bundle, adds, figures }) => ({ name, mechanism, bundle: bundle ?? name, adds: !!adds, figures: figures ?? null })),
  skipped: ALL.filter((v) => v.skip).map((v) => ({ name: v.name, why: v.skip })),
  bytes,
  summary,
  verdicts,
  orders,
  clicks,
  samples,
  warnings: [...warnings],
}, null, 2)}\n`);
console.error(`\nablate: builds ${time.buildSeconds} s, measuring ${time.measureSeconds} s (${time.loads} page loads, ${(time.meanLoadMs / 1000).toFixed(1)} s each on average); written: bench/ablate.json`);
