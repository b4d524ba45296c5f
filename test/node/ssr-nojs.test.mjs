// With JavaScript off, a page of the command line's snippets shows every widget's full content,
// styled, in English, French and German, light and dark: the declarative shadow roots are
// parsed by the browser and their styles apply, with no script. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/browser.mjs';

const CLI = 'dist/ssr/cli.js';
assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
const TAGS = ['sov-compute-gap', 'sov-metric-toggle', 'sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases', 'sov-explainer'];
/** The card's background, from src/shared/styles.ts. */
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(23, 25, 29)' };

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: findChrome().path, args: ['--no-sandbox', '--disable-gpu'] });
});
after(() => browser?.close());

for (const lang of ['en', 'fr', 'de'])
  for (const theme of ['light', 'dark'])
    test(`scripts off, ${lang}, ${theme}: every widget shows its content, styled`, async () => {
      const snippets = TAGS.map((tag) => execFileSync(process.execPath, [CLI, 'render', tag, '--lang', lang, '--theme', theme, '--as-of', '2026-12-01'], { encoding: 'utf8' }));
      const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      await page.setContent(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="font-family:Georgia,serif">${snippets.join('\n')}</body></html>`);
      const widgets = await page.evaluate(() =>
        [...document.body.children].filter((e) => e.localName.startsWith('sov-')).map((e) => {
          const root = e.shadowRoot;
          const base = root?.querySelector('[part~="base"]');
          const shown = (selector) => [...(root?.querySelectorAll(selector) ?? [])].filter((n) => n.checkVisibility()).length;
          return {
            tag: e.localName,
            defined: e.matches(':defined'),
            height: e.getBoundingClientRect().height,
            surface: base && getComputedStyle(base).backgroundColor,
            text: root?.textContent.replace(/\s+/g, ' ') ?? '',
            sources: shown('details.sources summary'),
            bars: shown('.bars meter'),
            tables: root?.querySelectorAll('table').length ?? 0,
            lists: shown('li'),
            readings: shown('.reading'),
          };
        }),
      );
      assert.deepEqual(widgets.map((w) => w.tag), TAGS);
      for (const w of widgets) {
        assert.equal(w.defined, false, `${w.tag}: no script ran`);
        assert.ok(w.height > 150, `${w.tag} is drawn (${w.height} px)`);
        assert.doesNotMatch(w.text, /Loading|Chargement|Wird geladen/, `${w.tag} is not "loading"`);
        if (w.tag !== 'sov-explainer') assert.equal(w.surface, SURFACE[theme], `${w.tag}'s card in the ${theme} colours`);
        assert.ok(w.sources > 0 || w.tag === 'sov-explainer', `${w.tag} names its sources`);
      }
      const by = Object.fromEntries(widgets.map((w) => [w.tag, w]));
      // The charts as bars, ratios in words, data tables, lists.
      assert.equal(by['sov-compute-gap'].bars, 4);
      assert.equal(by['sov-metric-toggle'].bars, 2);
      assert.equal(by['sov-compute-gap'].tables, 2);
      assert.equal(by['sov-metric-toggle'].tables, 1);
      assert.match(by['sov-compute-gap'].text, /\d+×/);
      assert.equal(by['sov-bull-bear'].readings, 2, 'both readings');
      assert.ok(by['sov-stack-card'].lists > 3 && by['sov-milestones'].lists > 3 && by['sov-use-cases'].lists > 3);
      // A data table opens without script (a native <details>).
      const summary = page.locator('sov-compute-gap details.data summary').first();
      await summary.click();
      assert.equal(await page.locator('sov-compute-gap table').first().isVisible(), true);
      await page.close();
    });

// theme="auto" (the default) follows the reader's system with scripts off, as it does once the
// script runs; an explicit light or dark stays as asked whatever the system prefers.
for (const scheme of ['light', 'dark'])
  test(`scripts off, the system prefers ${scheme}: auto widgets are ${scheme}, explicit themes stay`, async () => {
    const render = (tag, theme) => execFileSync(process.execPath, [CLI, 'render', tag, ...(theme ? ['--theme', theme] : [])], { encoding: 'utf8' });
    const snippets = TAGS.map((tag) => render(tag)).concat(render('sov-stack-card', 'light'), render('sov-stack-card', 'dark'));
    const page = await browser.newPage({ javaScriptEnabled: false, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await page.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><body>${snippets.join('\n')}</body></html>`);
    const cards = await page.evaluate(() =>
      [...document.body.children].filter((e) => e.localName.startsWith('sov-')).map((e) => {
        // The explainer's card is its nested widgets'; its own article has no background.
        const base = e.localName === 'sov-explainer' ? e.shadowRoot.querySelector('sov-stack-card').shadowRoot.querySelector('[part~="base"]') : e.shadowRoot.querySelector('[part~="base"]');
        const style = getComputedStyle(base);
        return { tag: e.localName, theme: e.getAttribute('theme'), surface: style.backgroundColor, colorScheme: style.colorScheme };
      }),
    );
    await page.close();
    assert.equal(cards.length, TAGS.length + 2);
    for (const card of cards.slice(0, TAGS.length)) assert.equal(card.surface, SURFACE[scheme], `${card.tag} (auto) in the ${scheme} colours`);
    assert.equal(cards.at(-2).surface, SURFACE.light, 'theme=light stays light');
    assert.equal(cards.at(-1).surface, SURFACE.dark, 'theme=dark stays dark');
  });
