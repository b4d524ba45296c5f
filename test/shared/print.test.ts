/**
 * On paper (src/shared/print.styles.ts): closed source lists and data tables print open, each
 * link with its URL, without the "Show the data" prompt, and as the reader left them on screen
 * afterwards; charts drawn even if the reader never scrolled to them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SovElement } from '../../src/shared/sov-element.js';
import { canvasesOf, elementsOf, firefox, settled } from '../helpers.js';

/** Rendered (not inside a closed <details>, whose content is skipped, not removed). */
const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().height > 0;

/**
 * Print media for `el`'s widget. Chromium emulates it; Firefox's remote protocol cannot, so
 * there the widget's own `@media print` rules are applied as they are, for every medium.
 */
async function print(el: SovElement, on: boolean) {
  if (!firefox) return emulateMedia({ media: on ? 'print' : 'screen' });
  const root = el.shadowRoot!;
  if (!on) return void (root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1));
  const rules = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
  const paper = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')!;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...paper.cssRules].map((r) => r.cssText).join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

describe('printing', function () {
  this.timeout(20000);
  afterEach(() => !firefox && emulateMedia({ media: 'screen' }));

  it('prints source lists and data tables open, links with their URLs, the prompt left out', async () => {
    const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
    await settled(el);
    const all = elementsOf(el);
    const lists = all.filter((e) => e.matches('details.sources > ul'));
    const tables = all.filter((e) => e.matches('details.data table'));
    const links = all.filter((e): e is HTMLAnchorElement => e.matches('.sources a[href]'));
    const prompts = all.filter((e) => e.matches('.data > summary'));
    expect(lists.length && tables.length && links.length && prompts.length).to.be.greaterThan(0);
    expect([...lists, ...tables].some(shown), 'closed on screen').to.equal(false);

    await print(el, true);
    expect(lists.every(shown), 'source lists open').to.equal(true);
    expect(tables.every(shown), 'data tables open').to.equal(true);
    expect(prompts.some(shown), '"Show the data"').to.equal(false);
    // Firefox gives the declared value, attr() unresolved; the PDF check (npm run print:check) reads the URLs in print.
    for (const a of links) expect(getComputedStyle(a, '::after').content).to.equal(firefox ? '" <" attr(href) ">"' : `" <${a.href}>"`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).breakInside).to.equal('avoid');
    // Nothing was opened: back on screen, the reader's page is as it was.
    expect(all.filter((e) => e.matches('details')).some((d) => (d as HTMLDetailsElement).open)).to.equal(false);

    await print(el, false);
    expect([...lists, ...tables].some(shown), 'closed again on screen').to.equal(false);
  });

  it('draws a chart the reader never scrolled to when the page is printed', async () => {
    // Below a tall block: the chart waits to come near the viewport.
    const box = await fixture<HTMLElement>(html`<div><div style="height:5000px"></div><sov-compute-gap></sov-compute-gap></div>`);
    const el = box.querySelector<SovElement>('sov-compute-gap')!;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const [canvas] = canvasesOf(el);
    const inked = () => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return data.some((v, i) => i % 4 === 3 && v > 0);
    };
    expect(canvas.width > 0 && inked(), 'no chart yet').to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    // Drawn within the event, as the browser takes the page to print right after it.
    expect(inked(), 'drawn for print').to.equal(true);
  });
});
