/**
 * The charts' one chart type: horizontal bars from zero, one a row, made with Chart.js's
 * documented API for new chart types (https://www.chartjs.org/docs/latest/developers/charts.html).
 * It stands in for Chart.js's `BarController` and `BarElement`, which bring grouping,
 * stacking, floating bars, borders, rounded corners and hit testing that these charts never
 * use: 3.7 KB gzip against this one's few hundred bytes (docs/performance.md). Chart.js still
 * lays the chart out, animates it, resizes it with its box and draws its axes.
 */
import { DatasetController, Element, type UpdateMode } from 'chart.js';

declare module 'chart.js' {
  interface ChartTypeRegistry {
    sovBars: ChartTypeRegistry['bar'];
  }
}

/** The share of a row a bar's thickness takes. */
const THICKNESS = 0.28;

interface BarProps {
  /** Where the bar ends on the value axis, and where it starts. */
  x: number;
  base: number;
  /** The middle of its row, and its thickness. */
  y: number;
  height: number;
  fill: string;
}

/** One bar: a rectangle from `base` to `x`, `height` thick, centred on `y`. */
export class Bar extends Element<BarProps> {
  static id = 'sovBar';
  static override defaults = {};
  declare base: number;
  declare height: number;
  declare fill: string;

  draw(ctx: CanvasRenderingContext2D) {
    const { x, base, y, height, fill } = this;
    ctx.fillStyle = fill;
    ctx.fillRect(Math.min(x, base), y - height / 2, Math.abs(x - base), height);
  }
}

export class Bars extends DatasetController<'sovBars', Bar> {
  static id = 'sovBars';
  static defaults = {
    datasetElementType: false,
    dataElementType: 'sovBar',
    // The bars grow from zero; their colour (`fill`) changes at once.
    animations: { numbers: { type: 'number', properties: ['x', 'y', 'base', 'height'] } },
  };

  override update(mode: UpdateMode) {
    const { data } = this._cachedMeta;
    this.updateElements(data, 0, data.length, mode);
  }

  override updateElements(bars: Bar[], start: number, count: number, mode: UpdateMode) {
    const { iScale, vScale } = this._cachedMeta;
    const colors = this.getDataset().backgroundColor as string[];
    const base = vScale!.getBasePixel(); // zero, or the end of the axis nearer to it
    const height = Math.abs(iScale!.getPixelForValue(1) - iScale!.getPixelForValue(0)) * THICKNESS;
    for (let i = start; i < start + count; i++) {
      const { x, y } = this.getParsed(i) as { x: number; y: number };
      const props = { x: mode === 'reset' ? base : vScale!.getPixelForValue(x), base, y: iScale!.getPixelForValue(y), height, fill: colors[i] };
      this.updateElement(bars[i], i, props, mode);
    }
  }
}
