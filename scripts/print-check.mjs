// Prints the demo's article page (site/article.html, from `npm run build`) to PDF with the
// system's Chromium, as a reader's "Save as PDF" would (A4, print media), and checks its text:
// every figure the widgets show on screen (their data tables and sources opened) and every
// source URL they link to must be in it. Needs pdftotext (Debian: poppler-utils); with
// pdftoppm too it draws the pages to PNG to look at. Writes to print/ (or the folder given).
// Usage: npm run print:check [-- outDir]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome } from './browser.mjs';

const out = process.argv[2] ?? 'print';
const has = (tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!has('pdftotext')) {
  console.error('print-check: pdftotext is not installed (Debian: apt-get install poppler-utils).');
  process.exit(1);
}
if (!existsSync('site/article.html')) {
  console.error('print-check: no site/article.html (run `npm run build` first).');
  process.exit(1);
}
await mkdir(out, { recursive: true });

const ORIGIN = 'https://sov.invalid';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const browser = await chromium.launch({ executablePath: requireChrome(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = join('site', url.pathname);
    if (url.origin !== ORIGIN || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/article.html`);
  const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('article *')].map((e) => e.localName).filter((n) => n.startsWith('sov-')))]);
  await page.waitForFunction((t) => t.every((tag) => [...document.querySelectorAll(tag)].every((e) => e.hasAttribute('ready'))), tags, { timeout: 30000 });
  // What a reader can see on screen with every list opened: its text, and the links' URLs.
  const screen = await page.evaluate(() => {
    const walk = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? walk(e.shadowRoot) : [])]);
    const all = [...document.querySelectorAll('article [ready]')].flatMap((e) => [e, ...walk(e.shadowRoot)]);
    const opened = all.filter((e) => e.localName === 'details' && !e.open);
    opened.forEach((d) => (d.open = true));
    const text = all.filter((e) => e.shadowRoot).map((e) => e.shadowRoot.textContent).join(' ');
    const urls = [...new Set(all.filter((e) => e.localName === 'a' && e.href.startsWith('https:')).map((e) => e.href))];
    opened.forEach((d) => (d.open = false)); // printed as the reader left them
    return { text, urls };
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = join(out, 'article.pdf');
  await page.pdf({ path: pdf, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const squash = (s) => s.replace(/[\s\u00a0\u202f\u2011]+/g, '').replace(/[‐-]/g, '-');
  const printed = squash(text);
  // Figures: each number as shown (with its unit or currency sign), e.g. "$3.9B", "200 MW", "15".
  const figures = [...new Set(screen.text.match(/[$€£]?\d[\d,.]*(?:\s?(?:%|[kKMGT]?W|[BMK]\b|×|bn|billion|million))?/g) ?? [])];
  const missingFigures = figures.filter((f) => !printed.includes(squash(f)));
  const missingUrls = screen.urls.filter((u) => !printed.includes(squash(u)));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  console.log(`print-check: ${pdf}, ${pages} pages; ${figures.length} figures and ${screen.urls.length} source URLs on screen`);
  if (missingFigures.length) console.error(`print-check: figures not in the PDF: ${missingFigures.join(' | ')}`);
  if (missingUrls.length) console.error(`print-check: URLs not in the PDF:\n  ${missingUrls.join('\n  ')}`);
  failed = missingFigures.length > 0 || missingUrls.length > 0 || screen.urls.length === 0;
  if (has('pdftoppm')) {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'page')]);
    console.log(`print-check: pages drawn to ${out}/page-*.png`);
  }
} finally {
  await browser.close();
}
if (failed) process.exit(1);
console.log('print-check: every figure and every source URL is in the printed text');
