/**
 * The format of a sovereignty-widgets dataset. Every widget reads one object of this shape;
 * `dist/dataset.schema.json` describes the same format for CMS authors.
 */

/** A language code such as `en`, `fr` or `de`. */
export type Lang = string;

/** Prose: plain text, or text by language with English as the fallback. */
export type Text = string | LocalizedText;
export interface LocalizedText {
  en: string;
  [lang: string]: string;
}

/**
 * A date kept at the precision the sources give it:
 * `2026`, `2026-Q3`, `2026-05` or `2026-05-28`.
 */
export type PartialDate = string;

export type SourceId = string;

export interface Source {
  id: SourceId;
  title: Text;
  publisher: string;
  /** Only `https:` URLs are ever rendered; any other scheme is dropped. */
  url?: string;
  date: PartialDate;
}

/** Base units: money in whole currency units, power in megawatts. */
export type Unit = 'USD' | 'EUR' | 'MW';

/** How the sources state a figure: exactly, approximately, or as a lower bound. */
export type Qualifier = 'exact' | 'about' | 'more-than';

export interface Figure {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** What the figure counts, e.g. "Lifetime funding, nine rounds". */
  label: Text;
  sources: SourceId[];
  asOf: PartialDate;
}

export interface Party {
  name: string;
  /** A short form for tight labels (chart axes). */
  short: string;
}

export interface Comparison {
  title: Text;
  subject: Figure;
  rival: Figure;
}

export interface ComputeGap {
  title: Text;
  /** One sentence on why the gap matters; the ratios themselves are computed. */
  takeaway: Text;
  capital: Comparison;
  compute: Comparison;
}

export type MetricId = 'speed' | 'energy' | 'cost' | 'reasoning';

export interface Metric {
  id: MetricId;
  label: Text;
  /** What one value measures, e.g. "time per call, index (large model = 100)". */
  unit: Text;
  better: 'lower' | 'higher';
  /** True when the metric adds up across the calls of a workflow (time, energy, cost). */
  perCall: boolean;
  small: number;
  large: number;
}

export interface MetricToggle {
  /** No source measures these figures: they are an illustrative index and say so. */
  kind: 'illustrative';
  title: Text;
  note: Text;
  models: { small: Text; large: Text };
  metrics: Metric[];
  calls: { min: number; max: number; default: number };
  sources: SourceId[];
}

export interface Point {
  text: Text;
  sources: SourceId[];
}

export interface Quote {
  text: Text;
  speaker: Text;
  role?: Text;
  sources: SourceId[];
}

export type PillarId = 'compute' | 'models' | 'platform' | 'consultancy';

export interface Pillar {
  id: PillarId;
  title: Text;
  items: Point[];
}

export interface Stack {
  title: Text;
  pillars: Pillar[];
  quote: Quote;
}

export type Sector = 'finance' | 'voice' | 'industry' | 'documents' | 'research';

export interface UseCase {
  id: string;
  title: Text;
  customer: string;
  sector: Sector;
  model?: Text;
  summary: Text;
  figures: Point[];
  sources: SourceId[];
}

export interface UseCases {
  title: Text;
  summary: Text;
  items: UseCase[];
}

export interface BullBear {
  title: Text;
  bull: Point[];
  bear: Point[];
  mood: Quote;
}

/** The state the sources record; the status a reader sees is computed from it and the date. */
export type MilestoneState =
  | 'done'
  | 'operating'
  | 'under-construction'
  | 'planned'
  | 'target';

export interface Milestone {
  id: string;
  /** Absent when the sources give no date (an operating site, a build under way). */
  date?: PartialDate;
  label: Text;
  state: MilestoneState;
  party: 'subject' | 'rival';
  sources: SourceId[];
}

export interface Milestones {
  title: Text;
  items: Milestone[];
  watch: Point[];
}

export interface Dataset {
  /** The schema's URL, for JSON editors; ignored by the widgets. */
  $schema?: string;
  meta: {
    title: Text;
    question: Text;
    summary: Text;
    /** When the figures were last checked against the sources. */
    asOf: PartialDate;
    event: { name: string; place: string; date: PartialDate; sources: SourceId[] };
  };
  parties: { subject: Party; rival: Party };
  sources: Source[];
  computeGap: ComputeGap;
  metricToggle: MetricToggle;
  stack: Stack;
  useCases: UseCases;
  bullBear: BullBear;
  milestones: Milestones;
}

/** A partial override: objects merge over the default by key, arrays replace whole. */
export type DatasetOverride = DeepPartial<Dataset>;
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
