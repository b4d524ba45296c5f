/** Lifecycles that break embeds, malformed input, and leaks; in the source, widget by widget. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import type { DatasetOverride } from '../src/data/types.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { afterPaint, renderTurn } from '../src/shared/turns.js';
import { Chart, errorBox, liveCharts, settled, TAGS, until } from './helpers.js';

const canvasWidth = (el: Element) => el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect().width;

describe('lifecycle', () => {
  it('renders at the right size when created detached and appended later', async () => {
    const el = document.createElement('sov-compute-gap') as SovElement;
    el.setAttribute('measure', 'capital');
    // A render turn and a painted frame: when a connected widget would have rendered.
    await renderTurn();
    await afterPaint();
    expect(el.shadowRoot?.childElementCount ?? 0, 'nothing rendered while detached').to.equal(0);
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.style.width = '600px';
    box.append(el);
    await settled(el);
    await until(() => Math.abs(canvasWidth(el) - (600 - 34)) < 40, 'the chart at the box width');
  });

  it('moves in the DOM, and is removed and re-added, with one live chart each time', async () => {
    const a = await fixture<HTMLElement>(html`<div><div class="a"></div><div class="b"></div></div>`);
    const el = document.createElement('sov-metric-toggle') as SovElement;
    a.querySelector('.a')!.append(el);
    await settled(el);
    await until(() => liveCharts() === 1, 'one chart');
    a.querySelector('.b')!.append(el);
    await until(() => liveCharts() === 1 && !!Chart.getChart(el.shadowRoot!.querySelector('canvas')!), 'one chart after the move');
    el.remove();
    expect(liveCharts()).to.equal(0);
    a.append(el);
    await until(() => liveCharts() === 1 && canvasWidth(el) > 100, 'the chart back');
  });

  for (const [where, make, show] of [
    ['a hidden element', () => html`<div hidden><sov-compute-gap></sov-compute-gap></div>`, (b: HTMLElement) => (b.hidden = false)],
    ['a closed <details>', () => html`<details><summary>More</summary><sov-compute-gap></sov-compute-gap></details>`, (b: HTMLElement) => ((b as HTMLDetailsElement).open = true)],
  ] as const) {
    it(`draws at full size when shown after starting inside ${where}`, async () => {
      const box = await fixture<HTMLElement>(make());
      const el = box.querySelector<SovElement>('sov-compute-gap')!;
      await settled(el);
      show(box);
      await until(() => canvasWidth(el) > 300, 'the chart to take its size once shown');
      expect(el.shadowRoot!.querySelector('canvas')!.height).to.be.greaterThan(50);
    });
  }

  it('follows its container from 960 to 280 px and back', async () => {
    const box = await fixture<HTMLElement>(html`<div><sov-compute-gap></sov-compute-gap></div>`);
    box.style.width = '960px';
    const el = box.firstElementChild as SovElement;
    await settled(el);
    await until(() => canvasWidth(el) > 850, 'the wide chart');
    box.style.width = '280px';
    await until(() => canvasWidth(el) <= 280 - 30, 'the narrow chart');
    expect(el.scrollWidth).to.be.at.most(280);
  });

  it('leaves no chart, listener, observer or timer behind after 500 mounts of every widget', async function () {
    this.timeout(120000);
    const gc = (window as unknown as { gc?: () => void }).gc;
    // Chromium only: Firefox has no performance.memory, so there the test checks live charts alone.
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const heap = () => memory?.usedJSHeapSize ?? 0;
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const cycle = async () => {
      const els = TAGS.map((t) => document.createElement(t) as SovElement);
      box.append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
      els.forEach((e) => e.remove());
    };
    // Once the work the removed widgets queued has run (the render turns run in order, and this
    // one comes after theirs), a full collection (gc is synchronous; the heap figure precise).
    const drained = async () => {
      await renderTurn();
      await afterPaint();
      gc?.();
    };
    for (let i = 0; i < 20; i++) await cycle(); // warm up caches and compiled code
    await drained();
    const before = heap();
    for (let i = 0; i < 500; i++) await cycle();
    await drained();
    const grown = heap() - before;
    if (memory) console.log(`500 mounts of all 7 widgets: JS heap ${before} -> ${heap()} bytes (${grown >= 0 ? '+' : ''}${grown})`);
    expect(liveCharts()).to.equal(0);
    // 3,500 widgets mounted: leaking even 1 KB each would be 3.5 MB.
    if (memory) expect(grown, `heap grew by ${grown} bytes`).to.be.below(1.5e6);
  });
});

/** Every prose and name field of the built-in dataset, set to `value`. */
function everyString(value: string): DatasetOverride {
  const walk = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    const prose = ['en', 'fr', 'de', 'title', 'label', 'text', 'summary', 'speaker', 'publisher', 'customer', 'name', 'short', 'place', 'note', 'model', 'unit'];
    // A fact's unit is not prose; a metric's is.
    return typeof v === 'string' && prose.includes(key) && !(key === 'unit' && /^([A-Z]+|people|documents|customers|years|rounds|count)$/.test(v)) ? value : v;
  };
  return walk(structuredClone(defaultDataset)) as DatasetOverride;
}

describe('malformed input', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  afterEach(() => expect(errors.splice(0)).to.deep.equal([]));

  const bad: [string, unknown][] = [
    ['a wrong type', { facts: { 'anthropic-series-h': { value: '65B' } } }],
    ['a list for an object', { meta: [] }],
    ['an object for a list', { meta: { event: { sources: {} } } }],
    ['NaN', { facts: { 'mistral-funding': { value: NaN } } }],
    ['Infinity', { facts: { 'anthropic-compute': { value: Infinity } } }],
    ['a negative value', { facts: { 'compute-target': { value: -200 } } }],
    ['zero, which a log scale cannot show', { facts: { 'mistral-funding': { value: 0 } } }],
    ['a huge number', { facts: { 'anthropic-series-h': { value: 1e300 } } }],
    ['a 10,000-character string', { meta: { question: 'x'.repeat(10000) } }],
    ['an empty list that needs items', { metricToggle: { metrics: [] } }],
    ['an unknown key', { computeGap: { capitall: {} } }],
    ['a reference to an unknown fact', { meta: { title: { fr: 'Le pari {nope}' } } }],
    ['an unbalanced brace', { bullBear: { bull: { 'on-premises': { text: 'Runs {paris-power on site' } } } }],
    ['a unit that cannot be formatted', { facts: { 'paris-power': { unit: 'kWh' } } }],
    ['a fact of the wrong kind', { computeGap: { compute: { subject: 'staff-target' } } }],
    ['a figure from before facts', { computeGap: { capital: { rival: { value: 8e10 } } } }],
    ['a list from before facts', { bullBear: { bull: [{ text: 'x', sources: ['tma-bet'] }] } }],
    ['null', { parties: null }],
  ];
  for (const tag of TAGS) {
    it(`<${tag}> shows an error box for each kind of bad dataset`, async () => {
      for (const [what, data] of bad) {
        const el = await fixture<SovElement>(html`<div></div>`).then((box) => {
          const e = document.createElement(tag) as SovElement;
          e.setAttribute('scale', 'log');
          e.data = data as DatasetOverride;
          box.append(e);
          return e;
        });
        await settled(el);
        expect(errorBox(el), `${tag}: ${what}`).not.to.equal(null);
      }
    });

    it(`<${tag}> shows HTML and script in every text field as text, and no non-https link`, async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const data = everyString(payload) as { sources: Record<string, { url?: string }> };
      data.sources = Object.fromEntries(Object.entries(data.sources).map(([id, s], i) => [id, { ...s, url: ['javascript:window.__pwned=1', 'data:text/html,<b>x</b>', 'http://example.com', 'https://example.com/ok', 'JAVASCRIPT:alert(1)'][i % 5] }]));
      const el = document.createElement(tag) as SovElement;
      el.data = data as unknown as DatasetOverride;
      await fixture(el);
      await settled(el);
      expect(errorBox(el), tag).to.equal(null);
      const roots = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r)];
      for (const root of roots) {
        expect(root.querySelector('img, script:not([type])'), tag).to.equal(null);
        root.querySelectorAll('a').forEach((a) => expect(a.protocol, a.href).to.equal('https:'));
      }
      expect(roots.map((r) => r.textContent).join('')).to.contain('<img src=x');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  it('falls back safely for unknown attribute values', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="xx-!!">
      <sov-metric-toggle metric="vibes" calls="-4"></sov-metric-toggle>
      <sov-compute-gap measure="everything" scale="spiral"></sov-compute-gap>
      <sov-milestones as-of="the day after tomorrow"></sov-milestones>
      <sov-bull-bear side="sideways"></sov-bull-bear>
      <sov-stack-card highlight="nothing"></sov-stack-card>
      <sov-use-cases filter="gardening"></sov-use-cases>
      <sov-explainer sections="nope"></sov-explainer>
    </div>`);
    const els = [...box.children] as SovElement[];
    await Promise.all(els.map(settled));
    els.forEach((el) => expect(errorBox(el), el.localName).to.equal(null));
    expect(els[3].shadowRoot!.querySelectorAll('.reading')).to.have.length(2);
    expect(els[0].shadowRoot!.querySelector<HTMLInputElement>('input[value="speed"]')!.checked).to.equal(true);
  });

  it('shows the error box for a request the network refuses', async () => {
    const el = await fixture<SovElement>(html`<sov-compute-gap src="http://127.0.0.1:9/refused.json"></sov-compute-gap>`);
    await until(() => errorBox(el) !== null, 'the error box', 8000);
    expect(errorBox(el)!.textContent).to.contain('the network did not answer');
  });
});
