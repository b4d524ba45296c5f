/**
 * The JSON Schema of the dataset format. It is the single description of the format: the
 * run-time validator interprets it (see validate.ts), and the build writes it out as
 * `dist/dataset.schema.json` for CMS authors. Each leaf's `description` is the phrase an
 * error message uses ("expected a positive number").
 */

export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  enum?: readonly (string | number)[];
  const?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: Schema[];
}

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

const list = (items: Schema, minItems = 0): Schema => ({ type: 'array', items, minItems });
const oneOf = (values: readonly string[]): Schema => ({
  type: 'string',
  enum: values,
  description: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
});

const MAX_TEXT = 2000;
const plainString: Schema = { type: 'string', minLength: 1, maxLength: MAX_TEXT, description: 'a non-empty string' };

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
  figure: object({
    value: { type: 'number', exclusiveMinimum: 0, maximum: 1e15, description: 'a positive number' },
    unit: oneOf(['USD', 'EUR', 'MW']),
    qualifier: oneOf(['exact', 'about', 'more-than']),
    label: ref('text'),
    sources: ref('sourceIds'),
    asOf: ref('date'),
  }),
  comparison: object({ title: ref('text'), subject: ref('figure'), rival: ref('figure') }),
  point: object({ text: ref('text'), sources: ref('sourceIds') }),
  quote: object(
    { text: ref('text'), speaker: ref('text'), role: ref('text'), sources: ref('sourceIds') },
    ['role'],
  ),
  party: object({ name: plainString, short: plainString }),
};

const indexValue: Schema = { type: 'number', exclusiveMinimum: 0, maximum: 1e6, description: 'a positive number' };
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
    sources: list(
      object(
        {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'a lower-case id (letters, digits, hyphens)' },
          title: ref('text'),
          publisher: plainString,
          url: { type: 'string', maxLength: MAX_TEXT, description: 'an https: URL (other schemes are dropped)' },
          date: ref('date'),
        },
        ['url'],
      ),
      1,
    ),
    computeGap: object({
      title: ref('text'),
      takeaway: ref('text'),
      capital: ref('comparison'),
      compute: ref('comparison'),
    }),
    metricToggle: object({
      kind: { type: 'string', const: 'illustrative', description: 'the string "illustrative"' },
      title: ref('text'),
      note: ref('text'),
      models: object({ small: ref('text'), large: ref('text') }),
      metrics: list(
        object({
          id: oneOf(['speed', 'energy', 'cost', 'reasoning']),
          label: ref('text'),
          unit: ref('text'),
          better: oneOf(['lower', 'higher']),
          perCall: { type: 'boolean', description: 'true or false' },
          small: indexValue,
          large: indexValue,
        }),
        1,
      ),
      calls: object({ min: callCount, max: callCount, default: callCount }),
      sources: ref('sourceIds'),
    }),
    stack: object({
      title: ref('text'),
      pillars: list(
        object({
          id: oneOf(['compute', 'models', 'platform', 'consultancy']),
          title: ref('text'),
          items: list(ref('point'), 1),
        }),
        1,
      ),
      quote: ref('quote'),
    }),
    useCases: object({
      title: ref('text'),
      summary: ref('text'),
      items: list(
      object(
        {
          id: { type: 'string', minLength: 1, description: 'an id' },
          title: ref('text'),
          customer: plainString,
          sector: oneOf(['finance', 'voice', 'industry', 'documents', 'research']),
          model: ref('text'),
          summary: ref('text'),
          figures: list(ref('point')),
          sources: ref('sourceIds'),
        },
        ['model'],
      ),
      ),
    }),
    bullBear: object({
      title: ref('text'),
      bull: list(ref('point'), 1),
      bear: list(ref('point'), 1),
      mood: ref('quote'),
    }),
    milestones: object({
      title: ref('text'),
      items: list(
        object(
          {
            id: { type: 'string', minLength: 1, description: 'an id' },
            date: ref('date'),
            label: ref('text'),
            state: oneOf(['done', 'operating', 'under-construction', 'planned', 'target']),
            party: oneOf(['subject', 'rival']),
            sources: ref('sourceIds'),
          },
          ['date'],
        ),
      ),
      watch: list(ref('point')),
    }),
    },
    ['$schema'],
  ),
};
