import { datasetSchema, typeOf } from './schema.js';

// Any non-array object merges by its own keys: class instances, null-prototype objects and
// objects from another realm (an iframe) included.
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeOf(v) === 'object';

/**
 * Merges a partial override over a base dataset: plain objects merge by key (so a keyed item,
 * such as one fact or one milestone, changes by its id), `null` removes the key, arrays and
 * everything else replace whole, `undefined` leaves the base value. Neither input is changed.
 * A whole dataset (one with every section) is not merged: it replaces the base, so that none
 * of the base's keyed items (its facts, milestones…) shows up in another story.
 */
export function mergeDataset<T>(base: T, override: unknown): T {
  return isPlainObject(override) && datasetSchema.required!.every((key) => override[key] !== undefined) ? (override as T) : merge(base, override);
}

function merge<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (value === null) delete out[key];
    else out[key] = merge(base[key], value);
  }
  return out as T;
}
