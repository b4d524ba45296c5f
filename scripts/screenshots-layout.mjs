// Screenshots of every widget in three host layouts where a box sized by its content used to
// collapse it (a flex row with no width, a table cell, a Bootstrap card in a row), at a
// phone's and a desktop's width, light and dark, with the system's Chromium.
// Usage: npm run build && node scripts/screenshots-layout.mjs [outDir] (default .tmp/layout-shots)
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const out = process.argv[2] ?? '.tmp/layout-shots';
const { TAGS } = await import('../dist/.build/data.mjs');
const TEXT = '<p>Article text beside the widget, as a writer sets it out in a row or a table.</p>';
const LAYOUTS = {
  'flex-row': (w) => `<div class="area" style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">${w}${TEXT}</div>`,
  'table-cell': (w) => `<table class="area"><tr><td>${w}</td><td>${TEXT}</td></tr></table>`,
  'bootstrap-card': (w) =>
    `<div class="container area"><div class="row g-3"><div class="col-md-8"><div class="card"><div class="card-body"><h5 class="card-title">A Bootstrap card</h5>${w}</div></div></div><div class="col-md-4">${TEXT}</div></div></div>`,
};

const files = {
  '/sovereignty-widgets.js': ['dist/sovereignty-widgets.js', 'text/javascript'],
  '/bootstrap.css': ['node_modules/bootstrap/dist/css/bootstrap.min.css', 'text/css'],
};
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (files[url.pathname]) {
    const [path, type] = files[url.pathname];
    res.writeHead(200, { 'content-type': type });
    return res.end(await readFile(path));
  }
  const layout = LAYOUTS[url.searchParams.get('layout')];
  if (!layout) {
    res.writeHead(404);
    return res.end();
  }
  const tag = url.searchParams.get('tag');
  const dark = url.searchParams.get('theme') === 'dark';
  const bootstrap = url.searchParams.get('layout') === 'bootstrap-card';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en" ${dark ? 'data-bs-theme="dark"' : ''}><head><meta name="viewport" content="width=device-width">
${bootstrap ? '<link rel="stylesheet" href="/bootstrap.css">' : ''}
<style>body{margin:8px;font-family:Georgia,serif;${dark ? 'background:#111;color:#ddd' : ''}} td{vertical-align:top;border:1px dashed #888}</style>
<script type="module" src="/sovereignty-widgets.js"></script></head>
<body>${layout(`<${tag} theme="${dark ? 'dark' : 'light'}"></${tag}>`)}</body></html>`);
}).listen(0);

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
await mkdir(out, { recursive: true });
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const layout of Object.keys(LAYOUTS)) {
    for (const theme of ['light', 'dark']) {
      for (const tag of TAGS) {
        await page.goto(`http://localhost:${server.address().port}/?layout=${layout}&tag=${tag}&theme=${theme}`);
        const el = page.locator(tag);
        await el.evaluate((e) => new Promise((resolve) => (e.hasAttribute('ready') ? resolve() : new MutationObserver(() => e.hasAttribute('ready') && resolve()).observe(e, { attributes: true }))));
        // Charts start near the viewport: scroll through the widget, then wait out their animation.
        await el.evaluate(async (e) => {
          for (let y = 0; y < e.getBoundingClientRect().height; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForTimeout(1000);
        const width_ = await el.evaluate((e) => Math.round(e.getBoundingClientRect().width));
        await page.locator('.area').screenshot({ path: `${out}/${layout}-${width}-${theme}-${tag}.png` });
        console.log(`${layout} ${width} ${theme} ${tag}: widget ${width_} px wide`);
      }
    }
  }
  await page.close();
}
await browser.close();
server.close();
