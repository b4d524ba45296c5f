// Completes dist/ after `rollup -c` (npm run build): the bundle's integrity hash, the dataset
// and its schema, the space reservation stylesheet, the snippets, and the hand-written types.
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const BUNDLE = 'dist/sovereignty-widgets.js';
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// dist/integrity.json: the bundle's SHA-384, hashed from the file as written, and its CDN URL.
const { name, version } = JSON.parse(await readFile('package.json', 'utf8'));
const integrity = `sha384-${createHash('sha384').update(await readFile(BUNDLE)).digest('base64')}`;
const bundleUrl = `https://cdn.jsdelivr.net/npm/${name}@${version}/${BUNDLE}`;
await writeFile('dist/integrity.json', json({ version, url: bundleUrl, integrity }));

// The built-in dataset, validated, then written out with its schema.
const { defaultDataset, datasetSchema, validateDataset, reserveCss, snippet, TAGS } = await import(pathToFileURL(resolve('dist/.build/data.mjs')).href);
const result = validateDataset(defaultDataset);
if (!result.ok) throw new Error(`The built-in dataset is invalid:\n${result.errors.map((e) => `  ${e.path}: ${e.problem}`).join('\n')}`);
// $schema lets an author's editor check their copy against the published schema.
await writeFile('dist/dataset.json', json({ $schema: './dataset.schema.json', ...defaultDataset }));
const meta = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'sovereignty-widgets/dataset.schema.json', title: 'sovereignty-widgets dataset' };
await writeFile('dist/dataset.schema.json', json({ ...meta, ...datasetSchema }));

// For a page to load before the script (src/reserve.ts).
await writeFile('dist/sovereignty-widgets.css', `/* sovereignty-widgets: each widget's space, held until it has drawn. */\n${reserveCss()}\n`);

// The snippets, with the widget's image (dist/img/, drawn by `npm run images`) for email and feeds.
await mkdir('dist/snippets', { recursive: true });
for (const tag of TAGS) await writeFile(`dist/snippets/${tag}.html`, `${snippet(tag, { bundleUrl, integrity, image: true })}\n`);

// The hand-written JSX and Vue typings.
await rm('dist/types', { recursive: true, force: true });
await cp('types', 'dist/types', { recursive: true });
