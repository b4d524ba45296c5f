/**
 * What every widget promises, run against every tag: the dataset precedence and partial
 * overrides, the shared request, errors shown not thrown, theme, language, guarded
 * registration and a clean disconnect.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { fetchDataset, resetDatasetCache, setDefaultDataset } from '../../src/data/load.js';
import type { DatasetOverride } from '../../src/data/types.js';
import type { SovElement, SovErrorEvent } from '../../src/shared/sov-element.js';
import { afterPaint } from '../../src/shared/turns.js';
import { canvasesOf, chartsOf, elementsOf, errorBox, liveCharts, settled, spyOnFetch, textOf, until } from '../helpers.js';

interface Case {
  tag: string;
  /** A partial override that changes something this widget shows, and the text it shows then. */
  override: (title: string) => DatasetOverride;
  /** Live Chart.js instances it makes (the explainer's are in the widgets it holds). */
  charts: number;
  /** Text that proves German formatting (a date in the sources line, or a number). */
  german: RegExp;
}

const cases: Case[] = [
  { tag: 'sov-compute-gap', override: (title) => ({ computeGap: { title } }), charts: 2, german: /65 Mrd\. \$/ },
  { tag: 'sov-metric-toggle', override: (title) => ({ metricToggle: { title } }), charts: 1, german: /2\.500|10\.000/ },
  { tag: 'sov-stack-card', override: (title) => ({ stack: { title } }), charts: 0, german: /Mai 2026/ },
  { tag: 'sov-bull-bear', override: (title) => ({ bullBear: { title } }), charts: 0, german: /Mai 2026/ },
  { tag: 'sov-milestones', override: (title) => ({ milestones: { title } }), charts: 0, german: /Mai 2026/ },
  { tag: 'sov-use-cases', override: (title) => ({ useCases: { title } }), charts: 0, german: /Mai 2026/ },
  { tag: 'sov-explainer', override: (title) => ({ meta: { question: title } }), charts: 3, german: /Mai 2026/ },
];

export const fixtureUrl = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;

for (const { tag, override, charts, german } of cases) {
  const el = unsafeStatic(tag);
  const make = async (inner = html``, attrs: { src?: string } = {}) => {
    const element = await fixture<SovElement>(staticHtml`<${el} src=${attrs.src ?? ''}>${inner}</${el}>`);
    await settled(element);
    return element;
  };

  describe(`<${tag}>: the shared contract`, () => {
    afterEach(() => resetDatasetCache());

    it('renders the built-in dataset with no error and is accessible', async () => {
      const element = await make();
      expect(errorBox(element)).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part~="base"]')).not.to.equal(null);
      expect(canvasesOf(element)).to.have.length(charts);
      await chartsOf(element);
      expect(liveCharts()).to.equal(charts);
      await expect(element).to.be.accessible();
    });

    it('takes .data over inline JSON, inline JSON over src, src over the page default', async () => {
      setDefaultDataset(override('From the page default'));
      const json = JSON.stringify(override('From inline JSON'));
      const element = await make(html`<script type="application/json">${json}</script>`, {
        src: fixtureUrl('override.json'),
      });
      expect(textOf(element)).to.contain('From inline JSON');

      element.data = override('From the property');
      await settled(element);
      expect(textOf(element)).to.contain('From the property');
      expect(textOf(element)).not.to.contain('From inline JSON');

      element.data = undefined;
      element.querySelector('script')!.remove();
      await until(() => !textOf(element).includes('From inline JSON'), 'the src dataset');
      await settled(element);
      // override.json changes only the rival's capital, so the page default's title shows through.
      expect(textOf(element)).to.contain('From the page default');

      element.removeAttribute('src');
      await settled(element);
      expect(textOf(element)).to.contain('From the page default');

      setDefaultDataset(undefined);
      await settled(element);
      expect(textOf(element)).not.to.contain('From the page default');
    });

    it('merges a partial override over the default and keeps the rest', async () => {
      const element = await make();
      const before = element.shadowRoot!.querySelectorAll('.sources li').length;
      element.data = override('Partial');
      await settled(element);
      expect(textOf(element)).to.contain('Partial');
      expect(element.shadowRoot!.querySelectorAll('.sources li').length).to.equal(before);
    });

    it('makes one request for widgets that share a src, and re-renders when src changes', async () => {
      const spy = spyOnFetch();
      try {
        const src = fixtureUrl('override.json');
        const box = await fixture<HTMLElement>(
          staticHtml`<div><${el} src=${src}></${el}><${el} src=${src}></${el}><${el} src=${src}></${el}></div>`,
        );
        const widgets = [...box.children] as SovElement[];
        await Promise.all(widgets.map(settled));
        expect(spy.calls.filter((u) => u === src)).to.have.length(1);
        widgets.forEach((w) => expect(errorBox(w)).to.equal(null));

        widgets[0].src = fixtureUrl('invalid.json');
        await until(() => errorBox(widgets[0]) !== null, 'the error box after src changed');
      } finally {
        spy.restore();
      }
    });

    it('shows an error box with the path for a bad dataset, fires sov-error, warns once', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const neighbour = await make();
        const element = document.createElement(tag) as SovElement;
        element.data = { facts: { 'anthropic-series-h': { value: '65B' as unknown as number } } };
        const event = oneEvent(element, 'sov-error') as Promise<SovErrorEvent>;
        document.body.append(element);
        const { detail } = await event;
        expect(detail.path).to.equal('facts.anthropic-series-h.value');
        expect(detail.message).to.contain('expected a positive number, got "65B"');
        await element.updateComplete;
        const box = errorBox(element)!;
        expect(box.textContent).to.contain('facts.anthropic-series-h.value');
        expect(element.shadowRoot!.querySelector('[part~="base"]:not([part~="error"])')).to.equal(null);
        element.requestUpdate();
        await element.updateComplete;
        expect(warnings.filter((w) => String(w[0]).includes('65B'))).to.have.length(1);
        // Its neighbour keeps working.
        expect(errorBox(neighbour)).to.equal(null);
        await expect(element).to.be.accessible();
        element.remove();
      } finally {
        console.warn = warn;
      }
    });

    it('shows the error box, not the default numbers, for bad inline JSON and failed requests', async () => {
      const inline = await make(html`<script type="application/json">{ not json</script>`);
      expect(errorBox(inline)!.textContent).to.contain('not valid JSON');

      for (const [name, reason] of [
        ['missing.json', 'HTTP 404'],
        ['not-json.txt', 'not valid JSON'],
        ['array.json', 'must be a JSON object'],
      ]) {
        const element = await make(html``, { src: fixtureUrl(name) });
        const box = errorBox(element);
        expect(box, name).not.to.equal(null);
        expect(box!.textContent).to.contain(reason);
        expect(box!.textContent).to.contain(fixtureUrl(name));
        expect(textOf(element)).not.to.contain('$65B');
      }
    });

    it('ignores a response that arrives after the element was removed', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const original = window.fetch;
      window.fetch = async (...args) => {
        await gate;
        return original(...args);
      };
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const element = document.createElement(tag) as SovElement;
        element.src = fixtureUrl('invalid.json');
        let fired = false;
        element.addEventListener('sov-error', () => (fired = true));
        document.body.append(element);
        await element.updateComplete;
        element.remove();
        release();
        // The shared request the element made, now answered and handled (its handlers ran first).
        await fetchDataset(element.src!).catch(() => undefined);
        await afterPaint();
        expect(fired).to.equal(false);
        expect(errors).to.deep.equal([]);
      } finally {
        window.fetch = original;
        window.removeEventListener('error', onError);
      }
    });

    it('switches theme colours with the theme attribute', async () => {
      const element = await make();
      const surface = () => getComputedStyle(element.shadowRoot!.querySelector('.card')!).backgroundColor;
      element.theme = 'light';
      await element.updateComplete;
      const light = surface();
      element.theme = 'dark';
      await element.updateComplete;
      expect(surface()).not.to.equal(light);
      await expect(element).to.be.accessible();
    });

    it('formats numbers in the language of the nearest lang attribute', async () => {
      const box = await fixture<HTMLElement>(staticHtml`<div lang="de"><${el}></${el}></div>`);
      const element = box.firstElementChild as SovElement;
      await settled(element);
      expect(textOf(element)).to.match(german);
    });

    it('stays left to right, like its text, on a right-to-left page', async () => {
      const box = await fixture<HTMLElement>(staticHtml`<div dir="rtl" lang="ar" style="width: 360px"><${el}></${el}></div>`);
      const element = box.firstElementChild as SovElement;
      await settled(element);
      const inside = elementsOf(element);
      expect(inside.length).to.be.above(10);
      expect(inside.filter((e) => getComputedStyle(e).direction !== 'ltr').map((e) => e.localName)).to.deep.equal([]);
      // Start-aligned text starts at the left: where the card's first line of text begins.
      const base = element.shadowRoot!.querySelector('[part~="base"]')!;
      const range = document.createRange();
      range.selectNodeContents(base.querySelector('p, h2, h3, span')!);
      expect(range.getClientRects()[0].left - base.getBoundingClientRect().left).to.be.below(30);
      expect(element.scrollWidth).to.be.at.most(360);
    });


    it('destroys its charts on disconnect and rebuilds them on reconnect', async () => {
      const start = liveCharts();
      const element = await make();
      await chartsOf(element);
      expect(liveCharts()).to.equal(start + charts);
      const parent = element.parentElement!;
      element.remove();
      expect(liveCharts()).to.equal(start);
      parent.append(element);
      await settled(element);
      await chartsOf(element);
      expect(liveCharts(), 'charts rebuilt on reconnect').to.equal(start + charts);
      element.remove();
      expect(liveCharts()).to.equal(start);
    });
  });
}

describe('datasets that could throw', () => {
  afterEach(() => resetDatasetCache());

  it('reports a getter that throws, a bad URL and an odd lang without an uncaught error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
      el.data = {
        get meta(): never {
          throw new Error('boom');
        },
      } as unknown as DatasetOverride;
      await settled(el);
      expect(errorBox(el)!.textContent).to.contain('could not be read: boom');

      const bad = await fixture<SovElement>(html`<sov-metric-toggle src="http://["></sov-metric-toggle>`);
      await settled(bad);
      expect(errorBox(bad)!.textContent).to.contain('is not a valid URL');

      for (const lang of ['toString', 'en_GB', '']) {
        const box = await fixture<HTMLElement>(html`<div lang=${lang}><sov-compute-gap></sov-compute-gap></div>`);
        const widget = box.firstElementChild as SovElement;
        await settled(widget);
        expect(errorBox(widget), lang).to.equal(null);
        expect(textOf(widget)).to.contain('Compute and capital');
      }
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('says when the fault is in the page default', async () => {
    setDefaultDataset({ facts: { 'anthropic-series-h': { value: -1 } } });
    const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
    await settled(el);
    expect(errorBox(el)!.textContent).to.contain('The page default dataset (set with setDefaultDataset) is invalid');
  });

  it('retries a failed request when a widget asks again', async () => {
    const spy = spyOnFetch();
    try {
      const src = fixtureUrl('missing.json');
      const el = await fixture<SovElement>(html`<sov-compute-gap src=${src}></sov-compute-gap>`);
      await settled(el);
      el.remove();
      const again = await fixture<SovElement>(html`<sov-compute-gap src=${src}></sov-compute-gap>`);
      await settled(again);
      expect(spy.calls.filter((u) => u === src)).to.have.length(2);
    } finally {
      spy.restore();
    }
  });
});
