import type { Dataset, Text } from './types.js';

/**
 * A reference in prose: `{id}` shows a fact (value, unit, qualifier) or a milestone's status
 * at the evaluation date; `{id:date}` shows the fact's or the milestone's date.
 */
export const REFERENCE = /\{([a-z][a-z0-9-]*)(:date)?\}/g;

/** An item of a keyed map, own keys only: an id such as "constructor" finds nothing inherited. */
export const own = <T>(map: Record<string, T>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);

/** Every string of a text, with its language ('' for a plain string). */
export const variants = (text: Text): [string, string][] => (typeof text === 'string' ? [['', text]] : Object.entries(text));

/** The ids a text refers to, in any of its languages. */
export const referencesIn = (text: Text): string[] =>
  variants(text).flatMap(([, s]) => [...s.matchAll(REFERENCE)].map((m) => m[1]));

/** What is wrong with one template string, or undefined: an unknown id, or a stray brace. */
export function templateProblem(template: string, dataset: Pick<Dataset, 'facts' | 'milestones'>): string | undefined {
  for (const [, id, date] of template.matchAll(REFERENCE)) {
    const milestone = own(dataset.milestones.items, id);
    if (!milestone && !own(dataset.facts, id)) return `unknown fact "${id}"; add it to facts, or correct the reference`;
    if (date && milestone && !milestone.date) return `milestone "${id}" has no date to show`;
  }
  const stray = template.replace(REFERENCE, '').search(/[{}]/);
  if (stray >= 0)
    return `unbalanced or malformed brace at "${template.slice(stray, stray + 20)}"; a reference is {fact-id} or {fact-id:date}`;
}

/** The sources behind the facts and milestones a text refers to. */
export const referencedSources = (text: Text, dataset: Dataset): string[] =>
  referencesIn(text).flatMap((id) => (own(dataset.facts, id) ?? own(dataset.milestones.items, id))?.sources ?? []);
