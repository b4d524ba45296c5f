import { defaultDataset } from './default-dataset.js';
import { mergeDataset } from './merge.js';
import { typeOf } from './schema.js';
import { formatError, validateDataset, type ValidationError } from './validate.js';
import type { Dataset, DatasetOverride } from './types.js';

/** Why a dataset could not be used: what a widget's error box and `sov-error` event carry. */
export interface DatasetProblem {
  message: string;
  /** The path in the dataset, for a validation error. */
  path?: string;
  /** The URL, for a failed request or a response that is not JSON. */
  url?: string;
  errors?: ValidationError[];
}

export type Resolved = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

let pageDefault: unknown;
/** Fires `change` when the page default changes, so connected widgets re-render. */
export const datasetEvents = new EventTarget();

/**
 * Sets the dataset every widget on the page uses when it has no `.data`, inline JSON or `src`
 * of its own. May be partial (merged over the built-in default); `undefined` clears it.
 */
export function setDefaultDataset(data: DatasetOverride | undefined): void {
  pageDefault = data;
  base = undefined;
  datasetEvents.dispatchEvent(new Event('change'));
}

/** The base every override merges over: the page default, itself merged over the built-in one. */
export const baseDataset = (): unknown => mergeDataset(defaultDataset, pageDefault);

/** The base, resolved: what every widget without a dataset of its own shows. */
let base: Resolved | undefined;
/**
 * Datasets resolved here: the explainer hands its own to the widgets it holds, which then
 * need not merge and validate it again.
 */
const resolved = new WeakSet<object>();

type Origin = { url?: string; inline?: boolean };

/** Merges an override over the base and validates the result. Never throws. */
export function resolveDataset(override?: unknown, origin: Origin = {}): Resolved {
  try {
    if (override === undefined) return (base ??= check(override, origin));
    return resolved.has(override as object) ? { ok: true, dataset: override as Dataset } : check(override, origin);
  } catch (error) {
    // Getters or proxies that throw, and the like: report, never throw.
    return { ok: false, problem: { message: `The dataset could not be read: ${(error as Error)?.message ?? error}` } };
  }
}

function check(override: unknown, origin: Origin): Resolved {
  if (override !== undefined && typeOf(override) !== 'object') {
    const where = origin.url ? ` at ${origin.url}` : origin.inline ? ' in the inline JSON' : '';
    return {
      ok: false,
      problem: { message: `The dataset${where} must be a JSON object.`, ...(origin.url ? { url: origin.url } : {}) },
    };
  }
  const merged = mergeDataset(baseDataset(), override);
  // The built-in dataset, unchanged, was validated by the build.
  const result = merged === defaultDataset ? ({ ok: true, dataset: defaultDataset } as const) : validateDataset(merged);
  if (result.ok) return resolved.add(result.dataset), result;
  // Say where the fault is: in the page default every widget inherits, or in this override.
  const fromPageDefault = pageDefault !== undefined && !validateDataset(baseDataset()).ok;
  const [first] = result.errors;
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  // In English, like the validator's messages that follow.
  const prefix = fromPageDefault ? 'The page default dataset (set with setDefaultDataset) is invalid' : 'Invalid dataset';
  return {
    ok: false,
    problem: {
      message: `${prefix}: ${formatError(first)}${more}`,
      path: first.path,
      errors: result.errors,
      ...(origin.url && !fromPageDefault ? { url: origin.url } : {}),
    },
  };
}

const requests = new Map<string, Promise<unknown>>();

/**
 * Fetches a dataset URL once per page: every widget naming the same absolute URL shares the
 * one request. Rejects with a readable message for a failed request or a body that is not JSON.
 */
export function fetchDataset(src: string, base = document.baseURI): Promise<unknown> {
  const url = new URL(src, base).href;
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { credentials: 'same-origin' }).then(
      async (response) => {
        if (!response.ok) throw new Error(`The request for ${url} failed: HTTP ${response.status}.`);
        const body = await response.text();
        try {
          return JSON.parse(body) as unknown;
        } catch {
          throw new Error(`The response from ${url} is not valid JSON.`);
        }
      },
      () => {
        throw new Error(`The request for ${url} failed: the network did not answer.`);
      },
    );
    requests.set(url, request);
    // A failed request is not kept: a later widget, or a later src change, tries again.
    request.catch(() => requests.delete(url));
  }
  return request;
}

/** For tests: forget shared requests and the page default. */
export function resetDatasetCache(): void {
  requests.clear();
  pageDefault = base = undefined;
}
