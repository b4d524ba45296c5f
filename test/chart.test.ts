/**
 * Charts start lazily: only once their widget comes near the viewport (or the page is
 * printed), after the page's fonts are ready, and never for a widget that has gone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { renderTurn } from '../src/shared/turns.js';
import { canvasesOf, Chart, liveCharts, settled, started, until } from './helpers.js';

/**
 * Resolves once a new IntersectionObserver has reported on `target`: in the same frame as the
 * charts' own observer (made before it), and after it.
 */
const observed = (target: Element) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  });

/** A widget two screens below the top of a scrolled-to-top page, once the charts' observer has seen it there. */
async function farBelow(tag = 'sov-compute-gap') {
  const box = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div></div>`);
  const el = document.createElement(tag) as SovElement;
  box.append(el);
  await settled(el);
  window.scrollTo(0, 0);
  await observed(canvasesOf(el)[0]);
  return el;
}

describe('lazy chart start-up', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('builds no chart for a widget far below the viewport, then builds it when scrolled near', async () => {
    const el = await farBelow();
    const [capital, compute] = canvasesOf(el);
    expect(Chart.getChart(capital), 'before scrolling').to.equal(undefined);
    expect(liveCharts()).to.equal(0);
    capital.scrollIntoView({ block: 'center' });
    await until(() => !!started(capital) && !!started(compute), 'both charts near the viewport');
    expect(Chart.getChart(capital)!.canvas.width).to.be.greaterThan(0);
  });

  it('sets Chart.js up on the canvas in one render turn, and gives it the data in a later one', async () => {
    // Each is tens of ms at 4× CPU slowdown: together they were one long task.
    const atInit: number[] = [];
    const probe = { id: 'probe', afterInit: (chart: { data: { datasets: unknown[] } }) => void atInit.push(chart.data.datasets.length) };
    Chart.register(probe);
    try {
      const el = await farBelow();
      const [capital] = canvasesOf(el);
      capital.scrollIntoView({ block: 'center' });
      await until(() => !!started(capital), 'the chart with its data');
      expect(atInit[0], 'datasets when set up').to.equal(0);
      expect(started(capital)!.data.datasets[0].data).to.have.length(2);
    } finally {
      Chart.unregister(probe);
    }
  });

  it('builds waiting charts at once for printing', async () => {
    const el = await farBelow('sov-explainer');
    const canvases = canvasesOf(el);
    expect(canvases).to.have.length(3);
    const before = canvases.filter((c) => Chart.getChart(c)).length;
    expect(before, 'charts built before printing').to.be.lessThan(3);
    window.dispatchEvent(new Event('beforeprint'));
    expect(canvases.every((c) => started(c)), 'every chart with its data, synchronously').to.equal(true);
  });

  it('keeps the latest data for a chart that starts late', async () => {
    const el = await farBelow('sov-metric-toggle');
    el.setAttribute('metric', 'cost');
    el.setAttribute('calls', '1');
    await el.updateComplete;
    const [canvas] = canvasesOf(el);
    canvas.scrollIntoView({ block: 'center' });
    await until(() => !!started(canvas), 'the chart');
    const values = (started(canvas)!.data.datasets[0].data as unknown as { x: number }[]).map((d) => d.x);
    expect(values).to.deep.equal([15, 100]); // cost for one call, not the first figures (speed)
  });

  it('never builds a chart for a widget removed before it came near', async () => {
    const el = await farBelow();
    const [canvas] = canvasesOf(el);
    el.remove();
    // Printing builds every waiting chart at once, in the event: a gone one must not be waiting.
    window.dispatchEvent(new Event('beforeprint'));
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(liveCharts()).to.equal(0);
  });

  it('waits for the page fonts before drawing text on the canvas', async () => {
    let release!: () => void;
    const ready = Object.getOwnPropertyDescriptor(FontFaceSet.prototype, 'ready')!;
    const gate = new Promise<FontFaceSet>((resolve) => (release = () => resolve(document.fonts)));
    Object.defineProperty(document.fonts, 'ready', { configurable: true, get: () => gate });
    try {
      const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
      await settled(el);
      const [canvas] = canvasesOf(el);
      // Seen near the viewport, then the turns a chart takes to start (Chart.js, then the chart).
      await observed(canvas);
      for (let i = 0; i < 3; i++) await renderTurn();
      expect(Chart.getChart(canvas), 'while fonts load').to.equal(undefined);
      release();
      await until(() => !!Chart.getChart(canvas), 'the chart once fonts are ready');
    } finally {
      delete (document.fonts as unknown as Record<string, unknown>).ready;
      expect(Object.getOwnPropertyDescriptor(FontFaceSet.prototype, 'ready')).to.deep.equal(ready);
    }
  });
});
