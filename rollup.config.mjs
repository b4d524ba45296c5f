import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve as resolvePath } from 'node:path';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const ts = (include = ['src/**/*.ts']) => typescript({ tsconfig: './tsconfig.json', include, noEmitOnError: true });

/**
 * Minifies the CSS inside Lit's css`…` literals (comments, white space, spaces around
 * braces and semicolons). Our styles hold no interpolations, so this is plain text work.
 */
const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    // TypeScript emits the tag as `css ` followed by the literal, with a space.
    if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
    const out = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => {
      const min = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/: /g, ':') // after a colon only: a space before one can be a descendant combinator
        .replace(/([:\s,(])0\.(\d)/g, '$1.$2')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${min}\``;
    });
    return { code: out, map: null };
  },
});

/**
 * After minification, the only line breaks left are inside template literals: Lit's html`…`
 * indentation. A newline followed by indentation becomes one space, which HTML treats the same.
 */
const collapseTemplateIndentation = () => ({
  name: 'collapse-template-indentation',
  renderChunk: (code) => ({ code: code.replace(/\n[ \t]{2,}/g, ' '), map: null }),
});

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
const MANGLED = new RegExp(`^(${OWN_MEMBERS.source.slice(1, -1)}|${CHART_PRIVATE.source})$`);

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
 * first call. The module is bundled on its own (Chart.js tree-shaken to what it imports) as an
 * IIFE, and that code becomes the body of the function: the script's start-up no longer sets
 * up Chart.js's defaults and registry, and a page with no chart in view never does.
 * Terser then minifies it with the rest, private names included.
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

/**
 * After the data entry is built, validate the default dataset and write it and its schema as
 * JSON, and the space reservation stylesheet.
 */
const writeDatasetJson = () => ({
  name: 'write-dataset-json',
  async writeBundle(options) {
    const url = pathToFileURL(resolvePath(options.file));
    const { defaultDataset, datasetSchema, validateDataset, reserveCss, snippet, TAGS } = await import(`${url.href}?t=${Date.now()}`);
    const result = validateDataset(defaultDataset);
    if (!result.ok) {
      const lines = result.errors.map((e) => `  ${e.path}: ${e.problem}`).join('\n');
      throw new Error(`The built-in dataset is invalid:\n${lines}`);
    }
    await mkdir('dist', { recursive: true });
    // $schema lets an author's editor check their copy against the published schema.
    const copy = { $schema: './dataset.schema.json', ...defaultDataset };
    await writeFile('dist/dataset.json', `${JSON.stringify(copy, null, 2)}\n`);
    const published = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'sovereignty-widgets/dataset.schema.json',
      title: 'sovereignty-widgets dataset',
      ...datasetSchema,
    };
    await writeFile('dist/dataset.schema.json', `${JSON.stringify(published, null, 2)}\n`);
    // The space reservation (src/reserve.ts), for a page to load before the script.
    await writeFile('dist/sovereignty-widgets.css', `/* sovereignty-widgets: each widget's space, held until it has drawn. */\n${reserveCss()}\n`);
    // The recommended snippet for each widget: the script with its integrity hash, the
    // widget's space reservation, and fallback text inside the element.
    const { url: bundleUrl, integrity } = JSON.parse(await readFile('dist/integrity.json', 'utf8'));
    await mkdir('dist/snippets', { recursive: true });
    for (const tag of TAGS) await writeFile(`dist/snippets/${tag}.html`, `${snippet(tag, { bundleUrl, integrity })}\n`);
  },
});

/**
 * Writes dist/integrity.json: the bundle's SHA-384 for `integrity="…"` and its versioned CDN
 * URL. Hashed from the file as written, so after terser and every renderChunk plugin.
 */
const writeIntegrity = () => ({
  name: 'write-integrity',
  async writeBundle(options) {
    const { name, version } = JSON.parse(await readFile('package.json', 'utf8'));
    const integrity = `sha384-${createHash('sha384').update(await readFile(options.file)).digest('base64')}`;
    const url = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/sovereignty-widgets.js`;
    await writeFile('dist/integrity.json', `${JSON.stringify({ version, url, integrity }, null, 2)}\n`);
  },
});

/**
 * Chrome's explicit compile hint (V8, Chrome 136+): every function of the file is compiled
 * on a background thread while the script streams in, instead of on the main thread the first
 * time it is called. Without it, compiling Chart.js's and Lit's functions as they were first
 * called was most of the first chart's and the first render's time. Other browsers ignore
 * the comment; it must come before any code.
 */
const compileHint = () => ({
  name: 'compile-hint',
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
});

/** Empties a build's output folder first, so no module removed from src/ lingers in the package. */
const clean = (dir) => ({ name: 'clean', buildStart: () => rm(dir, { recursive: true, force: true }) });

/** Copies the hand-written framework typings (types/: JSX for React and Preact, Vue's components) into dist. */
const copyTypes = () => ({
  name: 'copy-types',
  async writeBundle() {
    await rm('dist/types', { recursive: true, force: true });
    await cp('types', 'dist/types', { recursive: true });
  },
});

/** Copies the demo's static files and the built bundle into site/, a folder any static host can serve. */
const copySite = () => ({
  name: 'copy-site',
  async writeBundle() {
    await mkdir('site', { recursive: true });
    for (const file of ['index.html', 'article.html', 'demo.css', 'article.css']) await copyFile(`demo/${file}`, `site/${file}`);
    for (const file of ['sovereignty-widgets.js', 'sovereignty-widgets.css', 'integrity.json', 'dataset.json', 'dataset.schema.json']) await copyFile(`dist/${file}`, `site/${file}`);
  },
});

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/sovereignty-widgets.js', format: 'es', sourcemap: false },
    plugins: [
      lazyChartLib(),
      colorShim(),
      resolve({ browser: true }),
      minifyCssLiterals(),
      ts(),
      terser({
        module: true,
        ecma: 2021,
        compress: { passes: 3 },
        // Our own long member names, which nothing outside this code refers to (no string
        // lookups, no Lit reactive properties, no Chart.js or DOM names), and Chart.js's
        // `_private` members (see CHART_PRIVATE). A name quoted anywhere is kept.
        mangle: { properties: { regex: MANGLED, keep_quoted: true } },
        format: { comments: false },
      }),
      collapseTemplateIndentation(),
      compileHint(),
      writeIntegrity(), // last: it hashes the file as written
    ],
  },
  {
    // The unbundled build for sites with their own bundler: one module per source file, with
    // Lit and Chart.js left as imports, so a page that already uses Lit loads one copy of it.
    // Declarations come from `tsc -p tsconfig.lib.json` (npm run build). Chart.js keeps its own
    // colour library here: src/chart/color-shim.js is for the single bundle only.
    input: 'src/index.ts',
    external: [/^lit(\/|$)/, /^chart\.js(\/|$)/],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [clean('dist/lib'), minifyCssLiterals(), ts(), copyTypes()],
  },
  {
    input: 'src/data/export.ts',
    output: { file: 'dist/.build/data.mjs', format: 'es' },
    plugins: [ts(), writeDatasetJson()],
  },
  {
    // The designers' demo: the gallery built from the stories, with the widgets from src.
    input: 'demo/demo.ts',
    output: { file: 'site/demo.js', format: 'es' },
    plugins: [
      resolve({ browser: true }),
      ts(['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts']),
      terser({ module: true, ecma: 2021 }),
      copySite(),
    ],
  },
];
