import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execSync } from 'node:child_process';
import { rollup } from 'rollup';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ts = (include = ['src/**/*.ts']) => typescript({ tsconfig: './tsconfig.json', include, noEmitOnError: true });
// Our Lit html`…` and css`…` templates, minified by html-minifier-next and Lightning CSS: white
// space collapsed to one space, never removed (a template may start with one: html` <span>`),
// and SVG's `/>` kept (without it, a shape would hold the next one).
const minifyOptions = { conservativeCollapse: true, keepClosingSlash: true };
const literals = (exclude = []) => minifyLiterals({ include: ['src/**'], exclude, failOnError: true, options: { minifyOptions } });

// Kept for the byte budget, each checked by the chart tests (removing them costs, in gzip bytes:
// our names' mangling 70, Chart.js's 829, the colour shim 3,564, the cuts 1,767; docs/performance.md).
// They go once the bundle has room: none is Chart.js's documented way to shrink it.

// Our own long member names, which nothing outside this code refers to (no string lookups, no
// Lit reactive properties, no Chart.js or DOM names).
const OWN_MEMBERS =
  /^(announce|breakpoint|inlineObserver|loadedUrl|loadToken|needsLoad|onCalls|onCallsDone|onKey|onMetric|reload|renderContent|renderError|renderMeasure|renderPoints|renderQuote|renderSourceList|renderSources|report|sourceNames|unwatchScheme|warned)$/;

/**
 * Chart.js's underscore members are private to it, except the option descriptors its option
 * resolver reads by name (`_fallback`, `_scriptable`…, and the keys its proxies hide because
 * they start with `_`), the names it holds in strings (`'_index_'`, `'_insertElements'`…) and
 * the methods it calls by a built name (`'_onData' + …`, `'_' + prefix + 'DatasetHoverStyle'`).
 * Lit's own members start with `_$` or `__` and are left alone. Mangling the rest saves about 0.8 KB gzip; the chart tests draw, update, resize
 * and destroy charts through these paths.
 */
const CHART_PRIVATE =
  /_(?![_$])(?!(fallback|scriptable|indexable|allKeys|cacheable|scopes|rootScopes|getTarget|context|proxy|subProxy|stack|keys|storage|descriptors|parsing|chartjs|idx|index_|value_|insertElements|removeElements|onData\w*|\w*DatasetHoverStyle)$)\w+/;

/** Resolves Chart.js's colour library to our pass-through stand-in (see src/chart/color-shim.js). */
const colorShim = () => ({
  name: 'color-shim',
  resolveId: (id) => (id === '@kurkle/color' ? resolvePath('src/chart/color-shim.js') : null),
});

/**
 * Two parts of Chart.js no chart here can reach, cut from its code, each checked so that the
 * build fails if Chart.js changes it:
 * - its thirty easing functions, looked up by name: every chart eases with the default,
 *   `easeOutQuart`, and Chart.js falls back to `linear`;
 * - the interaction modes that find the bars under the pointer (for hover and tooltips): the
 *   charts take no events (`events: []`), and Chart.js returns no element for a missing mode.
 */
const trimChartJs = () => {
  const cut = (code, from, to, by, what) => {
    const start = code.indexOf(from);
    const end = code.indexOf(to, start);
    if (start < 0 || end < 0) throw new Error(`trim-chart-js: ${what} not found in Chart.js; update rollup.config.mjs`);
    return code.slice(0, start) + by + code.slice(end + to.length);
  };
  return {
    name: 'trim-chart-js',
    transform(code, id) {
      if (id.endsWith('chart.js/dist/chunks/index.js')) {
        if (!code.includes('    easeOutQuart: (t)=>-((t -= 1) * t * t * t - 1),\n')) throw new Error('trim-chart-js: easeOutQuart changed');
        const effects = 'const effects = {\n    linear: (t)=>t,\n    easeOutQuart: (t)=>-((t -= 1) * t * t * t - 1)\n};';
        return { code: cut(code, 'const effects = {\n', '\n};', effects, 'the easing table'), map: null };
      }
      if (id.endsWith('chart.js/dist/chart.js')) {
        if (!code.includes('const method = Interaction.modes[mode];\n        if (typeof method === \'function\')')) throw new Error('trim-chart-js: the mode lookup changed');
        const modes = cut(code, 'function binarySearch(metaset, axis, value, intersect) {', '\n var Interaction = {', 'var Interaction = {', 'the interaction helpers');
        return { code: cut(modes, 'evaluateInteractionItems,\n    modes: {', '\n};', 'modes: {}\n};', 'the interaction modes'), map: null };
      }
      return null;
    },
  };
};

/**
 * Makes src/chart/chart-lib.ts, in the single bundle, a function that evaluates Chart.js on its
 * first call: the module is bundled on its own as an IIFE whose code becomes the function's
 * body, so the script's start-up does not set up Chart.js's defaults and registry, and a page
 * with no chart in view never does. (Chart.js's code
 * is changed only by the cuts above.)
 */
const lazyChartLib = () => ({
  name: 'lazy-chart-lib',
  async load(id) {
    if (!id.endsWith('/src/chart/chart-lib.ts')) return null;
    const bundle = await rollup({ input: id, plugins: [colorShim(), trimChartJs(), resolve({ browser: true }), ts(['src/chart/chart-lib.ts'])] });
    const { output } = await bundle.generate({ format: 'iife', name: 'chartjs' });
    await bundle.close();
    for (const file of Object.keys(output[0].modules)) this.addWatchFile(file);
    return `let lib;\nexport const chartLib = () => (lib ??= (() => {\n${output[0].code}\nreturn chartjs.chartLib();\n})());\n`;
  },
});

/** Chrome's explicit compile hint (V8): the file's functions are compiled off the main thread. */
const compileHint = () => ({ name: 'compile-hint', renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }) });

/** dist/integrity.json: the bundle's SHA-384, hashed from the file as written, and its CDN URL. */
const writeIntegrity = () => ({
  name: 'write-integrity',
  async writeBundle(options) {
    const { name, version } = JSON.parse(await readFile('package.json', 'utf8'));
    const integrity = `sha384-${createHash('sha384').update(await readFile(options.file)).digest('base64')}`;
    const url = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/sovereignty-widgets.js`;
    await writeFile('dist/integrity.json', `${JSON.stringify({ version, url, integrity }, null, 2)}\n`);
  },
});

/** Validates the default dataset, then writes it, its schema, the space reservation and the snippets. */
const writeDatasetFiles = () => ({
  name: 'write-dataset-files',
  async writeBundle(options) {
    const { defaultDataset, datasetSchema, validateDataset, reserveCss, snippet, TAGS } = await import(`${pathToFileURL(resolvePath(options.file)).href}?t=${Date.now()}`);
    const result = validateDataset(defaultDataset);
    if (!result.ok) throw new Error(`The built-in dataset is invalid:\n${result.errors.map((e) => `  ${e.path}: ${e.problem}`).join('\n')}`);
    const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
    // $schema lets an author's editor check their copy against the published schema.
    await writeFile('dist/dataset.json', json({ $schema: './dataset.schema.json', ...defaultDataset }));
    const meta = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'sovereignty-widgets/dataset.schema.json', title: 'sovereignty-widgets dataset' };
    await writeFile('dist/dataset.schema.json', json({ ...meta, ...datasetSchema }));
    // For a page to load before the script (src/reserve.ts).
    await writeFile('dist/sovereignty-widgets.css', `/* sovereignty-widgets: each widget's space, held until it has drawn. */\n${reserveCss()}\n`);
    const { url: bundleUrl, integrity } = JSON.parse(await readFile('dist/integrity.json', 'utf8'));
    await mkdir('dist/snippets', { recursive: true });
    // With the widget's image (dist/img/, drawn by `npm run images`) for email and feeds.
    for (const tag of TAGS) await writeFile(`dist/snippets/${tag}.html`, `${snippet(tag, { bundleUrl, integrity, image: true })}\n`);
  },
});

/**
 * The demo's article as the showcase of server rendering: each widget pre-rendered by
 * sovereignty-widgets/ssr (built before this), in the page's language, and no reservation
 * stylesheet (a pre-rendered widget has its size already).
 */
async function prerenderArticle(file) {
  const { renderWidget } = await import(`${pathToFileURL(resolvePath('dist/ssr/ssr.js')).href}?t=${Date.now()}`);
  let html = await readFile(file, 'utf8');
  const lang = html.match(/<html lang="([^"]+)"/)?.[1] ?? 'en';
  html = html
    // Deferred, not async: see src/ssr/cli.ts.
    .replace('<script type="module" async src="sovereignty-widgets.js">', '<script type="module" src="sovereignty-widgets.js">')
    .replace(/ *<!-- Each widget's space[^>]*-->\n *<link rel="stylesheet" href="sovereignty-widgets.css" \/>\n/, '')
    .replace(/<(sov-[a-z-]+)([^>]*)><\/\1>/g, (_, tag, attributes) => {
      const attrs = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
      return renderWidget(tag, { attrs, lang });
    });
  if (html.includes('sovereignty-widgets.css') || html.includes(' async src') || /<sov-[a-z-]+[^>]*><\/sov-/.test(html)) throw new Error(`prerender: ${file} changed; update rollup.config.mjs`);
  await writeFile(file, html);
}

/** Runs `fn` after a build has written its files. */
const exec = (command) => execSync(command, { stdio: 'inherit' });
const after = (name, fn) => ({ name, writeBundle: fn });
const copy = (files, from, to) => Promise.all(files.map((f) => copyFile(`${from}/${f}`, `${to}/${f}`)));

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/sovereignty-widgets.js', format: 'es' },
    plugins: [
      lazyChartLib(),
      colorShim(),
      resolve({ browser: true }),
      literals(),
      ts(),
      terser({
        module: true,
        ecma: 2021,
        // `unsafe…`: rewrites that assume no code depends on what they change (constructors
        // made with `function`, `new Array(n)` and the like); neither Lit nor Chart.js does.
        compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_comps: true, unsafe_math: true, unsafe_methods: true },
        mangle: { properties: { regex: new RegExp(`^(${OWN_MEMBERS.source.slice(1, -1)}|${CHART_PRIVATE.source})$`), keep_quoted: true } },
        format: { comments: false },
      }),
      compileHint(),
      writeIntegrity(), // last: it hashes the file as written
    ],
  },
  {
    // For sites with their own bundler: one module per source file, Lit and Chart.js left as
    // imports. Declarations come from `tsc -p tsconfig.lib.json` (npm run build).
    input: 'src/index.ts',
    external: [/^lit(\/|$)/, /^chart\.js(\/|$)/],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      { name: 'clean', buildStart: () => rm('dist/lib', { recursive: true, force: true }) }, // no removed module lingers
      literals(),
      ts(),
      after('copy-types', async () => { // the hand-written JSX and Vue typings
        await rm('dist/types', { recursive: true, force: true });
        await cp('types', 'dist/types', { recursive: true });
      }),
    ],
  },
  {
    // sovereignty-widgets/ssr, for Node: the widgets rendered with Lit SSR, and the command line.
    // Lit and Lit SSR stay imports; Chart.js is left out (no chart is drawn on the server).
    input: { ssr: 'src/ssr/ssr.ts', cli: 'src/ssr/cli.ts' },
    external: [/^lit(\/|$)/, /^@lit-labs\//, /^node:/],
    output: { dir: 'dist/ssr', format: 'es', chunkFileNames: 'widgets.js' },
    plugins: [
      { name: 'clean-ssr', buildStart: () => rm('dist/ssr', { recursive: true, force: true }) },
      { name: 'no-chart-lib', load: (id) => (id.endsWith('/src/chart/chart-lib.ts') ? 'export const chartLib = () => { throw new Error("no charts on the server"); };' : null) },
      literals(['src/ssr/**']), // the same templates as the bundle's, and smaller pages
      ts(),
      { name: 'shebang', renderChunk: (code, chunk) => (chunk.name === 'cli' ? { code: `#!/usr/bin/env node\n${code}`, map: null } : null) },
      after('ssr-types', () => exec('npx tsc -p tsconfig.ssr.json')),
    ],
  },
  { input: 'src/data/export.ts', output: { file: 'dist/.build/data.mjs', format: 'es' }, plugins: [ts(), writeDatasetFiles()] },
  {
    // The designers' demo (site/, for any static host): the gallery built from the stories.
    input: 'demo/demo.ts',
    output: { file: 'site/demo.js', format: 'es' },
    plugins: [
      resolve({ browser: true }),
      ts(['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts']),
      terser({ module: true, ecma: 2021 }),
      after('copy-site', async () => {
        await copy(['index.html', 'article.html', 'demo.css', 'article.css'], 'demo', 'site');
        await copy(['sovereignty-widgets.js', 'sovereignty-widgets.css', 'integrity.json', 'dataset.json', 'dataset.schema.json'], 'dist', 'site');
        await prerenderArticle('site/article.html');
      }),
    ],
  },
];
