import { rm } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// The builds. What follows them (the dataset files, the snippets, the integrity hash, the demo
// site and its pre-rendered article) is in scripts/dist-files.mjs and scripts/site.mjs.

const ts = (include = ['src/**/*.ts']) => typescript({ tsconfig: './tsconfig.json', include, noEmitOnError: true });

// Our Lit html`…` and css`…` templates, minified by html-minifier-next and Lightning CSS: white
// space collapsed to one space, never removed (a template may start with one: html` <span>`),
// and SVG's `/>` kept (without it, a shape would hold the next one).
const minifyOptions = { conservativeCollapse: true, keepClosingSlash: true };
const literals = (exclude = []) => minifyLiterals({ include: ['src/**'], exclude, failOnError: true, options: { minifyOptions } });

/**
 * Chart.js imports its colour library to tween colours and derive hover colours; our charts
 * take no pointer events and change colour at once, so src/chart/color-shim.js stands in for
 * it (3.6 KB gzip less; resolved in its place, no code of Chart.js changed).
 */
const colorShim = () => ({
  name: 'color-shim',
  resolveId: (id) => (id === '@kurkle/color' ? resolvePath('src/chart/color-shim.js') : null),
});

/** Chart.js left out of the server's builds: no chart is drawn there. */
const noChartLib = { name: 'no-chart-lib', load: (id) => (id.endsWith('/src/chart/chart-lib.ts') ? 'export const chartLib = () => { throw new Error("no charts on the server"); };' : null) };

const clean = (dir) => ({ name: 'clean', buildStart: () => rm(dir, { recursive: true, force: true }) }); // no removed module lingers

export default [
  {
    // The single module a page includes with one script tag: the widgets, Lit and the parts of
    // Chart.js they register.
    input: 'src/index.ts',
    output: { file: 'dist/sovereignty-widgets.js', format: 'es' },
    plugins: [
      colorShim(),
      resolve({ browser: true }),
      literals(),
      ts(),
      terser({
        module: true,
        ecma: 2022,
        // `unsafe…`: rewrites that assume no code depends on what they change (constructors
        // made with `function`, `new Array(n)` and the like); neither Lit nor Chart.js does.
        compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_comps: true, unsafe_math: true, unsafe_methods: true },
        format: { comments: false },
      }),
    ],
  },
  {
    // For sites with their own bundler: one module per source file, Lit and Chart.js left as
    // imports. Declarations come from `tsc -p tsconfig.lib.json` (npm run build).
    input: 'src/index.ts',
    external: [/^lit(\/|$)/, /^chart\.js(\/|$)/],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [clean('dist/lib'), literals(), ts()],
  },
  {
    // sovereignty-widgets/ssr, for Node: the widgets rendered with Lit SSR, and the command line.
    // Lit and Lit SSR stay imports; Chart.js is left out (no chart is drawn on the server).
    input: { ssr: 'src/ssr/ssr.ts', cli: 'src/ssr/cli.ts' },
    external: [/^lit(\/|$)/, /^@lit-labs\//, /^node:/],
    output: { dir: 'dist/ssr', format: 'es', chunkFileNames: 'widgets.js' },
    plugins: [
      clean('dist/ssr'),
      noChartLib,
      literals(['src/ssr/**']), // the same templates as the bundle's, and smaller pages
      ts(),
      { name: 'shebang', renderChunk: (code, chunk) => (chunk.name === 'cli' ? { code: `#!/usr/bin/env node\n${code}`, map: null } : null) },
    ],
  },
  {
    // The demo's pre-rendered snippet: renderWidget in a worker, built as the SSR build runs in
    // Node (Lit's `node` exports, so `isServer`; the same templates), so it prints what the CLI does.
    input: 'demo/ssr-worker.ts',
    output: { file: 'site/ssr-worker.js', format: 'iife' },
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning), // `this &&` in Lit SSR's DOM shim
    plugins: [
      // Lit SSR's client part has a `node` build only for Buffer, where its default one has btoa.
      { name: 'btoa', resolveId: (id) => (id === '@lit-labs/ssr-client' ? resolvePath('node_modules/@lit-labs/ssr-client/index.js') : null) },
      resolve({ exportConditions: ['node'] }),
      noChartLib,
      literals(['src/ssr/**']),
      ts(['src/**/*.ts', 'demo/ssr-worker.ts']),
      terser({ ecma: 2022 }),
    ],
  },
  // The dataset, its schema and the snippets, for scripts/dist-files.mjs to write out.
  { input: 'src/data/export.ts', output: { file: 'dist/.build/data.mjs', format: 'es' }, plugins: [ts()] },
  {
    // The designers' demo (site/, for any static host): the gallery built from the stories.
    input: 'demo/demo.ts',
    output: { file: 'site/demo.js', format: 'es' },
    plugins: [resolve({ browser: true }), ts(['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts']), terser({ module: true, ecma: 2022 })],
  },
];
