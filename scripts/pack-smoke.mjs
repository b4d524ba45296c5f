// The package as a user gets it: `npm pack`, the tarball installed into a fresh app with
// React 19, Preact, Vue 3 and Svelte 5 from the registry, the typed recipes of
// examples/recipes/ type-checked against it (types resolve through the package's exports),
// and each recipe rendered. Run after `npm run build`.
// Usage: node scripts/pack-smoke.mjs [--keep]   (--keep leaves the app folder for a look)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
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

try {
  const [{ filename }] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { encoding: 'utf8' }));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sov-pack-smoke', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${filename}`, ...FRAMEWORKS], { cwd: app, stdio: 'inherit' });
  cpSync('examples/recipes', join(app, 'recipes'), { recursive: true });

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
} finally {
  if (process.argv.includes('--keep')) console.log(`app left in ${app}`);
  else rmSync(app, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`pack smoke: ${failures.length} failed`);
  process.exit(1);
}
console.log('pack smoke: all passed');
