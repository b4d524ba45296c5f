/**
 * The charts' one axis type, a numeric axis made with Chart.js's documented API for new axes
 * (https://www.chartjs.org/docs/latest/developers/axes.html): a subclass of `Scale`, which
 * lays out, draws the grid and the tick labels. It stands in for Chart.js's `LinearScale`,
 * which brings a general tick generator and number formatting the widgets do not use (they
 * write their own labels, see `barList`): 1.9 KB gzip against this one's few hundred bytes
 * (docs/performance.md).
 *
 * (No value is read back from a pixel: the charts take no pointer events, so `getValueForPixel`
 * keeps Scale's own, empty one.) It does what the widgets ask of an axis: bounds from the data and zero unless given `min`
 * and `max`, a tick every `ticks.stepSize` or a round step (1, 2 or 5 times a power of ten)
 * for at most `ticks.maxTicksLimit` ticks, the axis ending on a tick, and `reverse`.
 */
import { Scale, type CartesianScaleOptions } from 'chart.js';

export interface ValueScaleOptions extends CartesianScaleOptions {
  ticks: CartesianScaleOptions['ticks'] & { stepSize?: number; maxTicksLimit?: number };
}

declare module 'chart.js' {
  interface CartesianScaleTypeRegistry {
    sovValue: { options: ValueScaleOptions };
  }
}

/** `value` rounded to 12 significant digits, so that steps such as 0.1 add up to round ticks. */
const round = (value: number) => +value.toPrecision(12);

/** The smallest step of 1, 2 or 5 times a power of ten that is at least `least`. */
function roundStep(least: number) {
  const power = 10 ** Math.floor(Math.log10(least));
  return round(power * ([1, 2, 5].find((f) => f * power >= least * (1 - 1e-9)) ?? 10));
}

export class ValueScale extends Scale<ValueScaleOptions> {
  static id = 'sovValue';
  static defaults = {};

  private start = 0;
  private range = 1;

  override determineDataLimits() {
    const { min, max } = this.getMinMax(true);
    const user = this.getUserBounds();
    // From zero, as a bar chart's value axis is, unless the widget gives the bounds.
    this.min = user.minDefined ? min : Math.min(0, min);
    this.max = user.maxDefined ? max : Math.max(0, max);
    if (!(this.max > this.min)) this.max = this.min + 1;
  }

  override buildTicks() {
    const { min, max, options } = this;
    if (!options.display) return [];
    const user = this.getUserBounds();
    const { stepSize, maxTicksLimit = 11 } = options.ticks;
    // As many ticks as fit one every 40 px, within the limit.
    const most = Math.max(2, Math.min(maxTicksLimit, Math.ceil((this.isHorizontal() ? this.width : this.height) / 40)));
    let step = stepSize || roundStep((max - min) / (most - 1));
    const count = () => Math.ceil(round(max / step)) - Math.floor(round(min / step));
    while (!stepSize && count() > most - 1) step = roundStep(step * 1.5);
    // The axis ends on a tick where the widget left its bound to the data.
    if (!user.minDefined) this.min = Math.floor(round(min / step)) * step;
    if (!user.maxDefined) this.max = round(Math.ceil(round(max / step)) * step);
    const ticks = [];
    for (let i = Math.ceil(round(this.min / step)); i * step <= this.max * (1 + 1e-12); i++) ticks.push({ value: round(i * step) });
    return ticks;
  }

  override configure() {
    super.configure();
    this.start = this.min;
    this.range = this.max - this.min;
  }

  override getPixelForValue(value: number) {
    return this.getPixelForDecimal((value - this.start) / this.range);
  }
}
