// Screenshots of each widget's first story in the demo gallery, at 320 and 960 px and in light
// and dark, with the system's Chromium (no browser download).
// Usage: npm start (in another shell), then node scripts/screenshots.mjs [outDir]
// ($DEMO_URL overrides http://localhost:8080/).
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { requireChrome } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots';
const base = process.env.DEMO_URL ?? 'http://localhost:8080/';
const executablePath = requireChrome();
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(base);
await page.addStyleTag({ content: '.controls { position: static !important; }' }); // keep it out of the shots
for (const width of ['320', 'full']) {
  for (const theme of ['light', 'dark']) {
    await page.selectOption('#controls [name="theme"]', theme);
    await page.selectOption('#controls [name="width"]', width);
    await page.waitForTimeout(800); // charts re-read colours and finish their animation
    for (const group of await page.locator('.widget-group').all()) {
      const tag = await group.getAttribute('id');
      const figure = group.locator('figure.story').first();
      await figure.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await figure.locator(tag).screenshot({ path: `${out}/${tag}-${width}-${theme}.png` });
    }
    console.log(`${width} ${theme}: done`);
  }
}
await browser.close();
