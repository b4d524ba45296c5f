// Converts a dataset written before facts existed to the current format.
// Usage: npm run build && node scripts/migrate-dataset.mjs old.json > new.json
// Prose is kept as it is; the paths of prose that still spells numbers are listed on stderr,
// to be rewritten as references to facts (docs/dataset.md, "Converting a dataset from before facts").
import { readFile } from 'node:fs/promises';
import { migrateDataset } from '../dist/lib/data/migrate.js';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/migrate-dataset.mjs old.json > new.json');
  process.exit(2);
}
const { dataset, digits } = migrateDataset(JSON.parse(await readFile(file, 'utf8')));
process.stdout.write(`${JSON.stringify(dataset, null, 2)}\n`);
for (const path of digits) console.error(`${path}: prose with a number; make it a fact and refer to it as {fact-id}`);
