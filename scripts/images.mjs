// Draws every widget, in each language, light theme, at an email column's width and twice its
// pixels, to dist/img/<tag>.<lang>.png: the images the snippets' fallback shows in email and
// feed readers, where scripts never run (src/fallback.ts, docs/email-and-print.md). Uses the
// system's Chrome or Chromium (scripts/browser.mjs), never a downloaded one; without one, it
// says so and skips (exit 0), unless --strict (for a release, where the snippets need them).
// Needs the build (`npm run build`). Usage: npm run images [-- --strict]
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome } from './browser.mjs';

const strict = process.argv.includes('--strict');
const found = findChrome();
if (!found.path) {
  console[strict ? 'error' : 'log'](`images: ${found.problem} No images drawn${strict ? '' : ' (skipped)'}; set CHROME_PATH to an installed Chrome or Chromium to draw them.`);
  process.exit(strict ? 1 : 0);
}
if (!existsSync('dist/sovereignty-widgets.js') || !existsSync('dist/.build/data.mjs')) {
  console.error('images: no build in dist/ (run `npm run build` first).');
  process.exit(1);
}

// FONT: the page font the reserved heights were measured in (src/reserve.data.ts).
const { TAGS, IMAGE_AS_OF, IMAGE_LANGS, IMAGE_WIDTH, FONT } = await import(pathToFileURL(resolve('dist/.build/data.mjs')).href);

// The bundle is served from a made-up origin by the page's own request handler: no port, no
// request leaves the machine (any other is refused, so a widget that fetched something would fail).
const ORIGIN = 'https://sov.invalid';
const page = (tag, lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<style>html,body{margin:0;background:#fff;font:16px ${FONT}}main{width:${IMAGE_WIDTH}px}</style>
<script type="module" src="/sovereignty-widgets.js"></script></head>
<body><main><${tag} theme="light" as-of="${IMAGE_AS_OF}" actions="none"></${tag}></main></body></html>`;

const started = Date.now();
const browser = await chromium.launch({
  executablePath: found.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--font-render-hinting=none'],
});
try {
  // Reduced motion: charts draw at once, with no animation to wait for.
  const context = await browser.newContext({ viewport: { width: IMAGE_WIDTH, height: 800 }, deviceScaleFactor: 2, reducedMotion: 'reduce', colorScheme: 'light' });
  let current = '';
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: current });
    const file = join('dist', url.pathname);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: extname(file) === '.js' ? 'text/javascript' : 'application/json', body: await readFile(file) });
  });
  await mkdir('dist/img', { recursive: true });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  for (const lang of IMAGE_LANGS) {
    for (const tag of TAGS) {
      current = page(tag, lang);
      await tab.goto(`${ORIGIN}/`);
      await tab.waitForFunction((t) => document.querySelector(t)?.hasAttribute('ready'), tag, { timeout: 20000 });
      const el = tab.locator(tag);
      // A picture cannot be clicked: no "Show the data" prompt, and no disclosure triangle on
      // the sources line (which stays, with its publishers and dates).
      await el.evaluate((e) => {
        const still = new CSSStyleSheet();
        still.replaceSync('details.data { display: none } summary { list-style: none }');
        const each = (root) => {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
          root.querySelectorAll('*').forEach((child) => child.shadowRoot && each(child.shadowRoot));
        };
        each(e.shadowRoot);
      });
      if (await el.evaluate((e) => !!e.shadowRoot?.querySelector('.error'))) throw new Error(`<${tag}> (${lang}) shows its error box`);
      // The whole widget inside the viewport: parts off screen (content-visibility: auto)
      // would otherwise be drawn empty.
      const { height } = await el.boundingBox();
      await tab.setViewportSize({ width: IMAGE_WIDTH, height: Math.ceil(height) });
      await tab.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const path = `dist/img/${tag}.${lang}.png`;
      await el.screenshot({ path, animations: 'disabled' });
      console.log(`images: ${path} (${IMAGE_WIDTH}×${Math.ceil(height)} CSS px, at 2×)`);
    }
  }
  if (errors.length) throw new Error(`errors on the page:\n${errors.join('\n')}`);
  // The demo (site/) offers the same snippets, so it serves the same images.
  if (existsSync('site')) await cp('dist/img', 'site/img', { recursive: true });
  console.log(`images: ${TAGS.length * IMAGE_LANGS.length} images in dist/img/, as of ${IMAGE_AS_OF}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
}
