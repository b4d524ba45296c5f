/**
 * Safe to embed anywhere: the real bundle in real host pages (strict CSP and Trusted Types,
 * hostile CSS), lifecycles that break embeds, malformed input, and no outside requests.
 */
import { expect } from '@open-wc/testing';
import { TAGS, until } from './helpers.js';

type HostWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[]; Chart?: unknown };

async function open(path: string, width = 960) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as HostWindow, doc: frame.contentDocument! };
}
const rendered = (el: Element) => el.hasAttribute('ready') && !!el.shadowRoot?.querySelector('[part~="base"]');

describe('a strict Content-Security-Policy with Trusted Types', () => {
  it('renders and works with no violation when the policy allows lit-html', async () => {
    const { frame, win, doc } = await open('/test/pages/csp-strict.html');
    const widgets = TAGS.map((t) => doc.querySelector(t)!);
    await until(() => widgets.every(rendered), 'every widget under the CSP', 8000);
    widgets.forEach((w) => expect(w.shadowRoot!.querySelector('[role="alert"]'), w.localName).to.equal(null));
    // Interact: a metric change and a tab of the explainer's sections render new markup.
    const toggle = doc.querySelector('sov-metric-toggle')!;
    toggle.shadowRoot!.querySelector<HTMLInputElement>('input[value="reasoning"]')!.click();
    await until(() => toggle.shadowRoot!.textContent!.includes('Large general model comes out ahead'), 'the metric change');
    // The src dataset was fetched under connect-src 'self'.
    await until(() => doc.querySelector('sov-compute-gap')!.shadowRoot!.textContent!.includes('$80B'), 'the src dataset');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('without lit-html in the trusted-types list: nothing is defined, the fallback content stays, and the console says why', async () => {
    const { frame, win, doc } = await open('/test/pages/csp-no-lit-policy.html');
    await until(() => win.__violations.length > 0 && win.__errors.length > 0, 'the policy to be refused', 5000);
    expect(win.__violations.join(' ')).to.contain('trusted-types');
    expect(win.__errors.join(' ')).to.match(/lit-html/); // each browser words it its own way
    expect(win.customElements.get('sov-compute-gap')).to.equal(undefined);
    // The readable fallback inside the element is what the reader sees.
    const fallback = doc.querySelector('sov-compute-gap p')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    frame.remove();
  });
});

describe('a hostile host page', () => {
  it('keeps layout and legibility under resets and global rules, inheriting only the font family', async () => {
    const { frame, win, doc } = await open('/test/pages/hostile.html', 700);
    const widgets = TAGS.map((t) => doc.querySelector(t)!);
    await until(() => widgets.every(rendered), 'every widget on the hostile page', 8000);
    for (const w of widgets) {
      const base = w.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const text = w.shadowRoot!.querySelector<HTMLElement>('.title, h3, p')!;
      const style = win.getComputedStyle(text);
      expect(style.fontFamily, `${w.localName} font`).to.contain('Comic Sans MS'); // intended: the host's font
      expect(style.color, `${w.localName} colour`).not.to.equal('rgb(255, 0, 255)'); // not the host's colour
      expect(style.textTransform, w.localName).to.equal('none');
      expect(style.letterSpacing, w.localName).to.equal('normal');
      expect(style.whiteSpace, w.localName).to.equal('normal');
      expect(style.textShadow, w.localName).to.equal('none');
      expect(style.fontStyle, w.localName).to.equal('normal');
      // Text at a readable size even though the root is 10px (as under Bootstrap 3).
      const size = parseFloat(win.getComputedStyle(base).fontSize);
      expect(size, `${w.localName} font size`).to.be.within(14, 20);
      expect(w.scrollWidth, `${w.localName} width`).to.be.at.most(640);
      const card = w.shadowRoot!.querySelector<HTMLElement>('.card')!;
      expect(win.getComputedStyle(card).paddingTop, `${w.localName} padding`).not.to.equal('0px');
    }
    const canvas = doc.querySelector('sov-compute-gap')!.shadowRoot!.querySelector('canvas')!;
    frame.scrollIntoView(); // charts start near the viewport
    await until(() => canvas.style.width !== '', 'the chart to start and size its canvas');
    expect(canvas.getBoundingClientRect().width, 'chart width').to.be.greaterThan(300);
    const table = doc.querySelector('sov-compute-gap')!.shadowRoot!.querySelector('table')!;
    expect(win.getComputedStyle(table).display).to.equal('table');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('privacy', () => {
  it('requests nothing but the bundle for a page of every widget on the default dataset', async () => {
    const { frame, win, doc } = await open('/test/pages/hostile.html');
    await until(() => TAGS.every((t) => rendered(doc.querySelector(t)!)), 'every widget');
    // The last work that could request anything: every chart started (they start near the
    // viewport, so the page is scrolled through) and the page's fonts loaded.
    const canvases = TAGS.flatMap((t) => [...(doc.querySelector(t)!.shadowRoot!.querySelectorAll('canvas') as NodeListOf<HTMLCanvasElement>)]);
    for (const canvas of canvases) {
      canvas.scrollIntoView();
      await until(() => canvas.style.width !== '', 'a chart to start');
    }
    await doc.fonts.ready;
    const requests = win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name))
      .filter((u) => !u.pathname.startsWith('/__web-dev-server')) // the test server's reload socket
      .map((u) => (u.origin === location.origin ? u.pathname : u.href));
    // The page's own stylesheet and recorder, and the bundle: no font, data, image or third party.
    expect(requests.sort()).to.deep.equal(['/dist/sovereignty-widgets.js', '/test/pages/hostile.css', '/test/pages/record.js']);
    frame.remove();
  });
});
