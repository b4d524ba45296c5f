import { ratio } from '../../data/derive.js';
import { referencedSources } from '../../data/template.js';
import type { Dataset } from '../../data/types.js';
import { formatDate, formatFact, formatRatio } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { say } from '../../shared/text.js';

export type Measure = 'capital' | 'compute';
const PARTIES = ['subject', 'rival'] as const;
export const MEASURES: readonly Measure[] = ['capital', 'compute'];

export interface BarRow {
  party: 'subject' | 'rival';
  name: string;
  short: string;
  value: number;
  display: string;
  label: string;
  asOf: string;
}

export interface MeasureView {
  id: Measure;
  title: string;
  ratio: string;
  sentence: string;
  rows: [BarRow, BarRow];
  sources: string[];
}

/**
 * Everything `<sov-compute-gap>` shows for one measure, computed from the two facts it
 * compares (the validator made sure they exist and are money, or power, in one unit).
 */
export function measureView(dataset: Dataset, id: Measure, lang: string, asOf: string): MeasureView {
  const comparison = dataset.computeGap[id];
  const facts = PARTIES.map((party) => dataset.facts[comparison[party]]);
  const r = ratio(facts[0], facts[1]);
  const rows = PARTIES.map((party, i): BarRow => {
    const figure = facts[i];
    return {
      party,
      ...dataset.parties[party],
      value: figure.value,
      display: formatFact(figure, lang),
      label: figure.label ? say(figure.label, dataset, lang, asOf) : '',
      asOf: formatDate(figure.asOf, lang),
    };
  }) as [BarRow, BarRow];
  // Below 1 the ratio is given the other way round ("as much for Mistral as for …").
  const [first, second] = r.value < 1 ? [...rows].reverse() : rows;
  return {
    id,
    title: say(comparison.title, dataset, lang, asOf),
    ratio: formatRatio(r, lang),
    sentence: msg(lang, 'ratioSentence', { rival: second.short, subject: first.short }),
    rows,
    sources: [...facts.flatMap((f) => f.sources), ...facts.flatMap((f) => (f.label ? referencedSources(f.label, dataset) : []))],
  };
}

/** Parses the `measure` attribute: `both` (or anything unknown) shows both measures. */
export const measuresFor = (measure: string | undefined): Measure[] =>
  MEASURES.includes(measure as Measure) ? [measure as Measure] : [...MEASURES];
