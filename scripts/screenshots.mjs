// Screenshots of every widget on the demo page, at phone and desktop widths, light and dark,
// with the system's Chromium (no browser download). Usage: node scripts/screenshots.mjs [outDir]
// with the demo served (npm start) at $DEMO_URL (default http://localhost:8080/demo/).
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const out = process.argv[2] ?? 'screenshots';
const base = process.env.DEMO_URL ?? 'http://localhost:8080/demo/';
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const width of [320, 960]) {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
    await page.goto(`${base}?theme=${theme}&width=full`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.frame > *')].every((el) => el.shadowRoot?.querySelector('.card, [role=alert]')),
    );
    await page.waitForTimeout(600); // let the bar animation finish
    const frames = await page.locator('.frame > *').all();
    for (const [i, el] of frames.entries()) {
      const name = `${out}/${i}-${await el.evaluate((e) => e.localName)}-${width}-${theme}.png`;
      await el.screenshot({ path: name });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    console.log(`${width}px ${theme}: ${frames.length} widgets, horizontal overflow ${overflow}px`);
    await page.close();
  }
}
await browser.close();
