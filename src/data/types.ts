/**
 * The format of a sovereignty-widgets dataset. The types are generated from the JSON Schema
 * in schema.ts (`npm run types`), which the validator also interprets and the build publishes
 * as `dist/dataset.schema.json`: one description of the format. Here are only the names the
 * code uses for parts of it.
 */
import type { Dataset, Fact, Milestone, Text } from './types.generated.js';

export type { Comparison, Dataset, Fact, Metric, Milestone, Party, PartialDate, Pillar, Point, Quote, Source, SourceIds, Text, UseCase } from './types.generated.js';

/** A language code such as `en`, `fr` or `de`. */
export type Lang = string;
export type SourceId = string;
export type FactId = string;
export type LocalizedText = Exclude<Text, string>;
export type Unit = Fact['unit'];
export type Qualifier = Fact['qualifier'];
export type MetricId = Dataset['metricToggle']['metrics'][number]['id'];
export type PillarId = keyof Dataset['stack']['pillars'];
export type Sector = Dataset['useCases']['items'][string]['sector'];
/** The state the sources record; the status a reader sees is computed from it and the date. */
export type MilestoneState = Milestone['state'];

/**
 * A partial override: objects merge over the default by key, so one fact, milestone, use
 * case, pillar item or bull/bear point changes by its id; `null` removes a keyed item; arrays
 * (source id lists, metrics) replace whole. See docs/dataset.md.
 */
export type DatasetOverride = DeepPartial<Dataset>;
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: string extends K ? DeepPartial<T[K]> | null : DeepPartial<T[K]> }
    : T;
