/**
 * The parts of Chart.js the widgets draw with, registered by the first chart: Chart.js's core,
 * our bar list and our value axis (bars-controller.ts and scale.ts, made with Chart.js's
 * documented APIs for new chart types and axes). A log scale is drawn as log10 values on a
 * linear axis. The server build (sovereignty-widgets/ssr) replaces this module, so that the
 * server never loads Chart.js.
 */
import { Chart } from 'chart.js';
import { Bar, Bars } from './bars-controller.js';
import { ValueScale } from './scale.js';

export interface ChartLib {
  Bars: typeof Bars;
  Bar: typeof Bar;
  Chart: typeof Chart;
  ValueScale: typeof ValueScale;
}

const lib: ChartLib = { Bars, Bar, Chart, ValueScale };

export const chartLib = (): ChartLib => lib;
