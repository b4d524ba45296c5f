// Measures each widget's drawn height at common column widths in headless Chromium (the
// system's) and writes src/reserve.data.ts, from which src/reserve.ts makes the stylesheet
// that reserves each widget's space before the script runs (dist/sovereignty-widgets.css).
// The heights are for the built-in dataset in the page font REFERENCE_FONT at 16px; the
// test in test/reserve.test.ts fails when a change to a widget makes them stale.
// Usage: npm run build && node scripts/reserve.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { requireChrome } from './browser.mjs';

/** Column widths an article gives an embed: phones (with and without page margins) to desktops. */
export const WIDTHS = [288, 320, 343, 360, 375, 390, 414, 480, 560, 600, 640, 680, 720, 768];
export const REFERENCE_FONT = 'system-ui, sans-serif';
// Milestones and prose word a status by the evaluation date, so the heights hold for one date:
// the day of the measurement, written with them (the test measures at the same date).
const AS_OF = new Date().toISOString().slice(0, 10);
// The tags, from the build's data entry (src/snippet.ts): one list for the library and its tools.
const { TAGS } = await import('../dist/.build/data.mjs');
/** Attributes that change a widget's height a lot: each value gets rules of its own. */
const VARIANTS = ['sov-compute-gap[measure="capital"]', 'sov-compute-gap[measure="compute"]', 'sov-bull-bear[side="bull"]', 'sov-bull-bear[side="bear"]'];

const bundle = await readFile('dist/sovereignty-widgets.js');
const server = createServer((req, res) => {
  if (req.url === '/sovereignty-widgets.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(bundle);
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(`<!doctype html><html lang="en"><body style="margin:0;font:16px ${REFERENCE_FONT}">
<script type="module" src="/sovereignty-widgets.js"></script></body></html>`);
}).listen(0);
const executablePath = requireChrome();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
await page.goto(`http://localhost:${server.address().port}/`);
const heights = await page.evaluate(
  async ({ tags, widths, asOf }) => {
    await customElements.whenDefined('sov-explainer');
    const out = {};
    for (const selector of tags) {
      out[selector] = [];
      const [, tag, name, value] = selector.match(/^([\w-]+)(?:\[(\w+)="(\w+)"\])?$/);
      for (const width of widths) {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        const el = document.createElement(tag);
        if (name) el.setAttribute(name, value);
        el.setAttribute('as-of', asOf);
        box.append(el);
        document.body.append(box);
        while (!el.hasAttribute('ready')) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        out[selector].push(Math.ceil(el.getBoundingClientRect().height));
        box.remove();
      }
    }
    return out;
  },
  { tags: [...TAGS, ...VARIANTS], widths: WIDTHS, asOf: AS_OF },
);
await browser.close();
server.close();
const rows = Object.entries(heights).map(([selector, hs]) => `  '${selector}': [${hs.join(', ')}],`);
await writeFile(
  'src/reserve.data.ts',
  `// Written by scripts/reserve.mjs: each widget's drawn height in px at each width (by tag, and
// by tag and attribute for the attributes that change it most), for the
// built-in dataset in the page font below at 16px, evaluated at AS_OF. Do not edit by hand.
export const FONT = '${REFERENCE_FONT}';
export const AS_OF = '${AS_OF}';
export const WIDTHS = [${WIDTHS.join(', ')}];
export const HEIGHTS: Record<string, number[]> = {
${rows.join('\n')}
};
`,
);
for (const [tag, hs] of Object.entries(heights)) console.log(tag.padEnd(18), hs.join(' '));
