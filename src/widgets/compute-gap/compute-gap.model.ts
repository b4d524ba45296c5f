import { ratio } from '../../data/derive.js';
import { referencedSources } from '../../data/template.js';
import type { Dataset, Fact } from '../../data/types.js';
import { formatDate, formatFact, formatRatio } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { say } from '../../shared/text.js';

export type Measure = 'capital' | 'compute';
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
  const { subject, rival } = dataset.parties;
  const facts = { subject: dataset.facts[comparison.subject], rival: dataset.facts[comparison.rival] };
  const r = ratio(facts.subject, facts.rival);
  const row = (party: 'subject' | 'rival', figure: Fact): BarRow => ({
    party,
    name: dataset.parties[party].name,
    short: dataset.parties[party].short,
    value: figure.value,
    display: formatFact(figure, lang),
    label: figure.label ? say(figure.label, dataset, lang, asOf) : '',
    asOf: formatDate(figure.asOf, lang),
  });
  const ratioText = formatRatio(r, lang);
  return {
    id,
    title: say(comparison.title, dataset, lang, asOf),
    ratio: ratioText,
    // Below 1 the ratio is given the other way round ("as much for Mistral as for …").
    sentence: msg(lang, 'ratioSentence', r.value < 1
      ? { rival: subject.short, subject: rival.short }
      : { rival: rival.short, subject: subject.short }),
    rows: [row('subject', facts.subject), row('rival', facts.rival)],
    sources: [...facts.subject.sources, ...facts.rival.sources, ...[facts.subject, facts.rival].flatMap((f) => (f.label ? referencedSources(f.label, dataset) : []))],
  };
}

/** Parses the `measure` attribute: `both` (or anything unknown) shows both measures. */
export const measuresFor = (measure: string | undefined): Measure[] =>
  MEASURES.includes(measure as Measure) ? [measure as Measure] : [...MEASURES];
