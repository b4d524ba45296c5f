import { aTimeout } from '@open-wc/testing';
import type { Chart as ChartInstance } from 'chart.js';
import { chartLib } from '../src/chart/chart-lib.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { afterPaint } from '../src/shared/turns.js';

/** The text a reader sees in a widget's shadow root, with white space folded. */
export const textOf = (el: Element) =>
  (el.shadowRoot?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export const errorBox = (el: Element) => el.shadowRoot?.querySelector('[role="alert"]') ?? null;

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 4000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

/**
 * Resolves once the widget has settled on a dataset or an error, and drawn it with every
 * widget inside it (which each draw in a task of their own): its `ready` attribute.
 */
export async function settled(el: SovElement) {
  await until(() => el.hasAttribute('ready') && !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'the widget to be ready');
  await drawn(el);
}

/**
 * Resolves once the widget's latest change is drawn, charts included: a chart takes a change
 * in a task after the next paint, which this waits for behind it.
 */
export async function drawn(el: SovElement) {
  await el.updateComplete;
  await afterPaint();
}

/** Chart.js as the widgets use it (in the bundle it is set up by the first chart). */
export const { Chart } = chartLib();

export const liveCharts = () => Object.keys(Chart.instances).length;

/** Every element in a widget's shadow root, through the shadow roots of the widgets it holds. */
export const elementsOf = (el: Element): Element[] =>
  [...(el.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((n) => [n, ...elementsOf(n)]);

/** Every canvas in a widget, through the shadow roots of the widgets it holds. */
export const canvasesOf = (el: Element): HTMLCanvasElement[] => elementsOf(el).filter((n) => n instanceof HTMLCanvasElement);

/**
 * The chart on a canvas, once built. Charts start only near the viewport, so the canvas is
 * scrolled into view first.
 */
export async function chartOn(canvas: HTMLCanvasElement | null) {
  if (!canvas) throw new Error('no canvas');
  canvas.scrollIntoView({ block: 'nearest' });
  await until(() => !!started(canvas), 'the chart to start');
  return started(canvas)!;
}

/** The chart on a canvas once it has its data (it starts without any, a render turn before). */
export const started = (canvas: HTMLCanvasElement) => {
  const chart = Chart.getChart(canvas) as ChartInstance<'sovBars'> | undefined;
  return chart?.data.datasets.length ? chart : undefined;
};

/** Every chart of a widget, each scrolled into view in turn and waited for. */
export async function chartsOf(el: Element) {
  const charts = [];
  for (const canvas of canvasesOf(el)) charts.push(await chartOn(canvas));
  return charts;
}

/** Counts calls to `fetch` by URL while installed. */
export function spyOnFetch() {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** The values a bar-list chart plots, in row order (rows are {x: value, y: row} points). */
export const plotted = (chart: ChartInstance) => (chart.data.datasets[0].data as unknown as { x: number }[]).map((d) => d.x);

/**
 * Firefox runs the same suite, but media emulation (colour scheme, reduced motion, forced
 * colours) goes through Chrome's DevTools protocol and performance.memory is Chrome's own:
 * the few tests that need them skip in Firefox (see CONTRIBUTING.md).
 */
export const firefox = navigator.userAgent.includes('Firefox');

/** Every element the library defines, in the article's order. */
export { TAGS } from '../src/snippet.js';

/** `html` as a page 400 px wide, in an iframe; `sandbox` without allow-scripts turns scripts off. */
export async function openPage(html: string, sandbox?: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:400px;height:900px;border:0';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
