// The README's picture: <sov-compute-gap> as a reader first sees it, light theme, 640 px
// wide, the system sans-serif font, at 1× (a small PNG). Reduced motion, so the bars are
// drawn in full; waits for every chart to paint.
// Usage: npm run build && node scripts/readme-image.mjs [out.png]   (default docs/images/compute-gap.png)
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { requireChrome } from './browser.mjs';

const out = process.argv[2] ?? 'docs/images/compute-gap.png';
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', 'site'], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = text.match(/http:\/\/localhost:(\d+)\//);
    if (match) resolve(`http://127.0.0.1:${match[1]}`);
  });
});

const browser = await chromium.launch({ executablePath: requireChrome(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light' });
await page.route(`${origin}/readme-image.html`, (route) =>
  route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: #fff; }</style>
<script type="module" src="/sovereignty-widgets.js"></script></head>
<body><sov-compute-gap theme="light"></sov-compute-gap></body></html>`,
  }),
);
await page.goto(`${origin}/readme-image.html`);
await page.waitForFunction(() => {
  const el = document.querySelector('sov-compute-gap');
  const canvases = [...(el?.shadowRoot?.querySelectorAll('canvas') ?? [])];
  return (
    el?.hasAttribute('ready') &&
    canvases.length > 0 &&
    canvases.every((canvas) => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.some((v, i) => i % 4 === 3 && v))
  );
});
// Then one more frame, so the page is composited with what the canvases hold.
await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
await page.locator('body').screenshot({ path: out });
await browser.close();
server.kill();
console.log(`wrote ${out}`);
