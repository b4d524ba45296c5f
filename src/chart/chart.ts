/**
 * The widgets' one chart, a bar list, and the bridge from their CSS theme to canvas colours.
 * Chart.js itself comes from `chartLib()` (see chart-lib.ts): it is evaluated and registered
 * with the first chart, not when the script starts.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint, renderTurn } from '../shared/turns.js';
import { chartLib } from './chart-lib.js';
import { forget, whenNear } from './near.js';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
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
    font: style.fontFamily,
    color,
  };
}

export interface BarRow {
  /** Drawn in bold above the bar. */
  name: string;
  /** Drawn after the name. */
  display: string;
  value: number;
  color: string;
}

/**
 * The chart both widgets draw: a bar list, one horizontal bar a row with its name and value
 * above it, on a value axis below. The rows sit at 0, 1, 2… on a hidden axis of the same kind
 * (so the bundle needs no category scale). `tick` writes the value axis's numbers, in the
 * widget's language. (Chart.js's own tick labels would each build an Intl.NumberFormat, and the
 * first one of a page costs tens of milliseconds.)
 */
export type BarListConfig = ChartConfiguration<'sovBars', { x: number; y: number }[]>;

/** What a widget sets on the value axis besides its numbers: bounds, a tick step, a title. */
export interface ValueAxis {
  min?: number;
  max?: number;
  step?: number;
  title?: string;
}

export function barList(theme: ChartTheme, rows: BarRow[], tick: (value: number) => string, axis: ValueAxis = {}): BarListConfig {
  const size = 13;
  const font = { family: theme.font, size: 12 };
  return {
    type: 'sovBars',
    data: {
      datasets: [
        {
          data: rows.map((row, y) => ({ x: row.value, y })),
          backgroundColor: rows.map((row) => row.color),
        },
      ],
    },
    options: {
      ...frame(),
      layout: { padding: { top: size + 6 } },
      scales: {
        y: { ...hidden, min: -0.5, max: rows.length - 0.5, reverse: true },
        // The value axis starts at zero unless given its bounds (a bar chart's default).
        x: {
          type: 'sovValue',
          min: axis.min,
          max: axis.max,
          grid: { color: theme.grid },
          border: { display: false },
          title: { display: !!axis.title, text: axis.title, color: theme.muted, font },
          ticks: {
            color: theme.muted,
            font,
            maxRotation: 0,
            maxTicksLimit: 5,
            stepSize: axis.step,
            callback: (value) => tick(Number(value)),
          },
        },
      },
      plugins: {
        sovBarLabels: {
          names: rows.map((r) => r.name),
          values: rows.map((r) => r.display),
          color: theme.text,
          font: `${size}px ${theme.font}`,
        },
      },
    },
  };
}

/** Horizontal bars, the height CSS gives the box, no events (nothing on the chart reacts to the pointer). */
const frame = () => ({ indexAxis: 'y' as const, maintainAspectRatio: false, events: [] });

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface BarLabelOptions {
  /** What each bar is, drawn in bold above it. */
  names: string[];
  /** Its formatted value, drawn after the name. */
  values: string[];
  color: string;
  font: string;
}

/**
 * Draws "Name  value" above each horizontal bar, left-aligned, as a bar list does: the bars
 * keep the full width at any size, and no label is ever clipped by an axis.
 */
const barLabels: Plugin<'sovBars', BarLabelOptions> = {
  id: 'sovBarLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'left';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const { y, height } = bar.getProps(['y', 'height'], true) as { y: number; height: number };
      const top = y - height / 2 - 4;
      ctx.font = `700 ${options.font}`;
      const name = `${options.names[i] ?? ''}  `;
      ctx.fillText(name, chartArea.left, top);
      const offset = ctx.measureText(name).width;
      ctx.font = options.font;
      ctx.fillText(options.values[i] ?? '', chartArea.left + offset, top);
    });
    ctx.restore();
  },
};

declare module 'chart.js' {
  interface PluginOptionsByType<TType> {
    sovBarLabels?: TType extends 'sovBars' ? Partial<BarLabelOptions> : never;
  }
}

/** An axis not drawn: it has no ticks (see ValueScale.buildTicks), so no labels are made or measured. */
const hidden = { type: 'sovValue', display: false } as const;

/**
 * A chart's first config: no data, no axes, nothing drawn (see `BarChart.render`). A new one
 * for each chart, since Chart.js writes to the config it is given.
 */
const blank = (): BarListConfig => ({
  type: 'sovBars',
  data: { datasets: [] },
  options: { ...frame(), animation: false, scales: { x: hidden, y: hidden } },
});

/** Charts with a change waiting for the next paint (see `BarChart.render`). */
const due = new Set<BarChart>();

/** Whether printing applies the waiting changes (see `BarChart.render`). */
let printing = false;

/**
 * Owns one Chart.js instance for a Lit element: created once the canvas is rendered,
 * connected and near the viewport, updated in place, destroyed on disconnect (and created
 * again on reconnect).
 */
export class BarChart implements ReactiveController {
  chart?: Chart<'sovBars', { x: number; y: number }[]>;
  private canvas?: HTMLCanvasElement;
  private config?: (theme: ChartTheme) => BarListConfig;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected() {
    due.delete(this);
    if (this.canvas) forget(this.canvas);
    this.chart?.destroy();
    this.chart = this.canvas = undefined;
  }

  /**
   * Shows `config(theme)` on the canvas (no canvas: no chart): after the next paint if the chart
   * exists, else once it starts. The config is made only then, with the widget's theme (see
   * readTheme), since reading the theme's colours forces a style recalculation.
   */
  render(canvas: HTMLCanvasElement | null | undefined, config: (theme: ChartTheme) => BarListConfig) {
    if (!canvas?.isConnected) return this.hostDisconnected();
    if (this.canvas !== canvas) this.hostDisconnected();
    this.config = config;
    if (this.chart) {
      // After the frame that shows the widget's own change (the picked metric, the verdict,
      // the table): Chart.js's update is most of a change's work, and the reader sees the
      // response first. Changes until then (a dragged slider) make one update, the latest.
      if (!due.has(this)) afterPaint().then(() => this.apply());
      due.add(this);
    } else if (this.canvas !== canvas) {
      whenNear((this.canvas = canvas), async () => {
        const { Chart, Bars, Bar, ValueScale } = chartLib();
        Chart.register(Bars, Bar, ValueScale); // once; again is a no-op
        // In two render turns: Chart.js sets itself up on the canvas with nothing to show,
        // then takes the data and lays out its axes. Together they were one long task.
        const chart = (this.chart = new Chart(canvas, { ...blank(), plugins: [barLabels] }));
        due.add(this); // so that printing, before the turn comes, applies the data at once
        await renderTurn();
        if (this.chart === chart) this.apply();
      });
      // Printing takes the page as it is: every waiting chart built (whenNear's listener, added
      // before this one), then every waiting change applied at once.
      printing ||= (addEventListener('beforeprint', () => due.forEach((chart) => chart.apply(true))), true);
    }
  }

  /**
   * Applies the latest config to the chart, if a change is waiting for it; `now` (for print,
   * which takes the page as it is) draws it at once, not in the animation's frames.
   */
  apply(now?: boolean) {
    if (!due.delete(this) || !this.chart) return;
    const { data, options } = this.config!(readTheme(this.host));
    // Bars grow in, unless the reader asks for reduced motion.
    options!.animation = prefersReducedMotion() ? false : { duration: 400 };
    this.chart.data = data;
    this.chart.options = options!;
    this.chart.update(now || !options!.animation ? 'none' : undefined);
  }
}
