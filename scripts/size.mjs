// The size budget: dist/sovereignty-widgets.js must stay under 65,536 bytes gzip.
// Prints raw, gzip and brotli bytes; exits 1 over budget. Usage: node scripts/size.mjs [file]
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 65536;
const file = process.argv[2] ?? 'dist/sovereignty-widgets.js';
const source = readFileSync(file);
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const fmt = (n) => n.toLocaleString('en-US').padStart(9);
console.log(`${file}\n  raw    ${fmt(source.length)} B\n  gzip   ${fmt(gzip)} B  (budget ${BUDGET.toLocaleString('en-US')} B, ${((gzip / BUDGET) * 100).toFixed(1)}%)\n  brotli ${fmt(brotli)} B`);
if (gzip > BUDGET) {
  console.error(`size: over budget by ${(gzip - BUDGET).toLocaleString('en-US')} B gzip`);
  process.exit(1);
}
