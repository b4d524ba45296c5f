/**
 * The chart type and axis the widgets draw with (src/chart/bars-controller.ts and scale.ts), on
 * a canvas of their own, as Chart.js builds them: where the ticks fall and where the bars are.
 */
import { expect } from '@open-wc/testing';
import type { Chart as ChartInstance, ChartConfiguration } from 'chart.js';
import { chartLib } from '../../src/chart/chart-lib.js';

const { Chart, Bars, Bar, ValueScale } = chartLib();
Chart.register(Bars, Bar, ValueScale);

type Config = ChartConfiguration<'sovBars', { x: number; y: number }[]>;
/** What a widget sets on the value axis. */
type Axis = { min?: number; max?: number; ticks?: { stepSize?: number; maxTicksLimit?: number } };

let canvases: HTMLCanvasElement[] = [];

/** A chart of `values`, one bar a row, drawn at once on a `width`×200 canvas. */
function chart(values: number[], x: Axis = {}, width = 400): ChartInstance<'sovBars', { x: number; y: number }[]> {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; height: 200px`;
  const canvas = document.createElement('canvas');
  box.append(canvas);
  document.body.append(box);
  canvases.push(canvas);
  const config = {
    type: 'sovBars',
    data: { datasets: [{ data: values.map((v, y) => ({ x: v, y })), backgroundColor: values.map((_, i) => ['#c04000', '#204080', '#008040'][i]) }] },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      events: [],
      scales: { x: { type: 'sovValue', ...x }, y: { type: 'sovValue', display: false, min: -0.5, max: values.length - 0.5, reverse: true } },
    },
  } as Config;
  return new Chart(canvas, config);
}

const ticks = (c: ChartInstance<'sovBars', { x: number; y: number }[]>) => c.scales.x.ticks.map((t) => t.value);

afterEach(() => {
  canvases.forEach((c) => Chart.getChart(c)?.destroy());
  canvases.forEach((c) => c.parentElement!.remove());
  canvases = [];
});

describe('the value axis (sovValue)', () => {
  it('starts at zero and ends on a round tick past the largest value', () => {
    expect(ticks(chart([3.9, 65], { ticks: { maxTicksLimit: 5 } }))).to.deep.equal([0, 20, 40, 60, 80]);
    expect(ticks(chart([200, 10000], { ticks: { maxTicksLimit: 5 } }))).to.deep.equal([0, 5000, 10000]);
    expect(ticks(chart([0.3, 0.7]))).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('never draws more ticks than the limit, nor more than one every 40 px', () => {
    for (const max of [7, 13, 99, 101, 2500, 123456]) expect(ticks(chart([max], { ticks: { maxTicksLimit: 5 } })).length).to.be.at.most(5);
    expect(ticks(chart([100], {}, 120)).length).to.be.at.most(3);
  });

  it('keeps the bounds and step a widget gives it', () => {
    const c = chart([Math.log10(3.9e9), Math.log10(65e9)], { min: 9, max: 11, ticks: { stepSize: 1 } });
    expect([c.scales.x.min, c.scales.x.max]).to.deep.equal([9, 11]);
    expect(ticks(c)).to.deep.equal([9, 10, 11]);
  });

  it('takes in negative values, from zero', () => {
    const c = chart([-30, 50], { ticks: { maxTicksLimit: 5 } });
    expect(c.scales.x.min).to.be.at.most(-30);
    expect(c.scales.x.max).to.be.at.least(50);
    expect(ticks(c)).to.include(0);
  });

  it('maps values to pixels across the chart area, reversed where asked', () => {
    const c = chart([50, 100]);
    const { left, right, top, bottom } = c.chartArea;
    expect(c.scales.x.getPixelForValue(0)).to.be.closeTo(left, 0.5);
    expect(c.scales.x.getPixelForValue(100)).to.be.closeTo(right, 0.5);
    expect(c.scales.x.getPixelForValue(50)).to.be.closeTo((left + right) / 2, 0.5);
    // The rows' axis runs top to bottom: the first row is at the top.
    expect(c.scales.y.getPixelForValue(-0.5)).to.be.closeTo(top, 0.5);
    expect(c.scales.y.getPixelForValue(1.5)).to.be.closeTo(bottom, 0.5);
  });
});

describe('the bar list (sovBars)', () => {
  it('draws each bar from zero to its value, centred on its row, in its colour', () => {
    const c = chart([25, 100]);
    const bars = c.getDatasetMeta(0).data as unknown as { x: number; base: number; y: number; height: number; fill: string }[];
    const zero = c.scales.x.getPixelForValue(0);
    const row = c.scales.y.getPixelForValue(1) - c.scales.y.getPixelForValue(0);
    expect(bars.map((b) => b.base)).to.deep.equal([zero, zero]);
    expect(bars[0].x).to.be.closeTo(c.scales.x.getPixelForValue(25), 1e-6);
    expect(bars[1].x).to.be.closeTo(c.scales.x.getPixelForValue(100), 1e-6);
    expect(bars.map((b) => b.y)).to.deep.equal([c.scales.y.getPixelForValue(0), c.scales.y.getPixelForValue(1)]);
    expect(bars[0].height).to.be.closeTo(row * 0.28, 1e-6);
    expect(bars.map((b) => b.fill)).to.deep.equal(['#c04000', '#204080']);
  });

  it('paints the bars on the canvas, and nothing where there is no bar', () => {
    const c = chart([50, 100]);
    const ctx = c.canvas.getContext('2d')!;
    const ratio = c.currentDevicePixelRatio;
    const bars = c.getDatasetMeta(0).data as unknown as { x: number; base: number; y: number }[];
    const pixel = (x: number, y: number) => [...ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    expect(pixel((bars[0].base + bars[0].x) / 2, bars[0].y)).to.deep.equal([0xc0, 0x40, 0x00, 255]);
    expect(pixel((bars[1].base + bars[1].x) / 2, bars[1].y)).to.deep.equal([0x20, 0x40, 0x80, 255]);
    // Past the end of the first bar, on its row: only the grid could be there, not the bar.
    expect(pixel(bars[0].x + 20, bars[0].y)).not.to.deep.equal([0xc0, 0x40, 0x00, 255]);
  });

  it('grows the bars from zero when animated, and moves them on an update', async () => {
    const c = chart([40, 80]);
    const bars = c.getDatasetMeta(0).data as unknown as { x: number; base: number }[];
    c.options.animation = { duration: 200 };
    c.data.datasets[0].data = [{ x: 80, y: 0 }, { x: 40, y: 1 }];
    const done = new Promise<void>((resolve) => (c.options.animation = { duration: 200, onComplete: () => resolve() }));
    c.update();
    await done;
    expect(bars[0].x).to.be.closeTo(c.scales.x.getPixelForValue(80), 1e-6);
    expect(bars[1].x).to.be.closeTo(c.scales.x.getPixelForValue(40), 1e-6);
    // A chart's first update starts its bars at zero (Chart.js's 'reset' mode).
    c.getDatasetMeta(0).controller.reset();
    expect(bars.map((b) => b.x)).to.deep.equal(bars.map((b) => b.base));
  });
});
