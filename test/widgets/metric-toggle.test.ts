import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/metric-toggle/metric-toggle.js';
import type { SovMetricToggle } from '../../src/widgets/metric-toggle/metric-toggle.js';
import { Chart, chartsOf, drawn, plotted, settled, textOf } from '../helpers.js';

const chartOf = (el: SovMetricToggle) => Chart.getChart(el.shadowRoot!.querySelector('canvas')!)!;
const radio = (el: SovMetricToggle, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${id}"]`)!;

async function make(template = html`<sov-metric-toggle></sov-metric-toggle>`) {
  const el = await fixture<SovMetricToggle>(template);
  await settled(el);
  await chartsOf(el);
  return el;
}

describe('<sov-metric-toggle>', () => {
  it('starts on speed, where the small model wins, and labels the numbers illustrative', async () => {
    const el = await make();
    expect(radio(el, 'speed').checked).to.equal(true);
    expect(textOf(el)).to.contain('Small specialised model comes out ahead on speed (lower is better)');
    expect(textOf(el)).to.contain('Illustrative index');
    expect(textOf(el)).to.contain('not a measurement');
    // 100 calls by default: per-call index 25 and 100, times 100.
    expect(plotted(chartOf(el))).to.deep.equal([2500, 10000]);
  });

  it('flips the winner on reasoning, reflects the metric and fires sov-metric-change', async () => {
    const el = await make();
    const event = oneEvent(el, 'sov-metric-change');
    radio(el, 'reasoning').click();
    const { detail } = await event;
    expect(detail.metric).to.equal('reasoning');
    await drawn(el);
    expect(el.getAttribute('metric')).to.equal('reasoning');
    expect(textOf(el)).to.contain('Large general model comes out ahead on reasoning (higher is better)');
    expect(textOf(el)).to.contain('does not add up over calls');
    expect(plotted(chartOf(el))).to.deep.equal([60, 100]);
    await expect(el).to.be.accessible();
  });

  it('marks the winning row of the table with a check and, for screen readers, a word', async () => {
    const el = await make();
    const marked = () =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')]
        .filter((tr) => tr.querySelector('th svg.icon'))
        .map((tr) => tr.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(marked()).to.deep.equal(['Small specialised model (ahead)']);
    radio(el, 'reasoning').click();
    await el.updateComplete;
    expect(marked()).to.deep.equal(['Large general model (ahead)']);
    // The checked option shows the same check; the others hide theirs.
    const shown = [...el.shadowRoot!.querySelectorAll<SVGElement>('.option svg.icon')].map((s) => getComputedStyle(s).display !== 'none');
    expect(shown).to.deep.equal(['speed', 'energy', 'cost', 'reasoning'].map((m) => m === 'reasoning'));
  });

  for (const metric of ['speed', 'energy', 'cost', 'reasoning']) {
    it(`renders metric="${metric}" accessibly, in light and dark`, async () => {
      const el = await make(html`<sov-metric-toggle metric=${metric} theme="light"></sov-metric-toggle>`);
      expect(radio(el, metric).checked).to.equal(true);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('does not fire sov-metric-change when metric is set from outside', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('sov-metric-change', () => fired++);
    el.metric = 'energy';
    await el.updateComplete;
    expect(radio(el, 'energy').checked).to.equal(true);
    expect(fired).to.equal(0);
  });

  it('moves between metrics with the arrow keys, and is one tab stop', async () => {
    const el = await make();
    radio(el, 'speed').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.metric).to.equal('energy');
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'energy'));
    // One tab stop for the group: Tab leaves it for the next control, the "Show the data" toggle.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.localName).to.equal('summary');
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLInputElement).type).to.equal('range');
  });

  it('compounds per-call gaps over the calls per workflow', async () => {
    const el = await make(html`<sov-metric-toggle metric="cost" calls="1"></sov-metric-toggle>`);
    expect(plotted(chartOf(el))).to.deep.equal([15, 100]);
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.value = '500';
    range.dispatchEvent(new Event('input'));
    await drawn(el);
    expect(plotted(chartOf(el))).to.deep.equal([7500, 50000]);
    expect(textOf(el)).to.contain('Over the workflow (500 × per call) the gap grows to 42,500 index points');
    expect(textOf(el)).to.contain('Per workflow (calls: 500)');
  });

  it('shows a change before the chart takes it, and gives the chart one update a frame', async () => {
    const el = await make(html`<sov-metric-toggle metric="cost" calls="1"></sov-metric-toggle>`);
    const chart = chartOf(el);
    let updates = 0;
    const update = chart.update.bind(chart);
    chart.update = (mode) => (updates++, update(mode));
    radio(el, 'energy').click();
    await el.updateComplete;
    // The frame after the click shows the choice and the verdict; Chart.js's update, most of
    // the change's work, waits for the next task after that frame.
    expect(textOf(el)).to.contain('comes out ahead on energy');
    expect(updates).to.equal(0);
    expect(plotted(chart)).to.deep.equal([15, 100]);
    await drawn(el);
    expect(updates).to.equal(1);
    expect(plotted(chart)).to.deep.equal([20, 100]);
    // A slider dragged through several values within one frame: one update, with the last.
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    for (const value of ['10', '20', '30']) {
      range.value = value;
      range.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    await drawn(el);
    expect(updates).to.equal(2);
    expect(plotted(chart)).to.deep.equal([600, 3000]);
    // Printing does not wait for the next paint.
    radio(el, 'reasoning').click();
    await el.updateComplete;
    dispatchEvent(new Event('beforeprint'));
    expect(plotted(chart)).to.deep.equal([60, 100]);
    await drawn(el);
    expect(updates).to.equal(3);
  });

  it('clamps calls to 1–500 and falls back to the first metric for an unknown one', async () => {
    const el = await make(html`<sov-metric-toggle metric="vibes" calls="9000"></sov-metric-toggle>`);
    expect(radio(el, 'speed').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('.calls .value')!.textContent).to.equal('500');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!.value).to.equal('500');
  });
});
