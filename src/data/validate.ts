import { isRealDate } from './derive.js';
import { datasetSchema, isMoney, typeOf, type Schema } from './schema.js';
import { own, templateProblem, variants } from './template.js';
import type { Dataset, SourceIds, Text } from './types.js';

export interface ValidationError {
  /** Where the problem is, e.g. `computeGap.capital.rival.value` (empty for the root). */
  path: string;
  /** What is wrong, e.g. `expected a positive number, got "65B"`. */
  problem: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; errors: ValidationError[] };

/** The one-line form used in error boxes and console warnings. */
export const formatError = (e: ValidationError) => (e.path ? `${e.path}: ${e.problem}` : e.problem);

/** A short, safe rendering of a bad value for an error message. */
export function describeValue(value: unknown): string {
  const type = typeOf(value);
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'undefined') return 'nothing';
  if (type === 'function' || type === 'symbol') return `a ${type}`;
  if (type === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…"` : text;
}

const { $defs } = datasetSchema;

const resolveRef = (schema: Schema) => (schema.$ref ? $defs[schema.$ref.slice(8)] : schema); // '#/$defs/…'

/** Whether `value` is of the schema's `type` (any value when there is none); a number must be finite. */
const matches = (type: Schema['type'], value: unknown) =>
  !type || (type === 'number' ? Number.isFinite(value) : type === 'integer' ? Number.isInteger(value) : type === typeOf(value));

/** The phrase for what a schema wants ("a positive number"). */
const expected = (schema: Schema) => schema.description ?? `a value of type ${schema.type}`;

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Validates a whole dataset (after any override has been merged over the default). */
export function validateDataset(data: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  const add = (path: string, problem: string) => void errors.push({ path, problem });
  /** Every prose text and source id list met, with its path: their references are checked after. */
  const cited: [path: string, value: Text | SourceIds][] = [];

  /** Checks `value` against `schema`, adding every problem found. */
  const check = (value: unknown, schemaIn: Schema, path: string): void => {
    const schema = resolveRef(schemaIn);
    if (schema === $defs.text || schema === $defs.sourceIds) cited.push([path, value as Text]);
    const fail = (problem = `expected ${expected(schema)}, got ${describeValue(value)}`) => add(path, problem);

    if (schema.anyOf) {
      // Report the branch whose kind of value matches (string or object), for a precise message.
      const branch = schema.anyOf.find((s) => matches(s.type, value));
      return branch ? check(value, branch, path) : fail();
    }
    if (!matches(schema.type, value)) return fail();

    // A bound the schema does not set is undefined, and no comparison with it holds.
    if (typeof value === 'string') {
      if ((schema.enum && !schema.enum.includes(value)) || value.trim().length < schema.minLength! || (schema.pattern && !RegExp(schema.pattern).test(value)))
        return fail();
      if (value.length > schema.maxLength!) return fail(`expected at most ${schema.maxLength} characters, got ${value.length}`);
      if (schema === $defs.date && !isRealDate(value)) return fail(`${value} is not a date in the calendar`);
    }
    if (typeof value === 'number') {
      if (value <= schema.exclusiveMinimum! || value < schema.minimum!) return fail();
      if (value > schema.maximum!) return fail(`expected at most ${schema.maximum}, got ${value}`);
    }
    if (Array.isArray(value)) {
      const min = schema.minItems!;
      if (value.length < min) return fail(`expected at least ${min} item${min > 1 ? 's' : ''}, got none`);
      // An index loop, not forEach: a hole in a sparse array is checked as a missing item.
      for (let i = 0; i < value.length; i++) check(value[i], schema.items!, join(path, i));
    } else if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      const properties = schema.properties ?? {};
      for (const key of schema.required ?? [])
        if (object[key] === undefined) add(join(path, key), `missing; expected ${expected(resolveRef(properties[key]))}`);
      // A key is checked as a string against propertyNames; its value is checked too.
      const name = schema.propertyNames;
      for (const [key, child] of Object.entries(object)) {
        if (child === undefined) continue;
        const at = join(path, key);
        // Own keys only: a key such as "constructor" is unknown, not Object's.
        const sub = own(properties, key) ?? schema.additionalProperties;
        if (name) check(key, name, at);
        if (sub === false) add(at, `unknown key; expected one of ${Object.keys(properties).join(', ')}`);
        else if (typeof sub === 'object') check(child, sub, at);
      }
    }
  };
  check(data, datasetSchema, '');
  if (!errors.length) checkReferences(data as Dataset, add, cited);
  return errors.length ? { ok: false, errors } : { ok: true, dataset: data as Dataset };
}

/** Checks what the schema cannot: references between parts of the dataset. */
function checkReferences(data: Dataset, add: (path: string, problem: string) => void, cited: [string, Text | SourceIds][]): void {
  for (const [path, value] of cited)
    if (Array.isArray(value))
      value.forEach((id, i) => own(data.sources, id) || add(join(path, i), `unknown source id "${id}"; add it to sources`));
    else
      for (const [lang, template] of variants(value)) {
        const problem = templateProblem(template, data);
        if (problem) add(lang ? `${path}.${lang}` : path, problem);
      }

  for (const id of Object.keys(data.facts))
    if (own(data.milestones.items, id)) add(`milestones.items.${id}`, `"${id}" is also a fact's id; a reference must name one of them`);

  for (const measure of ['capital', 'compute'] as const) {
    const money = measure === 'capital';
    const [subject, rival] = (['subject', 'rival'] as const).map((party) => {
      const path = `computeGap.${measure}.${party}`;
      const id = data.computeGap[measure][party];
      const fact = own(data.facts, id);
      if (!fact) return add(path, `unknown fact "${id}"; add it to facts`);
      if (money ? isMoney(fact.unit) : fact.unit === 'MW') return fact.unit;
      add(path, `fact "${id}" is in ${fact.unit}; the ${measure} comparison needs ${money ? 'money (a currency code)' : 'power (MW)'}`);
    });
    if (subject && rival && subject !== rival) add(`computeGap.${measure}.rival`, `expected a fact in ${subject}, the subject's unit, got ${rival}`);
  }

  const { metrics, calls } = data.metricToggle;
  metrics.forEach((m, i) => {
    if (metrics.findIndex((other) => other.id === m.id) < i) add(`metricToggle.metrics[${i}].id`, `duplicate metric "${m.id}"`);
  });
  const { min, max, default: initial } = calls;
  if (!(min <= initial && initial <= max)) add('metricToggle.calls', `expected min ≤ default ≤ max, got ${min}, ${initial}, ${max}`);
}
