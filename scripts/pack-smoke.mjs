// The package as a user gets it: `npm pack`, the tarball installed into a fresh app with
// React 19, Preact, Vue 3 and Svelte 5 from the registry, the typed recipes of
// examples/recipes/ type-checked against it (types resolve through the package's exports),
// each recipe rendered, and pages served from the app opened in headless Chromium: the
// README's embed snippet (with its integrity hash, against the packed bundle), the Eleventy
// shortcodes' output, and the unbundled build sharing the page's Lit through an import map;
// and a real Eleventy 3 site built with the recipe's {% sovPrerendered %}, checked with
// scripts off (the content is there) and on (the upgrade keeps each widget's height).
// Run after `npm run build`.
// Usage: node scripts/pack-smoke.mjs [--keep]   (--keep leaves the app folder for a look)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { requireChrome } from './browser.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TAGS = ['sov-compute-gap', 'sov-metric-toggle', 'sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases', 'sov-explainer'];
const FRAMEWORKS = ['react@19', 'react-dom@19', '@types/react@19', '@types/react-dom@19', 'preact@11', 'preact-render-to-string@6', 'vue@3', 'svelte@5'];
const app = mkdtempSync(join(tmpdir(), 'sov-pack-'));
const failures = [];
const expect = (what, ok) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** Compiles a recipe to a module inside the app, so its imports resolve to the app's packages. */
function transpile(file) {
  const source = ts.sys.readFile(join(app, 'recipes', file));
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX },
  });
  const out = join(app, 'recipes', file.replace(/\.tsx?$/, '.mjs'));
  writeFileSync(out, outputText);
  return import(pathToFileURL(out).href);
}

// ---- A real Eleventy 3 site (this repository's devDependency) built with the recipe from the
// installed package: a Nunjucks page of every widget through {% sovPrerendered %}, in English,
// French and German, one with a dataset of the site's _data/, and {% sovScript %} in the head.

/** Writes the site's source, builds it into app/_site, and returns the pages built. */
function buildEleventySite() {
  const pages = [
    { name: 'en', lang: 'en', options: '{ asOf: "2026-12-01" }' },
    { name: 'fr', lang: 'fr', options: '{ lang: "fr", theme: "dark", asOf: "2026-12-01" }' },
    { name: 'de-northwind', lang: 'de', options: '{ lang: "de", data: northwind, asOf: "2026-12-01" }' },
  ];
  mkdirSync(join(app, 'site/_data'), { recursive: true });
  cpSync('examples/northwind-vs-contoso.json', join(app, 'site/_data/northwind.json'));
  for (const { name, lang, options } of pages) {
    const widgets = TAGS.map((tag) => `<div class="slot">{% sovPrerendered "${tag}", ${options} %}</div>`).join('\n<p>Text between widgets.</p>\n');
    writeFileSync(
      join(app, `site/${name}.njk`),
      `---\npermalink: ${name}.html\n---\n<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">{% sovScript %}</head>\n` +
        `<body style="margin:0;font:17px Georgia,'DejaVu Serif',serif">\n${widgets}\n</body></html>\n`,
    );
  }
  const started = performance.now();
  const eleventy = resolve('node_modules/@11ty/eleventy/cmd.cjs');
  execFileSync(process.execPath, [eleventy, '--input=site', '--output=_site', '--config=recipes/eleventy.config.js', '--quiet'], { cwd: app, stdio: 'inherit' });
  console.log(`     Eleventy built ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
  for (const { name } of pages) {
    const file = join(app, '_site', `${name}.html`);
    // The CDN URL of {% sovScript %} points at the installed package.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@[^/]+\//g, '/node_modules/sovereignty-widgets/'));
  }
  return pages;
}

/**
 * Each page of the Eleventy site in Chromium: with JavaScript off, every widget shows its
 * content (a declarative shadow root, no "loading"); with it on, every widget upgrades, keeping
 * its text and height in every frame, with no layout shift.
 */
async function checkEleventySite(browser, origin, pages) {
  const read = () =>
    [...document.querySelectorAll('.slot > *')].map((w) => ({
      tag: w.localName,
      attached: !!w.shadowRoot,
      defined: w.matches(':defined'),
      ready: w.hasAttribute('ready'),
      height: Math.round(w.getBoundingClientRect().height * 4) / 4,
      text: (w.shadowRoot?.querySelector('[part~="base"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  for (const { name } of pages) {
    const url = `${origin}/_site/${name}.html`;
    const off = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await off.goto(url);
    const still = await off.evaluate(read);
    await off.close();
    expect(`Eleventy, ${name}, scripts off: every widget's content is in the page`,
      still.length === TAGS.length && still.every((w) => w.attached && !w.defined && w.height > 150 && w.text.length > 100 && !/Loading|Chargement|Wird geladen/.test(w.text)));

    const on = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = [];
    on.on('pageerror', (e) => errors.push(e.message));
    on.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // Each widget's heights from the end of parsing (before the deferred script runs: earlier
    // frames show the page while it streams in) to the end, and the layout shifts.
    await on.addInitScript(() => {
      const w = window;
      w.__heights = new Map();
      w.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && (w.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        document.querySelectorAll('.slot > *').forEach((el, i) => {
          if (!w.__heights.has(i)) w.__heights.set(i, new Set());
          w.__heights.get(i).add(Math.round(el.getBoundingClientRect().height * 4) / 4);
        });
        requestAnimationFrame(frame);
      };
      document.addEventListener('readystatechange', () => document.readyState === 'interactive' && frame());
    });
    await on.goto(`${url}?slow`);
    const upgraded = await on
      .waitForFunction(() => [...document.querySelectorAll('.slot > *')].every((w) => w.hasAttribute('ready')), null, { timeout: 20000 })
      .then(() => true, () => false);
    await on.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const live = await on.evaluate(read);
    const { heights, shift } = await on.evaluate(() => ({ heights: [...window.__heights.values()].map((s) => [...s]), shift: window.__shift }));
    await on.close();
    const steady = heights.length === TAGS.length && heights.every((h, i) => h.length === 1 && h[0] === still[i].height);
    expect(`Eleventy, ${name}, scripts on: every widget upgrades at its pre-rendered height, no layout shift (CLS ${shift.toFixed(4)})`,
      upgraded && errors.length === 0 && live.every((w) => w.defined && w.ready) && steady && shift <= 0.005);
    if (!steady || errors.length) console.log(`  heights: ${JSON.stringify(heights)} (scripts off: ${still.map((w) => w.height)}); errors: ${errors.join(' | ')}`);
  }
}

try {
  const [{ filename }] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { encoding: 'utf8' }));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sov-pack-smoke', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${filename}`, ...FRAMEWORKS], { cwd: app, stdio: 'inherit' });
  cpSync('examples/recipes', join(app, 'recipes'), { recursive: true });

  // Server rendering as installed: the bin, and sovereignty-widgets/ssr with the app's Lit.
  const rendered = execFileSync(join(app, 'node_modules/.bin/sovereignty-widgets'), ['render', 'sov-milestones', '--lang', 'fr'], { cwd: app, encoding: 'utf8' });
  expect('the installed bin prints a pre-rendered element and the script tag', /^<sov-milestones [^>]*lang="fr"[\s\S]*shadowrootmode="open"[\s\S]*integrity="sha384-/.test(rendered));
  writeFileSync(join(app, 'ssr.mjs'), "import { renderWidget } from 'sovereignty-widgets/ssr';\nprocess.stdout.write(renderWidget('sov-stack-card', { theme: 'dark' }));\n");
  expect('sovereignty-widgets/ssr renders in the app', /^<sov-stack-card [^>]*data-scheme="dark"[\s\S]*shadowrootmode/.test(execFileSync(process.execPath, ['ssr.mjs'], { cwd: app, encoding: 'utf8' })));

  // Types: the recipes compile against the installed package (tsc from this repository).
  try {
    execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(app, 'recipes')], { stdio: 'inherit' });
    expect('the React, Preact and Vue recipes type-check against the package', true);
  } catch {
    expect('the React, Preact and Vue recipes type-check against the package', false);
  }

  // The frameworks' own entry points, as the app resolves them.
  writeFileSync(
    join(app, 'deps.mjs'),
    `export { createElement } from 'react';
export { renderToString as renderReact } from 'react-dom/server';
export { h } from 'preact';
export { renderToString as renderPreact } from 'preact-render-to-string';
export { createSSRApp } from 'vue';
export { renderToString as renderVue } from 'vue/server-renderer';
export { compile as compileSvelte } from 'svelte/compiler';
export { render as renderSvelte } from 'svelte/server';
`,
  );
  const deps = await import(pathToFileURL(join(app, 'deps.mjs')).href);

  // React 19, on the server: attributes, fallback content and class come through.
  const react = deps.renderReact(deps.createElement((await transpile('react.tsx')).Sovereignty));
  expect('React renders <sov-compute-gap> with its attributes and fallback content',
    react.includes('<sov-compute-gap measure="capital" scale="log"><p>Mistral has raised'));
  expect('React renders <sov-metric-toggle metric calls>', /<sov-metric-toggle metric="speed" calls="20">/.test(react));
  expect('React renders <sov-milestones as-of class>', /<sov-milestones as-of="2026-10-01" class="timeline">/.test(react));

  // Preact, on the server.
  const preact = deps.renderPreact(deps.h((await transpile('preact.tsx')).Sovereignty, {}));
  expect('Preact renders the elements with their attributes', preact.includes('<sov-compute-gap measure="capital" class="wide"><p>Mistral') && preact.includes('<sov-explainer sections="stack compute-gap" as-of="2026-10-01">'));

  // Vue 3, on the server, compiling the template with isCustomElement: no warning.
  const recipe = await transpile('vue.ts');
  const warnings = [];
  let html = '';
  for (const component of [recipe.Sovereignty, recipe.Timeline]) {
    const vueApp = deps.createSSRApp(component);
    vueApp.config.compilerOptions.isCustomElement = recipe.isCustomElement;
    vueApp.config.warnHandler = (message) => warnings.push(message);
    html += await deps.renderVue(vueApp);
  }
  expect('Vue renders the template and the render function with no warning', warnings.length === 0 &&
    html.includes('<sov-compute-gap measure="capital"><p>Mistral') && html.includes('<sov-metric-toggle metric="speed">') && html.includes('<sov-milestones as-of="2026-10-01">'));
  if (warnings.length) console.log(warnings.join('\n'));

  // Svelte 5: compiles for the browser with no warning, and renders on the server.
  const source = readFileSync(join(app, 'recipes/Sovereignty.svelte'), 'utf8');
  const client = deps.compileSvelte(source, { filename: 'Sovereignty.svelte', generate: 'client' });
  expect('Svelte compiles the recipe with no warning', client.warnings.length === 0);
  client.warnings.forEach((w) => console.log(w.message));
  const server = deps.compileSvelte(source, { filename: 'Sovereignty.svelte', generate: 'server' });
  writeFileSync(join(app, 'recipes/Sovereignty.server.js'), server.js.code);
  const { body } = deps.renderSvelte((await import(pathToFileURL(join(app, 'recipes/Sovereignty.server.js')).href)).default);
  expect('Svelte renders the elements with their attributes', /<sov-compute-gap measure="capital">\s*<p>Mistral/.test(body) && body.includes('<sov-metric-toggle metric="speed">'));

  // Pages, served from the app. CDN URLs point at the installed package; integrity is kept.
  const local = (html) => html.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@[^/]+\//g, '/node_modules/sovereignty-widgets/');
  const page = (body, head = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
  const readme = readFileSync('README.md', 'utf8');
  const snippet = readme.slice(readme.indexOf('## Embed a widget')).match(/```html\n([\s\S]*?)```/)[1];
  writeFileSync(join(app, 'snippet.html'), page(local(snippet) + TAGS.map((t) => `<${t}></${t}>`).join('')));
  const shortcodes = {};
  (await import(pathToFileURL(join(app, 'recipes/eleventy.config.js')).href)).default({ addShortcode: (name, fn) => (shortcodes[name] = fn) });
  expect('the Eleventy recipe pre-renders a widget', /^<sov-compute-gap [^>]*measure="capital"[\s\S]*shadowrootmode="open"/.test(shortcodes.sovPrerendered('sov-compute-gap', { attrs: { measure: 'capital' }, lang: 'fr' })));
  writeFileSync(join(app, 'eleventy.html'), page(TAGS.map((t) => shortcodes.sov(t, t === 'sov-compute-gap' ? { measure: 'capital' } : {})).join(''), local(shortcodes.sovScript())));
  const eleventyPages = buildEleventySite();
  const importMap = {
    imports: {
      lit: '/node_modules/lit/index.js',
      'lit/': '/node_modules/lit/',
      'lit-html': '/node_modules/lit-html/lit-html.js',
      'lit-html/': '/node_modules/lit-html/',
      'lit-element/': '/node_modules/lit-element/',
      '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
      'chart.js': '/node_modules/chart.js/dist/chart.js',
      '@kurkle/color': '/node_modules/@kurkle/color/dist/color.esm.js',
      'sovereignty-widgets/lib': '/node_modules/sovereignty-widgets/dist/lib/index.js',
    },
  };
  const unbundled = `<script type="importmap">${JSON.stringify(importMap)}</script><script type="module">
    import { LitElement } from 'lit';
    import 'sovereignty-widgets/lib';
    // Elements already on the page are defined (and upgraded) a task after the import.
    customElements.whenDefined('sov-compute-gap').then((Element) => (window.sameLit = Element.prototype instanceof LitElement));
  </script>`;
  writeFileSync(join(app, 'unbundled.html'), page(TAGS.map((t) => `<${t}></${t}>`).join(''), unbundled));

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
  const http = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = join(app, normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(app) || !existsSync(file)) return res.writeHead(404).end();
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    if (url.pathname.endsWith('/sovereignty-widgets.js')) return res.end(body, bundleServed);
    if (!url.searchParams.has('slow')) return res.end(body);
    // A page arriving in two parts, as over a slow network: the bundle is served, and has time
    // to run, before the rest of the page (where an async script would leave the widgets in the
    // second part with their shadow roots unattached).
    const html = body.toString();
    const half = html.lastIndexOf('<p>Text between widgets.</p>'); // before the explainer
    const served = new Promise((done) => (bundleServed = done));
    res.write(html.slice(0, half));
    await served;
    setTimeout(() => res.end(html.slice(half)), 500);
  });
  let bundleServed = () => {};
  await new Promise((done) => http.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const executablePath = requireChrome();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const [file, what] of [
      ['snippet.html', "the README's embed snippet (plain HTML, WordPress, Ghost) with its integrity hash"],
      ['eleventy.html', "the Eleventy shortcodes' output"],
      ['unbundled.html', 'the unbundled build through an import map'],
    ]) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await tab.goto(`${origin}/${file}`);
      const rendered = await tab
        .waitForFunction(
          (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])')),
          TAGS,
          { timeout: 15000 },
        )
        .then(() => true, () => false);
      const alerts = await tab.evaluate((tags) => tags.filter((t) => document.querySelector(t).shadowRoot?.querySelector('[role="alert"]')), TAGS);
      expect(`Chromium renders every element from ${what}, with no error box`, rendered && alerts.length === 0 && errors.length === 0);
      if (errors.length || alerts.length) console.log(`  errors: ${errors.join(' | ')}; error boxes: ${alerts.join(', ')}`);
      if (file === 'unbundled.html') expect("the unbundled build's elements extend the page's own Lit (one copy)", await tab.evaluate(() => window.sameLit === true));
      await tab.close();
    }
    const started = performance.now();
    await checkEleventySite(browser, origin, eleventyPages);
    console.log(`     the Eleventy pages checked in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await browser.close();
    http.close();
  }
} finally {
  if (process.argv.includes('--keep')) console.log(`app left in ${app}`);
  else rmSync(app, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`pack smoke: ${failures.length} failed`);
  process.exit(1);
}
console.log('pack smoke: all passed');
