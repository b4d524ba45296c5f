/**
 * The only module that imports Chart.js. It registers exactly what the widgets draw
 * (horizontal and vertical bars on category, linear and logarithmic scales) so that the
 * bundle carries nothing else, and bridges the widgets' CSS theme into canvas colours.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LogarithmicScale,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale);

export { Chart };

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
  color: (name: string) => string;
}

/** Reads a widget's resolved colours and font: a canvas cannot use `var(--…)`. */
export function readTheme(host: HTMLElement): ChartTheme {
  const style = getComputedStyle(host);
  const color = (name: string) => style.getPropertyValue(`--_${name}`).trim();
  return {
    text: color('text'),
    muted: color('muted'),
    grid: color('border'),
    surface: color('surface'),
    font: style.fontFamily,
    color,
  };
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** The width in pixels the longest of `labels` needs in `font`, to reserve room beside the bars. */
export function textWidth(labels: string[], font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return 0;
  measureContext.font = font;
  return Math.max(0, ...labels.map((label) => measureContext!.measureText(label).width));
}

/** Splits a category label into lines of about `width` characters, for narrow charts. */
export function wrapLabel(label: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length + 1 <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** True for 1, 10, 100…: the only ticks a log axis labels and draws gridlines for. */
export const isPowerOfTen = (value: number) => Math.abs(Math.log10(value) % 1) < 1e-9;

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface ValueLabelOptions {
  labels: string[];
  color: string;
  font: string;
}

/** Draws each bar's formatted value just past its end, in room the widget reserves with `textWidth`. */
const valueLabels: Plugin<'bar', ValueLabelOptions> = {
  id: 'sovValueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = options.font;
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const text = options.labels[i] ?? '';
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillStyle = options.color;
      if (horizontal) {
        ctx.textBaseline = 'middle';
        ctx.textAlign = 'left';
        ctx.fillText(text, Math.min(x, chartArea.right) + 6, y);
      } else {
        ctx.textBaseline = 'bottom';
        ctx.textAlign = 'center';
        ctx.fillText(text, x, y - 4);
      }
    });
    ctx.restore();
  },
};

declare module 'chart.js' {
  interface PluginOptionsByType<TType> {
    sovValueLabels?: TType extends 'bar' ? Partial<ValueLabelOptions> : never;
  }
}

/**
 * Owns one Chart.js instance for a Lit element: created once the canvas is rendered and
 * connected, updated in place, destroyed on disconnect (and re-created on reconnect).
 */
export class BarChart implements ReactiveController {
  chart?: Chart<'bar'>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  render(canvas: HTMLCanvasElement | null | undefined, config: ChartConfiguration<'bar'>) {
    if (!canvas?.isConnected) return this.hostDisconnected();
    if (this.chart && this.chart.canvas !== canvas) this.hostDisconnected();
    const animate = !prefersReducedMotion();
    config.options = { ...config.options, animation: animate ? { duration: 400 } : false };
    if (!this.chart) {
      this.chart = new Chart(canvas, { ...config, plugins: [valueLabels] });
      return;
    }
    this.chart.data = config.data;
    this.chart.options = config.options;
    this.chart.update(animate ? undefined : 'none');
  }
}
