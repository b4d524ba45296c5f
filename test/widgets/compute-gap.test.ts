import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/compute-gap/compute-gap.js';
import type { SovComputeGap } from '../../src/widgets/compute-gap/compute-gap.js';
import { Chart, chartsOf, drawn, plotted, settled, textOf, until } from '../helpers.js';

const chartFor = (el: SovComputeGap, measure: string) =>
  Chart.getChart(el.shadowRoot!.querySelector<HTMLCanvasElement>(`canvas[data-measure="${measure}"]`)!)!;

async function make(template = html`<sov-compute-gap></sov-compute-gap>`) {
  const el = await fixture<SovComputeGap>(template);
  await settled(el);
  await chartsOf(el);
  return el;
}

describe('<sov-compute-gap>', () => {
  it('shows both measures with their computed ratios, figures, dates and sources', async () => {
    const el = await make();
    const text = textOf(el);
    expect(text).to.contain('more than 16×');
    expect(text).to.contain('at least 50×');
    for (const figure of ['about $3.9B', '$65B', '200 MW', 'more than 10 GW']) expect(text).to.contain(figure);
    expect(text).to.contain('As of May 28, 2026');
    expect(text).to.contain('Sources: Thorsten Meyer AI, May 2026; Anthropic, May 28, 2026');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.include('https://www.anthropic.com/news/series-h');
    expect(links.every((href) => href.startsWith('https:'))).to.equal(true);
    el.shadowRoot!.querySelectorAll('a').forEach((a) => {
      expect(a.rel).to.contain('noopener');
    });
  });

  it('plots the dataset values, linear from zero by default', async () => {
    const el = await make();
    const capital = chartFor(el, 'capital');
    expect(plotted(capital)).to.deep.equal([3.9e9, 65e9]);
    expect(capital.options.plugins!.sovBarLabels!.names).to.deep.equal(['Mistral', 'Anthropic']);
    expect(capital.options.plugins!.sovBarLabels!.values).to.deep.equal(['about $3.9B', '$65B']);
    expect(capital.scales.x.type).to.equal('sovValue');
    expect(capital.scales.x.min).to.equal(0);
    expect(plotted(chartFor(el, 'compute'))).to.deep.equal([200, 10000]);
  });

  it('gives each chart a text alternative and the numbers in a real table', async () => {
    const el = await make();
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('Mistral AI about $3.9B and Anthropic $65B');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.match(/^Mistral AI All funding to date, over 9 funding rounds \(As of May 2026\) about \$3\.9B$/);
    expect(rows[3]).to.match(/^Anthropic Committed across its infrastructure deals \(As of May 2026\) more than 10 GW$/);
  });

  for (const measure of ['capital', 'compute'] as const) {
    it(`shows only ${measure} with measure="${measure}"`, async () => {
      const el = await make(html`<sov-compute-gap measure=${measure}></sov-compute-gap>`);
      const canvases = [...el.shadowRoot!.querySelectorAll('canvas')];
      expect(canvases.map((c) => c.dataset.measure)).to.deep.equal([measure]);
      expect(textOf(el)).to.contain(measure === 'capital' ? 'more than 16×' : 'at least 50×');
      expect(textOf(el)).not.to.contain(measure === 'capital' ? 'at least 50×' : 'more than 16×');
      await expect(el).to.be.accessible();
    });
  }

  it('switches to a logarithmic scale with scale="log" and says so', async () => {
    const el = await make(html`<sov-compute-gap scale="log"></sov-compute-gap>`);
    const chart = chartFor(el, 'capital');
    const x = chart.scales.x;
    // Drawn as log10 of the values on a linear axis, with one labelled gridline per power of ten.
    expect([x.min, x.max]).to.deep.equal([9, 11]);
    expect(x.ticks.map((t) => t.label)).to.deep.equal(['$1B', '$10B', '$100B']);
    const [mistral, anthropic] = plotted(chart) as number[];
    expect(mistral).to.be.closeTo(Math.log10(3.9e9), 1e-9);
    expect(anthropic).to.be.closeTo(Math.log10(65e9), 1e-9);
    expect(textOf(el)).to.contain('Logarithmic scale');
    el.scale = 'linear';
    await drawn(el);
    expect(chartFor(el, 'capital').scales.x.min).to.equal(0);
    expect(plotted(chartFor(el, 'capital'))).to.deep.equal([3.9e9, 65e9]);
    expect(textOf(el)).not.to.contain('Logarithmic scale');
  });

  it('recomputes the ratio from overridden values', async () => {
    const el = await make();
    el.data = { facts: { 'anthropic-compute': { value: 1000, qualifier: 'exact' } } };
    await settled(el);
    expect(textOf(el)).to.contain('5×');
    expect(textOf(el)).to.contain('1 GW');
    expect(plotted(chartFor(el, 'compute'))).to.deep.equal([200, 1000]);
  });

  it('drops source links that are not https', async () => {
    const el = await make();
    el.data = { sources: { 'anthropic-series-h': { url: 'javascript:alert(1)' } } };
    await settled(el);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.some((href) => href?.startsWith('javascript'))).to.equal(false);
    expect(textOf(el)).to.contain('Series H announcement');
  });

  it('paints the bars in the theme colours, light and dark', async () => {
    const el = await make(html`<sov-compute-gap theme="light"></sov-compute-gap>`);
    const colours = () => chartFor(el, 'capital').data.datasets[0].backgroundColor as string[];
    const light = colours();
    expect(light).to.deep.equal(['#d35400', '#3d5a80']);
    el.theme = 'dark';
    await drawn(el);
    expect(colours()).to.deep.equal(['#ff8c42', '#5b8bd6']);
    await expect(el).to.be.accessible();
  });

  it('follows a host override of the colour custom properties', async () => {
    const el = await make(html`<sov-compute-gap theme="light"></sov-compute-gap>`);
    el.style.setProperty('--sov-subject', 'rgb(0, 128, 0)');
    el.requestUpdate();
    await drawn(el);
    expect((chartFor(el, 'capital').data.datasets[0].backgroundColor as string[])[0]).to.equal('rgb(0, 128, 0)');
  });

  it('draws at the width of its container, and follows it', async () => {
    const box = await fixture<HTMLElement>(html`<div class="box"><sov-compute-gap></sov-compute-gap></div>`);
    box.style.width = '320px';
    const el = box.firstElementChild as SovComputeGap;
    await settled(el);
    const [chart] = await chartsOf(el);
    await until(() => chart.width <= 320, 'the chart to fit 320 px');
    expect(chart.width).to.be.within(250, 320);
    expect(el.scrollWidth).to.be.at.most(320);
    box.style.width = '900px';
    await until(() => chart.width > 800, 'the chart to grow with its container');
  });
});
