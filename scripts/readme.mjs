// Keeps generated text in step with its sources: the API tables in docs/api.md (between
// <!-- api:start --> and <!-- api:end -->) come from custom-elements.json, and the CDN URLs'
// version and script tags' integrity hash in README.md, CONTRIBUTING.md and docs/*.md from
// dist/integrity.json (written by `npm run build`).
//   node scripts/readme.mjs          rewrite those documents
//   node scripts/readme.mjs --check  regenerate the manifest into a temporary folder, and fail
//                                    if custom-elements.json or a document is stale
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
const stale = [];

let manifestText = readFileSync('custom-elements.json', 'utf8');
if (check) {
  const dir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    const cem = join('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
    execFileSync(process.execPath, [cem, 'analyze', '--litelement', '--quiet', '--outdir', relative(process.cwd(), dir)], { stdio: 'inherit' });
    const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
    if (fresh !== manifestText) stale.push('custom-elements.json');
    manifestText = fresh;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const manifest = JSON.parse(manifestText);

// ---- The API tables -------------------------------------------------------------------------

const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const typeOf = (item) => code(item?.type?.text?.replace(/ \| undefined$/, ''));

/** One row per attribute (with its property), public property, event, part and CSS property. */
function rows(d) {
  const out = [];
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static);
  for (const a of d.attributes ?? []) {
    const field = fields.find((m) => m.name === a.fieldName);
    const name = field && field.name !== a.name ? `${code(a.name)} (\`.${field.name}\`)` : code(a.name);
    const description = a.description || field?.description;
    out.push([field ? 'attribute, property' : 'attribute', name, typeOf(field ?? a), code(field?.default ?? a.default), cell(description), a]);
  }
  for (const m of fields.filter((f) => !(d.attributes ?? []).some((a) => a.fieldName === f.name))) {
    out.push(['property', `\`.${m.name}\``, typeOf(m), code(m.default), cell(m.description), m]);
  }
  for (const e of d.events ?? []) out.push(['event', code(e.name), typeOf(e), '', cell(e.description), e]);
  for (const p of d.cssParts ?? []) out.push(['part', code(p.name), '', '', cell(p.description), p]);
  for (const p of d.cssProperties ?? []) out.push(['CSS property', code(p.name), '', code(p.default), cell(p.description), p]);
  for (const s of d.slots ?? []) out.push(['slot', code(s.name || '(default)'), '', '', cell(s.description), s]);
  return out;
}

const table = (list) =>
  ['| | name | type | default | description |', '|---|---|---|---|---|', ...list.map((r) => `| ${r.slice(0, 5).join(' | ')} |`)].join('\n');

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const base = declarations.find((d) => d.name === 'SovElement');
const baseRows = rows(base);
const sameAsBase = (r) => r[5].inheritedFrom?.name === 'SovElement' && baseRows.some((b) => b[1] === r[1] && b[4] === r[4]);

const api = [
  '<!-- Generated from custom-elements.json by `npm run manifest`: edit the JSDoc in src/, not this. -->',
  '',
  '**Every widget** has these (from `SovElement`):',
  '',
  table(baseRows),
  '',
  ...declarations
    .filter((d) => d.tagName)
    .flatMap((d) => [
      `<details><summary><code>&lt;${d.tagName}&gt;</code> (<code>${d.name}</code>): ${cell(d.summary).replace(/`([^`]+)`/g, '<code>$1</code>')}</summary>`,
      '',
      table(rows(d).filter((r) => !sameAsBase(r))),
      '',
      '</details>',
      '',
    ]),
].join('\n');

// ---- The documents ------------------------------------------------------------------------

// The API tables live in docs/api.md; CDN URLs may appear in any of these documents.
const documents = ['README.md', 'CONTRIBUTING.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].filter((f) => existsSync(f));
const markers = /(<!-- api:start -->\n)[\s\S]*?(<!-- api:end -->)/;
if (!existsSync('dist/integrity.json')) throw new Error('dist/integrity.json is missing: run `npm run build` first');
const { version, integrity } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));

const changed = [];
let bundleTags = 0;
for (const file of documents) {
  const text = readFileSync(file, 'utf8');
  let updated = text;
  if (file === 'docs/api.md') {
    if (!markers.test(text)) throw new Error('docs/api.md lacks the <!-- api:start --> and <!-- api:end --> markers');
    updated = updated.replace(markers, (_, start, end) => `${start}${api}${end}`);
  }
  // The CDN snippets: the package's version in every jsDelivr URL, and the built bundle's hash
  // in every script tag that loads it (each must have integrity and crossorigin).
  updated = updated.replace(/(cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@)[^/\s"']+/g, `$1${version}`);
  const scripts = [...updated.matchAll(/<script\b[^>]*cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@[^>]*\/sovereignty-widgets\.js[^>]*>/g)].map((m) => m[0]);
  if (file === 'README.md' && !scripts.length) throw new Error('README.md has no <script> tag loading the bundle from jsDelivr');
  bundleTags += scripts.length;
  for (const tag of scripts) {
    if (!/\sintegrity="sha384-[^"]*"/.test(tag) || !/\scrossorigin="anonymous"/.test(tag)) {
      throw new Error(`${file}: this script tag needs integrity="sha384-…" and crossorigin="anonymous":\n${tag}`);
    }
  }
  updated = updated.replace(/(<script\b[^>]*cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@[^>]*\sintegrity=")sha384-[^"]*"/g, `$1${integrity}"`);
  if (updated === text) continue;
  changed.push(file);
  if (!check) writeFileSync(file, updated);
}

if (!check) {
  console.log(changed.length ? `updated: ${changed.join(', ')}` : `${documents.length} documents: up to date (${bundleTags} script tags)`);
} else {
  stale.push(...changed);
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')}. Run \`npm run build && npm run manifest\` and commit the result.`);
    process.exit(1);
  }
  console.log(`custom-elements.json and ${documents.length} documents: up to date`);
}
