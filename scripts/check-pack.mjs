// What `npm pack` would publish, checked after `npm run build`: the expected files and nothing
// else (no src/, test/, source maps), every exports target, "types", "customElements" and
// sideEffects path present, every module of dist/lib built from src/ and declared, and
// dist/lib importing nothing but its own modules, Lit and Chart.js. Prints each file's size.
// Usage: node scripts/check-pack.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Map(packed.files.map((f) => [f.path, f.size]));
const problems = [];

const expected = new Set([
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/sovereignty-widgets.js',
  'dist/sovereignty-widgets.css',
  'dist/integrity.json',
  'dist/dataset.json',
  'dist/dataset.schema.json',
  ...readdirSync('types').map((f) => `dist/types/${f}`),
  ...readdirSync('dist/snippets').map((f) => `dist/snippets/${f}`),
  // The images the snippets show (npm run images): one a widget and language.
  ...readdirSync('dist/snippets').flatMap((f) => ['en', 'fr', 'de'].map((lang) => `dist/img/${f.replace(/\.html$/, '')}.${lang}.png`)),
  'dist/lib/index.js',
  'dist/lib/index.d.ts',
  // sovereignty-widgets/ssr and the command line (the bin), for Node.
  'dist/ssr/ssr.js',
  'dist/ssr/cli.js',
  'dist/ssr/widgets.js',
]);
// Their declarations: every one tsc wrote (tsconfig.ssr.json), each from a module of src/.
for (const path of files.keys()) {
  const [, module] = path.match(/^dist\/ssr\/types\/(.+)\.d\.ts$/) ?? [];
  if (module && existsSync(`src/${module}.ts`)) expected.add(path);
}
// dist/lib: each module with its declarations, each from a module of src/ (a declaration may
// stand alone, for a module of types only).
const lib = /^dist\/lib\/(.+)\.(js|d\.ts)$/;
for (const path of files.keys()) {
  const [, module, kind] = path.match(lib) ?? [];
  if (!module) continue;
  if (kind === 'js') expected.add(`dist/lib/${module}.d.ts`);
  if (existsSync(`src/${module}.ts`)) expected.add(path);
}

for (const path of expected) if (!files.has(path)) problems.push(`missing: ${path}`);
for (const path of files.keys()) if (!expected.has(path)) problems.push(`unexpected: ${path}`);

// Everything package.json points at is in the package. The sideEffects entries under src/ are
// for this repository's own bundlers (Storybook's Vite imports the widgets from source): each
// must exist here, and must match a built module in dist/lib that is listed too.
const [sourceSideEffects, builtSideEffects] = [pkg.sideEffects.filter((p) => p.startsWith('./src/')), pkg.sideEffects.filter((p) => !p.startsWith('./src/'))];
for (const path of sourceSideEffects) {
  if (!existsSync(path)) problems.push(`sideEffects names a source module that does not exist: ${path}`);
  const built = path.replace('./src/', './dist/lib/').replace(/\.ts$/, '.js');
  if (!pkg.sideEffects.includes(built)) problems.push(`sideEffects lists ${path} but not its build, ${built}`);
}
for (const path of builtSideEffects.filter((p) => p.startsWith('./dist/lib/'))) {
  const source = path.replace('./dist/lib/', './src/').replace(/\.js$/, '.ts');
  if (!sourceSideEffects.includes(source)) problems.push(`sideEffects lists ${path} but not its source, ${source} (Storybook would drop it)`);
}
const targets = [
  pkg.main,
  pkg.types,
  pkg.customElements,
  ...Object.values(pkg.bin),
  ...builtSideEffects,
  ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))),
].map((p) => p.replace(/^\.\//, ''));
for (const target of targets) {
  const pattern = new RegExp(`^${target.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
  if (![...files.keys()].some((f) => pattern.test(f))) problems.push(`package.json points at a file not in the package: ${target}`);
}

// The unbundled build leaves Lit and Chart.js to the host's copies, and both are dependencies.
for (const path of files.keys()) {
  if (!/^dist\/lib\/.+\.js$/.test(path)) continue;
  const code = readFileSync(path, 'utf8');
  for (const [, specifier] of code.matchAll(/\b(?:from|import)\s*['"]([^'"]+)['"]/g)) {
    if (specifier.startsWith('.')) continue;
    const name = specifier.split('/')[0];
    if (!['lit', 'chart.js'].includes(name) || !pkg.dependencies[name]) problems.push(`${path} imports ${specifier}`);
  }
}

// The SSR build leaves Lit and Lit SSR to the installed copies (dependencies both), and Chart.js out.
for (const path of files.keys()) {
  if (!/^dist\/ssr\/[^/]+\.js$/.test(path)) continue;
  for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/\b(?:from|import)\s*['"]([^'"]+)['"]/g)) {
    if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (!['lit', '@lit-labs/ssr'].includes(name) || !pkg.dependencies[name]) problems.push(`${path} imports ${specifier}`);
  }
}
if (!readFileSync(pkg.bin['sovereignty-widgets'], 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push('the bin has no #!/usr/bin/env node line');

const width = Math.max(...[...files.keys()].map((p) => p.length));
for (const [path, size] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${path.padEnd(width)}  ${size.toLocaleString('en-US').padStart(9)} B`);
}
console.log(`${packed.entryCount} files, ${packed.unpackedSize.toLocaleString('en-US')} B unpacked, ${packed.size.toLocaleString('en-US')} B packed (${packed.filename})`);
if (problems.length) {
  console.error(`pack: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('pack: contents as expected');
