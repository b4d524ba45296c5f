import type { Fact, Metric, Milestone, PartialDate } from './types.js';

/** How many times the rival's figure is the subject's, computed from the two values. */
export interface Ratio {
  value: number;
  /**
   * `lower` when only the rival's figure is a lower bound ("more than 10 GW"), so the ratio
   * is at least this; `upper` when only the subject's is; `none` when both are; `exact` otherwise.
   */
  bound: 'exact' | 'lower' | 'upper' | 'none';
}

/** Which way a qualified figure may be off: more ("more than", "at least"), less ("up to"), or neither. */
const side = (f: Pick<Fact, 'qualifier'>) =>
  f.qualifier === 'more-than' || f.qualifier === 'at-least' ? 'lower' : f.qualifier === 'up-to' ? 'upper' : 'exact';

/** The other bound: what bounds a number from below bounds its inverse from above. */
export const flip = <B extends Ratio['bound']>(bound: B) => (bound === 'lower' ? 'upper' : bound === 'upper' ? 'lower' : bound) as B;

/** The ratio of two facts of one unit: rival ÷ subject, with what their qualifiers allow. */
export function ratio(subject: Pick<Fact, 'value' | 'qualifier'>, rival: Pick<Fact, 'value' | 'qualifier'>): Ratio {
  // A lower bound on the subject bounds the ratio from above, and the other way round.
  const fromSubject = flip(side(subject));
  const fromRival = side(rival);
  return {
    value: rival.value / subject.value,
    bound: fromRival === 'exact' ? fromSubject : fromSubject === 'exact' || fromSubject === fromRival ? fromRival : 'none',
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

/** What a reader is told about a milestone; computed, never stored. */
export type Status = 'done' | 'under-way' | 'upcoming' | 'target' | 'due-unconfirmed';

/**
 * Midnight UTC on a day, for any year (Date.UTC would take year 26 for 1926). Like Date.UTC,
 * it carries over: day 0 is the last day of the month before.
 */
export const utcDay = (year: number, month = 0, day = 1) => new Date(new Date(0).setUTCFullYear(year, month, day));

/** The first and last day (UTC, as YYYY-MM-DD) that a date of any precision covers. */
export function period(date: PartialDate): { start: string; end: string } {
  const [year, part = '', day] = date.split('-');
  if (day) return { start: date, end: date };
  const quarter = part[0] === 'Q';
  // The first and last month, counted from 1.
  const first = quarter ? Number(part[1]) * 3 - 2 : Number(part) || 1;
  const last = quarter ? first + 2 : part ? first : 12;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { start: iso(utcDay(+year, first - 1)), end: iso(utcDay(+year, last, 0)) };
}

/**
 * A milestone's status on `asOf` (YYYY-MM-DD), from its recorded state and its date. The one
 * place a status is decided: the milestones, the stack card and any prose that refers to a
 * milestone (`{les-ulis}`) all call it, so they cannot disagree.
 * - done, or operating: done once its date has begun (upcoming before);
 * - under construction: under way;
 * - planned: upcoming until its date has ended, then due but unconfirmed;
 * - target: a target until its date has ended, then due but unconfirmed.
 * ISO dates compare as strings.
 */
export function statusOf({ state, date }: Pick<Milestone, 'state' | 'date'>, asOf: string): Status {
  const span = date ? period(date) : undefined;
  if (state === 'under-construction') return 'under-way';
  if (state === 'done' || state === 'operating') return span && asOf < span.start ? 'upcoming' : 'done';
  return span && asOf > span.end ? 'due-unconfirmed' : state === 'planned' ? 'upcoming' : 'target';
}

/** The label a status is shown with: an operating site that is done says "operating". */
export const statusLabel = (milestone: Pick<Milestone, 'state'>, status: Status) =>
  milestone.state === 'operating' && status === 'done' ? 'operating' : status;

/**
 * False for an impossible day such as 2026-02-31 or 2026-13-01 (true for a date without a
 * day): the day, made with carry-over, must come back as written.
 */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return !d || utcDay(y, m - 1, d).toISOString().startsWith(date);
}

/** The evaluation date: a valid `as-of` attribute (YYYY-MM-DD), else today (UTC). */
export const evaluationDate = (attribute: string | null | undefined, today = new Date()): string =>
  attribute && /^\d{4}-\d\d-\d\d$/.test(attribute) && isRealDate(attribute) ? attribute : today.toISOString().slice(0, 10);
