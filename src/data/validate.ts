import { isRealDate } from './derive.js';
import { datasetSchema, UNITS, type Schema } from './schema.js';
import { own, templateProblem, variants } from './template.js';
import type { Dataset, Text } from './types.js';

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
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…"` : text;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function resolveRef(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  return datasetSchema.$defs[name];
}

function typeMatches(type: Schema['type'], value: unknown): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case undefined:
      return true;
    default:
      return typeof value === type;
  }
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Every prose text met while checking, with its path: their references are checked after. */
type Texts = [path: string, text: Text][];

/** Checks `value` against `schema`, pushing every problem found. */
function check(value: unknown, schemaIn: Schema, path: string, errors: ValidationError[], texts: Texts): void {
  const schema = resolveRef(schemaIn);
  if (schema === datasetSchema.$defs.text) texts.push([path, value as Text]);
  const expected = schema.description ?? `a value of type ${schema.type}`;
  const fail = (problem = `expected ${expected}, got ${describeValue(value)}`) =>
    errors.push({ path, problem });

  if (schema.anyOf) {
    // Report the branch whose kind of value matches (string or object), for a precise message.
    const branch = schema.anyOf.find((s) => typeMatches(s.type, value));
    if (!branch) return void fail();
    return check(value, branch, path, errors, texts);
  }
  if (!typeMatches(schema.type, value)) return void fail();

  if (typeof value === 'string') {
    if (schema.const !== undefined && value !== schema.const) return void fail();
    if (schema.enum && !schema.enum.includes(value)) return void fail();
    if (schema.minLength !== undefined && value.trim().length < schema.minLength) return void fail();
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      return void fail(`expected at most ${schema.maxLength} characters, got ${value.length}`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) return void fail();
    if (schema === datasetSchema.$defs.date && !isRealDate(value)) return void fail(`${value} is not a date in the calendar`);
  }
  if (typeof value === 'number') {
    if (schema.exclusiveMinimum !== undefined && !(value > schema.exclusiveMinimum)) return void fail();
    if (schema.minimum !== undefined && value < schema.minimum) return void fail();
    if (schema.maximum !== undefined && value > schema.maximum)
      return void fail(`expected at most ${schema.maximum}, got ${value}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems && value.length < schema.minItems)
      return void fail(`expected at least ${schema.minItems} item${schema.minItems > 1 ? 's' : ''}, got none`);
    // An index loop, not forEach: a hole in a sparse array is checked as a missing item.
    for (let i = 0; i < value.length; i++) if (schema.items) check(value[i], schema.items, join(path, i), errors, texts);
  }
  if (isPlainObject(value)) {
    for (const key of schema.required ?? []) {
      if (value[key] === undefined) {
        const child = resolveRef(schema.properties?.[key] ?? {});
        errors.push({ path: join(path, key), problem: `missing; expected ${child.description ?? `a value of type ${child.type}`}` });
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const sub = schema.properties?.[key];
      const name = schema.propertyNames;
      if (name?.pattern && !new RegExp(name.pattern).test(key))
        errors.push({ path: join(path, key), problem: `expected ${name.description} as the key, got ${describeValue(key)}` });
      else if (sub) check(child, sub, join(path, key), errors, texts);
      else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {}).join(', ');
        errors.push({ path: join(path, key), problem: `unknown key; expected one of ${known}` });
      } else if (typeof schema.additionalProperties === 'object') {
        check(child, schema.additionalProperties, join(path, key), errors, texts);
      }
    }
  }
}

/** A fact's kind, for the widgets that need one: money (a currency code) or power. */
export const kindOf = (unit: string) => (unit === 'MW' ? 'power' : (UNITS as readonly string[]).includes(unit) ? unit : 'money');

/** Checks what the schema cannot: references between parts of the dataset. */
function checkReferences(data: Dataset, errors: ValidationError[], texts: Texts): void {
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, join(path, i)));
    if (!isPlainObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && path !== '' && Array.isArray(child)) {
        child.forEach((id, i) => {
          if (typeof id === 'string' && !own(data.sources, id))
            errors.push({ path: `${join(path, key)}[${i}]`, problem: `unknown source id "${id}"; add it to sources` });
        });
      } else visit(child, join(path, key));
    }
  };
  visit(data, '');

  for (const id of Object.keys(data.facts))
    if (own(data.milestones.items, id))
      errors.push({ path: `milestones.items.${id}`, problem: `"${id}" is also a fact's id; a reference must name one of them` });
  for (const [path, text] of texts)
    for (const [lang, template] of variants(text)) {
      const problem = templateProblem(template, data);
      if (problem) errors.push({ path: lang ? `${path}.${lang}` : path, problem });
    }

  const needs = { capital: 'money', compute: 'power' } as const;
  for (const measure of ['capital', 'compute'] as const) {
    const units: string[] = [];
    for (const party of ['subject', 'rival'] as const) {
      const path = `computeGap.${measure}.${party}`;
      const id = data.computeGap[measure][party];
      const fact = own(data.facts, id);
      if (!fact) errors.push({ path, problem: `unknown fact "${id}"; add it to facts` });
      else if (kindOf(fact.unit) !== needs[measure])
        errors.push({ path, problem: `fact "${id}" is in ${fact.unit}; the ${measure} comparison needs ${needs[measure] === 'money' ? 'money (a currency code)' : 'power (MW)'}` });
      else units.push(fact.unit);
    }
    if (units.length === 2 && units[0] !== units[1])
      errors.push({ path: `computeGap.${measure}.rival`, problem: `expected a fact in ${units[0]}, the subject's unit, got ${units[1]}` });
  }

  const seen = new Set<string>();
  data.metricToggle.metrics.forEach((m, i) => {
    if (seen.has(m.id)) errors.push({ path: `metricToggle.metrics[${i}].id`, problem: `duplicate metric "${m.id}"` });
    seen.add(m.id);
  });
  const { min, max, default: initial } = data.metricToggle.calls;
  if (!(min <= initial && initial <= max))
    errors.push({ path: 'metricToggle.calls', problem: `expected min ≤ default ≤ max, got ${min}, ${initial}, ${max}` });
}

/** Validates a whole dataset (after any override has been merged over the default). */
export function validateDataset(value: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  const texts: Texts = [];
  check(value, datasetSchema, '', errors, texts);
  if (errors.length === 0) checkReferences(value as Dataset, errors, texts);
  return errors.length ? { ok: false, errors } : { ok: true, dataset: value as Dataset };
}
