import type { Comparison, Metric } from './types.js';

/** How many times the rival's figure is the subject's, computed from the two values. */
export interface Ratio {
  value: number;
  /**
   * `lower` when only the rival's figure is a lower bound ("more than 10 GW"), so the ratio
   * is at least this; `upper` when only the subject's is; `none` when both are; `exact` otherwise.
   */
  bound: 'exact' | 'lower' | 'upper' | 'none';
}

export function ratio(comparison: Comparison): Ratio {
  const rivalMore = comparison.rival.qualifier === 'more-than';
  const subjectMore = comparison.subject.qualifier === 'more-than';
  return {
    value: comparison.rival.value / comparison.subject.value,
    bound: rivalMore ? (subjectMore ? 'none' : 'lower') : subjectMore ? 'upper' : 'exact',
  };
}

export type Winner = 'small' | 'large' | 'tie';

/** Which model comes out ahead on a metric, from its values and which direction is better. */
export function winner(metric: Pick<Metric, 'small' | 'large' | 'better'>): Winner {
  if (metric.small === metric.large) return 'tie';
  const smallAhead = metric.better === 'lower' ? metric.small < metric.large : metric.small > metric.large;
  return smallAhead ? 'small' : 'large';
}

/** A metric's values over a workflow: per-call metrics add up over the calls, others do not. */
export function workflowTotals(metric: Metric, calls: number) {
  const n = metric.perCall ? calls : 1;
  return { small: metric.small * n, large: metric.large * n, gap: Math.abs(metric.large - metric.small) * n };
}
