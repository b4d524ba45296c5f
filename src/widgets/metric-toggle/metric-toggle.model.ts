import { evaluationDate, winner, workflowTotals, type Winner } from '../../data/derive.js';
import type { Dataset, Metric, MetricId, Text } from '../../data/types.js';
import { formatNumber } from '../../shared/format.js';
import { inSentence, msg } from '../../shared/i18n.js';
import { say } from '../../shared/text.js';

export interface MetricView {
  metric: Metric;
  label: string;
  unit: string;
  winner: Winner;
  /** "The small specialised model comes out ahead on speed (lower is better)." */
  verdict: string;
  calls: number;
  /** What the chart plots: per-call values, times the calls for metrics that add up. */
  plotted: { small: number; large: number };
  /** How the gap compounds over the workflow, or why it does not. */
  compounding: string;
  models: { small: string; large: string };
}

/** The metric a `metric` attribute names, or the first one when it names none. */
export function pickMetric(dataset: Dataset, id: string | undefined): Metric {
  const { metrics } = dataset.metricToggle;
  return metrics.find((m) => m.id === id) ?? metrics[0];
}

/** Clamps a calls-per-workflow value to the dataset's range (a bad value gives the default). */
export function clampCalls(dataset: Dataset, calls: number | undefined): number {
  const { min, max, default: initial } = dataset.metricToggle.calls;
  if (calls === undefined || !Number.isFinite(calls)) return initial;
  return Math.min(max, Math.max(min, Math.round(calls)));
}

/** An index value or a call count as the toggle shows it: at most one decimal. */
export const formatIndex = (value: number, lang: string) => formatNumber(value, lang, { maximumFractionDigits: 1 });

export function metricView(dataset: Dataset, id: MetricId | string | undefined, calls: number | undefined, lang: string, asOf = evaluationDate(undefined)): MetricView {
  const tr = (text: Text) => say(text, dataset, lang, asOf);
  const metric = pickMetric(dataset, id);
  const n = clampCalls(dataset, calls);
  const models = { small: tr(dataset.metricToggle.models.small), large: tr(dataset.metricToggle.models.large) };
  const label = tr(metric.label);
  const w = winner(metric);
  const direction = msg(lang, metric.better === 'lower' ? 'lowerBetter' : 'higherBetter');
  const verdict =
    w === 'tie'
      ? msg(lang, 'tie', { metric: inSentence(label, lang) })
      : msg(lang, 'wins', { model: models[w], metric: inSentence(label, lang), direction });
  const totals = workflowTotals(metric, n);
  const fmt = (v: number) => formatIndex(v, lang);
  const compounding = metric.perCall
    ? msg(lang, 'compounds', { calls: fmt(n), gap: fmt(totals.gap), small: fmt(totals.small), large: fmt(totals.large) })
    : msg(lang, 'notAdditive', { metric: label });
  return {
    metric,
    label,
    unit: tr(metric.unit),
    winner: w,
    verdict,
    calls: n,
    plotted: totals,
    compounding,
    models,
  };
}
