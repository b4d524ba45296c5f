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

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface ValueLabelOptions {
  labels: string[];
  color: string;
  inside: string;
  font: string;
}

/** Draws each bar's formatted value at its end, outside the bar where it fits. */
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
      if (horizontal) {
        const fits = x + 6 + ctx.measureText(text).width <= chartArea.right;
        ctx.textBaseline = 'middle';
        ctx.textAlign = fits ? 'left' : 'right';
        ctx.fillStyle = fits ? options.color : options.inside;
        ctx.fillText(text, fits ? x + 6 : x - 6, y);
      } else {
        ctx.textBaseline = 'bottom';
        ctx.textAlign = 'center';
        ctx.fillStyle = options.color;
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
    if (!canvas?.isConnected) return;
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
