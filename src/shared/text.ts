import { statusLabel, statusOf, type Status } from '../data/derive.js';
import { own, REFERENCE } from '../data/template.js';
import type { Dataset, Milestone, Text } from '../data/types.js';
import { formatDate, formatFact, safeLocale } from './format.js';
import { inSentence, lowerFirst, msg, tr } from './i18n.js';

/** How prose words a milestone's status, with its date: "planned for Q3 2026", "operating". */
export function statusPhrase(milestone: Milestone, status: Status, lang: string): string {
  const key = statusLabel(milestone, status);
  const label = msg(lang, key);
  // A state without a date to give ("operating", "in Betrieb") is its label, in lower case.
  if (key === 'operating' || key === 'under-way') return lowerFirst(label);
  return milestone.date
    ? msg(lang, `say-${key}`, { date: formatDate(milestone.date, lang) })
    : inSentence(label, lang); // "planned for …" needs a date
}

/** A milestone's status at `asOf` in words, the same status every widget shows. */
export const sayStatus = (milestone: Milestone, asOf: string, lang: string) => statusPhrase(milestone, statusOf(milestone, asOf), lang);

/**
 * Dataset prose in `lang` with its references filled in: `{id}` is a fact as the sources state
 * it, or a milestone's status at `asOf`; `{id:date}` is the fact's or milestone's date. The
 * dataset was validated, so every reference is known. A text that opens with a reference
 * starts with a capital.
 */
export function say(text: Text, dataset: Dataset, lang: string, asOf: string): string {
  const template = tr(text, lang);
  const out = template.replace(REFERENCE, (_, id: string, date?: string) => {
    const milestone = own(dataset.milestones.items, id);
    const fact = own(dataset.facts, id)!;
    if (date) return formatDate(milestone ? milestone.date! : fact.asOf, lang);
    return milestone ? sayStatus(milestone, asOf, lang) : formatFact(fact, lang);
  });
  return template[0] === '{' ? out[0].toLocaleUpperCase(safeLocale(lang)) + out.slice(1) : out;
}
