/**
 * Font warm-up (src/shared/warm.ts): the strikes it looks up ahead are every one the widgets
 * draw text in, and its hidden box is gone once the widget holding it is drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { barList } from '../../src/chart/chart.js';
import '../../src/index.js';
import { STRIKES } from '../../src/shared/warm.js';
import type { SovElement } from '../../src/shared/sov-element.js';
import { settled } from '../helpers.js';

const key = (size: string, weight: string | number = 400, style = 'normal') => `${size} ${weight} ${style}`;
const warmed = new Set(STRIKES.map(([size, weight, style]) => key(size, weight, style)));

/** Size (in em of the widget's own size), weight and style of every element that holds text, through nested widgets. */
function strikesIn(root: ShadowRoot, base: number, found = new Map<string, string>()) {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) strikesIn(el.shadowRoot, base, found);
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!text || el.closest('[aria-hidden="true"]')) continue;
    const s = getComputedStyle(el);
    const em = `${Math.round((parseFloat(s.fontSize) / base) * 1000) / 1000}em`;
    found.set(key(em, s.fontWeight, s.fontStyle), `${el.localName}.${el.className}`);
  }
  return found;
}

describe('font warm-up', () => {
  it('looks up every size, weight and style the widgets draw text in, then removes its box', async () => {
    const el = await fixture<SovElement>(html`<sov-explainer></sov-explainer>`);
    // The first widget on the page holds the box while it draws.
    const box = () => [...el.shadowRoot!.children].find((c) => c.matches('div[aria-hidden="true"]'));
    expect(box()?.querySelectorAll('span').length, 'the hidden box, with a span a strike').to.equal(STRIKES.length);
    await settled(el);
    expect(box(), 'gone once drawn').to.equal(undefined);

    const used = strikesIn(el.shadowRoot!, parseFloat(getComputedStyle(el).fontSize));
    expect(used.size, 'text found in several strikes').to.be.greaterThan(4);
    for (const [strike, where] of used) expect(warmed.has(strike), `${strike} (${where}) is warmed`).to.equal(true);
  });

  it("warms the charts' canvas text", () => {
    const theme = { text: '#000', muted: '#333', grid: '#ccc', surface: '#fff', font: 'serif', color: () => '#f00' };
    const options = barList(theme, [{ name: 'A', display: '1', value: 1, color: '#f00' }], String).options!;
    const tick = options.scales!.x!.ticks!.font as { size: number };
    const labels = options.plugins!.sovBarLabels!.font!;
    expect(warmed.has(key(`${tick.size}px`)), 'tick labels').to.equal(true);
    expect(warmed.has(key(labels.split(' ')[0])), 'bar labels').to.equal(true);
    expect(warmed.has(key(labels.split(' ')[0], 700)), 'bold bar names').to.equal(true);
  });
});
