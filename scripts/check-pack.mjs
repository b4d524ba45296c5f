// What `npm pack` would publish, checked after `npm run build`: the expected files and nothing
// else (no src/, test/, source maps), every exports target, "types", "customElements" and
// sideEffects path present, every module of src/ built into dist/lib with its declarations,
// and dist/lib importing nothing but its own modules, Lit and Chart.js. Prints each file's size.
// Usage: node scripts/check-pack.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Map(packed.files.map((f) => [f.path, f.size]));
const problems = [];

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

// Every module of src/ (but the build-only data entry) has its declarations in dist/lib; its
// JavaScript too, unless it holds types only.
const sources = walk('src')
  .filter((f) => f.endsWith('.ts') && f !== join('src', 'data', 'export.ts'))
  .map((f) => relative('src', f).replace(/\\/g, '/').replace(/\.ts$/, ''));
const expected = new Set([
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/sovereignty-widgets.js',
  'dist/integrity.json',
  'dist/dataset.json',
  'dist/dataset.schema.json',
  ...readdirSync('types').map((f) => `dist/types/${f}`),
  ...sources.map((m) => `dist/lib/${m}.d.ts`),
]);
const allowed = (path) => expected.has(path) || (/^dist\/lib\/.+\.js$/.test(path) && sources.includes(path.slice(9, -3)));

for (const path of expected) if (!files.has(path)) problems.push(`missing: ${path}`);
for (const path of files.keys()) if (!allowed(path)) problems.push(`unexpected: ${path}`);

// Everything package.json points at is in the package.
const targets = [
  pkg.main,
  pkg.types,
  pkg.customElements,
  ...pkg.sideEffects,
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
