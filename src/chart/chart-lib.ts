/**
 * The parts of Chart.js the widgets draw with: bars on linear scales (a log scale is drawn as
 * log10 values on a linear one), so that the bundle carries nothing else.
 *
 * In the single-file bundle this module becomes a function that evaluates Chart.js on its first
 * call (see `lazyChartLib` in rollup.config.mjs): Chart.js is most of the script, and setting up
 * its defaults and registry was most of the script's start-up. The first chart pays for it, in
 * a task of its own. Here, and in the unbundled build, it is a plain import.
 */
import { BarController, BarElement, Chart, LinearScale } from 'chart.js';

export interface ChartLib {
  BarController: typeof BarController;
  BarElement: typeof BarElement;
  Chart: typeof Chart;
  LinearScale: typeof LinearScale;
}

const lib: ChartLib = { BarController, BarElement, Chart, LinearScale };

/** Chart.js, evaluated on the first call in the single-file bundle. */
export const chartLib = (): ChartLib => lib;
