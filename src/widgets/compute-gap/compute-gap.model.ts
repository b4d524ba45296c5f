import { ratio } from '../../data/derive.js';
import type { Comparison, Dataset, Figure } from '../../data/types.js';
import { formatDate, formatFigure, formatRatio } from '../../shared/format.js';
import { msg, tr } from '../../shared/i18n.js';

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

/** Everything `<sov-compute-gap>` shows for one measure, computed from the dataset. */
export function measureView(dataset: Dataset, id: Measure, lang: string): MeasureView {
  const comparison: Comparison = dataset.computeGap[id];
  const { subject, rival } = dataset.parties;
  const r = ratio(comparison);
  const row = (party: 'subject' | 'rival', figure: Figure): BarRow => ({
    party,
    name: dataset.parties[party].name,
    short: dataset.parties[party].short,
    value: figure.value,
    display: formatFigure(figure, lang),
    label: tr(figure.label, lang),
    asOf: formatDate(figure.asOf, lang),
  });
  const ratioText = formatRatio(r, lang);
  return {
    id,
    title: tr(comparison.title, lang),
    ratio: ratioText,
    // Below 1 the ratio is given the other way round ("as much for Mistral as for …").
    sentence: msg(lang, 'ratioSentence', r.value < 1
      ? { rival: subject.short, subject: rival.short }
      : { rival: rival.short, subject: subject.short }),
    rows: [row('subject', comparison.subject), row('rival', comparison.rival)],
    sources: [...comparison.subject.sources, ...comparison.rival.sources],
  };
}

/** Parses the `measure` attribute: `both` (or anything unknown) shows both measures. */
export const measuresFor = (measure: string | undefined): Measure[] =>
  MEASURES.includes(measure as Measure) ? [measure as Measure] : [...MEASURES];
