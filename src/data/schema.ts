/**
 * The JSON Schema of the dataset format: the one description of it. The run-time validator
 * interprets it (validate.ts), the build writes it out as `dist/dataset.schema.json`, and
 * `npm run types` generates the TypeScript types from it (types.generated.ts). Each leaf's
 * `description` is the phrase an error message uses ("expected a positive number").
 */

export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  /** For objects keyed by id: what every key must look like. */
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  enum?: readonly (string | number)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: Schema[];
}

/** The schema's name for the type of a value: `typeof`, but `array` and `null` apart. */
export const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Whether a fact's unit is money: a currency code (any other unit is one of UNITS). */
export const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit);

const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });

/** An object whose listed keys are all required unless named in `optional`. */
function object(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

const ID = '^[a-z][a-z0-9-]*$';
/** Said where a dataset written before facts differs: lists are now keyed, figures are facts. */
const OLD = 'a list or a figure here is the format from before facts: convert it with scripts/migrate-dataset.mjs, see docs/dataset.md';

/**
 * Items keyed by their id, in the order shown: an override changes or adds one item by its
 * id, and `null` removes it (see merge.ts).
 */
const byId = (item: Schema): Schema => ({
  type: 'object',
  description: `an object of items keyed by id (${OLD})`,
  propertyNames: { pattern: ID, description: 'a lower-case id (a letter, then letters, digits, hyphens) as the key' },
  additionalProperties: item,
});

const list = (items: Schema, minItems = 0): Schema => ({ type: 'array', items, minItems });
const oneOf = (values: readonly string[]): Schema => ({
  type: 'string',
  enum: values,
  description: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
});

/** Units a fact's value can have besides money (any ISO 4217 currency code). */
export const UNITS = ['MW', 'people', 'documents', 'customers', 'years', 'rounds', 'count'] as const;
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'up-to'] as const;

const MAX_TEXT = 2000;
const plainString: Schema = { type: 'string', minLength: 1, maxLength: MAX_TEXT, description: 'a non-empty string' };
const factId: Schema = { type: 'string', pattern: ID, description: `a fact id (${OLD})` };

const defs: Record<string, Schema> = {
  text: {
    description: 'a non-empty string, or an object of strings by language with at least "en"',
    anyOf: [
      plainString,
      {
        type: 'object',
        properties: { en: plainString },
        required: ['en'],
        additionalProperties: { ...plainString, description: 'a string in that language' },
      },
    ],
  },
  date: {
    type: 'string',
    pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
    description: 'a date as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
  },
  sourceIds: list({ type: 'string', minLength: 1, description: 'a source id' }, 1),
  fact: object(
    {
      value: { type: 'number', exclusiveMinimum: 0, maximum: 1e15, description: 'a positive number' },
      unit: {
        type: 'string',
        pattern: `^([A-Z]{3}|${UNITS.join('|')})$`,
        description: `a unit: a currency code such as "EUR" or "USD", or one of ${UNITS.map((u) => `"${u}"`).join(', ')}`,
      },
      qualifier: oneOf(QUALIFIERS),
      asOf: ref('date'),
      label: ref('text'),
      sources: ref('sourceIds'),
    },
    ['label']
  ),
  comparison: object({ title: ref('text'), subject: factId, rival: factId }),
  point: object({ text: ref('text'), sources: ref('sourceIds') }),
  quote: object(
    { text: ref('text'), speaker: ref('text'), role: ref('text'), sources: ref('sourceIds') },
    ['role']
  ),
  party: object({ name: plainString, short: plainString }),
  source: object(
    {
      title: ref('text'),
      publisher: plainString,
      url: { type: 'string', maxLength: MAX_TEXT, description: 'an https: URL (other schemes are dropped)' },
      date: ref('date'),
    },
    ['url']
  ),
  metric: object(
    {
      id: oneOf(['speed', 'energy', 'cost', 'reasoning']),
      label: ref('text'),
      unit: ref('text'),
      better: oneOf(['lower', 'higher']),
      perCall: { type: 'boolean', description: 'true or false' },
      small: { type: 'number', exclusiveMinimum: 0, maximum: 1e6, description: 'a positive number' },
      large: { type: 'number', exclusiveMinimum: 0, maximum: 1e6, description: 'a positive number' },
    },
    []
  ),
  pillar: object({ title: ref('text'), items: byId(ref('point')) }),
  useCase: object(
    {
      title: ref('text'),
      customer: plainString,
      sector: oneOf(['finance', 'voice', 'industry', 'documents', 'research']),
      model: ref('text'),
      summary: ref('text'),
      figures: byId(ref('point')),
      sources: ref('sourceIds'),
    },
    ['model']
  ),
  milestone: object(
    {
      date: ref('date'),
      label: ref('text'),
      state: oneOf(['done', 'operating', 'under-construction', 'planned', 'target']),
      party: oneOf(['subject', 'rival']),
      sources: ref('sourceIds'),
    },
    ['date']
  ),
};

const callCount: Schema = { type: 'integer', minimum: 1, maximum: 100000, description: 'a whole number of at least 1' };

/** The schema; the build adds `$schema`, `$id` and `title` to the published JSON file. */
export const datasetSchema: Schema & { $defs: Record<string, Schema> } = {
  $defs: defs,
  ...object(
    {
      // Lets JSON editors validate a dataset file against dist/dataset.schema.json.
      $schema: { type: 'string', description: 'a string (the schema URL)' },
      meta: object({
        title: ref('text'),
        question: ref('text'),
        summary: ref('text'),
        asOf: ref('date'),
        event: object({ name: plainString, place: plainString, date: ref('date'), sources: ref('sourceIds') }),
      }),
      parties: object({ subject: ref('party'), rival: ref('party') }),
      sources: byId(ref('source')),
      facts: byId(ref('fact')),
      computeGap: object({
        title: ref('text'),
        takeaway: ref('text'),
        capital: ref('comparison'),
        compute: ref('comparison'),
      }),
      metricToggle: object({
        kind: { type: 'string', enum: ['illustrative'], description: 'the string "illustrative"' },
        title: ref('text'),
        note: ref('text'),
        models: object({ small: ref('text'), large: ref('text') }),
        metrics: list(ref('metric'), 1),
        calls: object({ min: callCount, max: callCount, default: callCount }),
        sources: ref('sourceIds'),
      }),
      stack: object({
        title: ref('text'),
        pillars: object(
          { compute: ref('pillar'), models: ref('pillar'), platform: ref('pillar'), consultancy: ref('pillar') },
          ['compute', 'models', 'platform', 'consultancy'],
        ),
        quote: ref('quote'),
      }),
      useCases: object({ title: ref('text'), summary: ref('text'), items: byId(ref('useCase')) }),
      bullBear: object({
        title: ref('text'),
        bull: byId(ref('point')),
        bear: byId(ref('point')),
        mood: ref('quote'),
      }),
      milestones: object({ title: ref('text'), items: byId(ref('milestone')), watch: byId(ref('point')) }),
    },
    ['$schema']
  ),
};
