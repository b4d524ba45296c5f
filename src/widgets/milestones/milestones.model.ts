import type { Milestone, PartialDate } from '../../data/types.js';

/** What a reader is told about a milestone; computed, never stored. */
export type Status = 'done' | 'under-way' | 'upcoming' | 'target' | 'due-unconfirmed';

/** The first and last day (UTC, as YYYY-MM-DD) that a date of any precision covers. */
export function period(date: PartialDate): { start: string; end: string } {
  const [year, part, day] = date.split('-');
  if (day) return { start: date, end: date };
  const y = Number(year);
  let first = 1;
  let last = 12;
  if (part?.startsWith('Q')) {
    first = (Number(part.slice(1)) - 1) * 3 + 1;
    last = first + 2;
  } else if (part) {
    first = last = Number(part);
  }
  const endDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(endDay)}` };
}

/**
 * A milestone's status on `asOf` (YYYY-MM-DD), from its recorded state and its date:
 * - done, or operating: done once its date has begun (upcoming before);
 * - under construction: under way;
 * - planned: upcoming until its date has ended, then due but unconfirmed;
 * - target: a target until its date has ended, then due but unconfirmed.
 * ISO dates compare as strings.
 */
export function statusOf(milestone: Pick<Milestone, 'state' | 'date'>, asOf: string): Status {
  const span = milestone.date ? period(milestone.date) : undefined;
  switch (milestone.state) {
    case 'done':
    case 'operating':
      return span && asOf < span.start ? 'upcoming' : 'done';
    case 'under-construction':
      return 'under-way';
    case 'planned':
      return span && asOf > span.end ? 'due-unconfirmed' : 'upcoming';
    case 'target':
      return span && asOf > span.end ? 'due-unconfirmed' : 'target';
  }
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The evaluation date: a valid `as-of` attribute (YYYY-MM-DD), else today (UTC). */
export function evaluationDate(attribute: string | null | undefined, today = new Date()): string {
  if (attribute && ISO_DAY.test(attribute)) {
    const [y, m, d] = attribute.split('-').map(Number);
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d) return attribute;
  }
  return today.toISOString().slice(0, 10);
}
