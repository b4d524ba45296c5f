// The command line of sovereignty-widgets/ssr (dist/ssr/cli.js, the package's `bin`) and
// renderWidget through the package's own export. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const CLI = 'dist/ssr/cli.js';
assert.ok(existsSync(CLI) && existsSync('dist/integrity.json'), `${CLI} or dist/integrity.json is missing: run \`npm run build\` first`);

const run = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'sov-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('render prints the pre-rendered element, then the script tag with its integrity hash', () => {
  const { status, stdout, stderr } = run('render', 'sov-compute-gap', '--lang', 'fr', '--theme', 'dark', '--as-of', '2026-12-01', '--attr', 'scale=log');
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const { url, integrity } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  assert.match(stdout, /^<sov-compute-gap [^>]*lang="fr"[^>]*>/);
  for (const attribute of ['theme="dark"', 'data-scheme="dark"', 'as-of="2026-12-01"', 'scale="log"']) assert.ok(stdout.split('>')[0].includes(attribute), attribute);
  assert.match(stdout, /<template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(stdout, /Capitaux levés/); // French text, drawn on the server
  assert.match(stdout, /<ul class="bars">/); // the chart's bars as HTML inside its canvas
  // Deferred: an async module could define the element before its declarative shadow root is parsed.
  assert.ok(stdout.endsWith(`<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>\n`));
});

test('--data: a partial dataset is merged over the built-in one, drawn, and inlined for the browser', () => {
  const path = file('partial.json', JSON.stringify({ meta: { title: 'A title from the file' } }));
  const { status, stdout } = run('render', 'sov-explainer', '--data', path);
  assert.equal(status, 0);
  assert.equal(stdout.match(/A title from the file/g).length, 2); // drawn, and in the inline JSON
  assert.match(stdout, /<script type="application\/json">\{"meta":/);
  const northwind = run('render', 'sov-compute-gap', '--data', 'examples/northwind-vs-contoso.json');
  assert.equal(northwind.status, 0);
  assert.match(northwind.stdout, /Northwind/);
});

test('bad input: one line on standard error, status 1, nothing on standard output', () => {
  const dataset = JSON.parse(readFileSync('examples/northwind-vs-contoso.json', 'utf8'));
  const cases = [
    [[], /usage: sovereignty-widgets render <tag>/],
    [['draw', 'sov-milestones'], /unknown command "draw"/],
    [['render'], /missing tag/],
    [['render', 'sov-nope'], /unknown tag "sov-nope": use sov-compute-gap, /],
    [['render', 'sov-compute-gap', '--attr', 'scale=cubic'], /sov-compute-gap scale="cubic": must be one of linear, log/],
    [['render', 'sov-metric-toggle', '--attr', 'calls=501'], /calls="501": must be a whole number from 1 to 500/],
    [['render', 'sov-stack-card', '--attr', 'highlight=nope'], /highlight="nope": must be one of compute, /],
    [['render', 'sov-use-cases', '--attr', 'filter=finance nope'], /filter="finance nope": must be a list of /],
    [['render', 'sov-milestones', '--attr', 'colour=red'], /sov-milestones has no attribute "colour"/],
    [['render', 'sov-milestones', '--attr', 'src=data.json'], /no attribute "src" \(the server fetches nothing/],
    [['render', 'sov-milestones', '--attr', 'novalue'], /--attr needs name=value, not "novalue"/],
    [['render', 'sov-milestones', '--lang', 'xx'], /unknown language "xx": use en, fr, de/],
    [['render', 'sov-milestones', '--lang', 'not a tag'], /unknown language "not a tag"/],
    [['render', 'sov-milestones', '--theme', 'sepia'], /unknown theme "sepia": use auto, light or dark/],
    [['render', 'sov-milestones', '--as-of', '2026-13-45'], /as-of "2026-13-45" is not a date YYYY-MM-DD/],
    [['render', 'sov-milestones', '--as-of', '2026-02-31'], /as-of "2026-02-31" is not a date YYYY-MM-DD/],
    [['render', 'sov-milestones', '--lang'], /--lang needs a value/],
    [['render', 'sov-milestones', '--data', '--lang', 'fr'], /--data needs a value/],
    [['render', 'sov-milestones', '--colour', 'red'], /unknown option "--colour"/],
    [['render', 'sov-milestones', '--data', join(dir, 'missing.json')], new RegExp(`cannot read ${join(dir, 'missing.json')}: no such file`)],
    [['render', 'sov-milestones', '--data', dir], new RegExp(`cannot read ${dir}: it is a directory`)],
    [['render', 'sov-milestones', '--data', file('bad.json', '{ "meta": ')], /bad\.json is not JSON: /],
    [['render', 'sov-milestones', '--data', file('array.json', '[1, 2]')], /array\.json is not a valid dataset: /],
    [
      ['render', 'sov-milestones', '--data', file('invalid.json', JSON.stringify({ ...dataset, facts: { ...dataset.facts, broken: { value: 'many' } } }))],
      /invalid\.json is not a valid dataset: .*facts\.broken/,
    ],
  ];
  for (const [args, message] of cases) {
    const { status, stdout, stderr } = run(...args);
    const what = `sovereignty-widgets ${args.join(' ')}`;
    assert.equal(status, 1, what);
    assert.equal(stdout, '', what);
    assert.match(stderr, /^sovereignty-widgets: [^\n]+\n$/, `${what}: one line`);
    assert.match(stderr, message, what);
  }
});

test('renderWidget, imported as sovereignty-widgets/ssr, renders every tag, and throws on bad input', async () => {
  const { renderWidget, TAGS } = await import('sovereignty-widgets/ssr');
  for (const tag of TAGS) {
    const out = renderWidget(tag, { lang: 'de', theme: 'light', asOf: '2026-12-01' });
    assert.match(out, new RegExp(`^<${tag} [^>]*lang="de"`));
    assert.match(out, /shadowrootmode="open"/);
    assert.ok(out.endsWith(`</${tag}>`));
    assert.doesNotMatch(out, /aria-busy="true"/, `${tag} is not drawn as loading`);
  }
  assert.throws(() => renderWidget('sov-bull-bear', { attrs: { side: 'sideways' } }), /side="sideways": must be one of both, bull, bear/);
  assert.throws(() => renderWidget('sov-bull-bear', { data: { facts: 3 } }), /facts/);
});
