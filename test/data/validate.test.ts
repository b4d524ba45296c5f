import { expect } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { mergeDataset } from '../../src/data/merge.js';
import { formatError, validateDataset } from '../../src/data/validate.js';

const withOverride = (override: unknown) => mergeDataset(structuredClone(defaultDataset), override);
const firstError = (override: unknown) => {
  const result = validateDataset(withOverride(override));
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return formatError(result.errors[0]);
};

describe('validateDataset', () => {
  it('accepts the built-in dataset', () => {
    const result = validateDataset(defaultDataset);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  });

  it('accepts a $schema key, which JSON editors use, and ignores it', () => {
    expect(validateDataset({ $schema: './dataset.schema.json', ...defaultDataset }).ok).to.equal(true);
  });

  it('accepts the published dist/dataset.json as it is', async () => {
    const published = await (await fetch('/dist/dataset.json')).json();
    expect(published.$schema).to.equal('./dataset.schema.json');
    expect(validateDataset(published).ok).to.equal(true);
  });

  it('names the path and the problem for a wrong type', () => {
    expect(firstError({ facts: { 'anthropic-series-h': { value: '65B' } } })).to.equal(
      'facts.anthropic-series-h.value: expected a positive number, got "65B"',
    );
  });

  it('rejects zero, negative, NaN and Infinity values', () => {
    for (const value of [0, -5, NaN, Infinity]) {
      expect(firstError({ facts: { 'compute-target': { value } } })).to.equal(
        `facts.compute-target.value: expected a positive number, got ${value}`,
      );
    }
  });

  it('reports a missing required key', () => {
    const data = structuredClone(defaultDataset) as unknown as { parties: { rival: Record<string, unknown> } };
    delete data.parties.rival.name;
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    expect(!result.ok && formatError(result.errors[0])).to.equal('parties.rival.name: missing; expected a non-empty string');
  });

  it('reports an unknown key, so a typo does not pass silently', () => {
    expect(firstError({ computeGap: { capitl: {} } })).to.match(/^computeGap\.capitl: unknown key; expected one of title, takeaway, capital, compute$/);
  });

  it('reports a key named like a member of Object as unknown, not as Object\'s', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const data = JSON.parse(JSON.stringify(defaultDataset).replace('"meta":{', `"meta":{"${key}":1,`));
      const result = validateDataset(data);
      expect(!result.ok && formatError(result.errors[0]), key).to.equal(
        `meta.${key}: unknown key; expected one of title, question, summary, asOf, event`,
      );
    }
  });

  it('names a keyed item whose id is not an id', () => {
    const fact = defaultDataset.facts['paris-power'];
    expect(firstError({ facts: { 'Paris Power': fact } })).to.equal(
      'facts.Paris Power: expected a lower-case id (a letter, then letters, digits, hyphens) as the key, got "Paris Power"',
    );
  });

  it('checks enums, dates and array items with their index', () => {
    expect(firstError({ facts: { 'paris-power': { unit: 'kWh' } } })).to.equal(
      'facts.paris-power.unit: expected a unit: a currency code such as "EUR" or "USD", or one of "MW", "people", "documents", "customers", "years", "rounds", "count", got "kWh"',
    );
    expect(firstError({ facts: { 'paris-power': { qualifier: 'roughly' } } })).to.match(/^facts\.paris-power\.qualifier: expected one of "exact", "about", "more-than", "at-least", "up-to"/);
    expect(firstError({ meta: { asOf: 'May 2026' } })).to.match(/^meta\.asOf: expected a date as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD/);
    const metrics = structuredClone(defaultDataset.metricToggle.metrics);
    (metrics[2] as { small: unknown }).small = null;
    expect(firstError({ metricToggle: { metrics } })).to.equal(
      'metricToggle.metrics[2].small: expected a positive number, got null',
    );
  });

  it('accepts localised text and rejects text without English', () => {
    const ok = validateDataset(withOverride({ meta: { question: { en: 'Q?', fr: 'Q ?' } } }));
    expect(ok.ok).to.equal(true);
    const noEnglish = structuredClone(defaultDataset) as unknown as { meta: { question: unknown } };
    noEnglish.meta.question = { fr: 'Q ?' };
    const result = validateDataset(noEnglish);
    expect(!result.ok && formatError(result.errors[0])).to.equal('meta.question.en: missing; expected a non-empty string');
  });

  it('requires every cited source id to exist', () => {
    expect(firstError({ facts: { 'anthropic-series-h': { sources: ['nowhere'] } } })).to.equal(
      'facts.anthropic-series-h.sources[0]: unknown source id "nowhere"; add it to sources',
    );
  });

  it('names the path of a reference to an unknown fact, in the language that has it', () => {
    expect(firstError({ stack: { pillars: { compute: { items: { paris: { text: { de: 'Ein {paris-powr}' } } } } } } })).to.equal(
      'stack.pillars.compute.items.paris.text.de: unknown fact "paris-powr"; add it to facts, or correct the reference',
    );
    expect(firstError({ computeGap: { capital: { rival: 'nope' } } })).to.equal('computeGap.capital.rival: unknown fact "nope"; add it to facts');
    expect(firstError({ facts: { 'sweden-cost': null } })).to.equal(
      'stack.pillars.compute.items.sweden.text.en: unknown fact "sweden-cost"; add it to facts, or correct the reference',
    );
  });

  it('rejects an unbalanced or malformed brace', () => {
    for (const text of ['A {paris-power data centre', 'A paris-power} data centre', 'A {Paris} data centre', 'A {} centre'])
      expect(firstError({ stack: { title: text } })).to.match(/^stack\.title: unbalanced or malformed brace at "/);
    expect(firstError({ stack: { title: 'In {paris-dc:date}' } })).to.equal('stack.title: milestone "paris-dc" has no date to show');
  });

  it('requires money for the capital comparison and power for compute, in one unit', () => {
    expect(firstError({ computeGap: { compute: { subject: 'staff-target' } } })).to.equal(
      'computeGap.compute.subject: fact "staff-target" is in people; the compute comparison needs power (MW)',
    );
    expect(firstError({ computeGap: { capital: { subject: 'paris-power' } } })).to.equal(
      'computeGap.capital.subject: fact "paris-power" is in MW; the capital comparison needs money (a currency code)',
    );
  });

  it('says how to convert a dataset in the format from before facts', () => {
    for (const old of [{ computeGap: { capital: { rival: { value: 8e10 } } } }, { bullBear: { bull: [{ text: 'x', sources: ['tma-bet'] }] } }])
      expect(firstError(old)).to.match(/the format from before facts: convert it with scripts\/migrate-dataset\.mjs/);
  });

  it('insists that the metric figures are labelled illustrative', () => {
    expect(firstError({ metricToggle: { kind: 'measured' } })).to.equal(
      'metricToggle.kind: expected the string "illustrative", got "measured"',
    );
  });

  it('bounds text length and shortens what it quotes back', () => {
    const long = 'x'.repeat(10000);
    expect(firstError({ meta: { title: long } })).to.equal('meta.title: expected at most 2000 characters, got 10000');
    expect(firstError({ meta: { asOf: long.slice(0, 100) } }).length).to.be.below(140);
  });

  it('rejects impossible dates, mixed units and holes in lists', () => {
    expect(firstError({ meta: { asOf: '2026-02-31' } })).to.equal('meta.asOf: 2026-02-31 is not a date in the calendar');
    expect(firstError({ facts: { 'anthropic-series-h': { unit: 'EUR' } } })).to.equal(
      'computeGap.capital.rival: expected a fact in USD, the subject\'s unit, got EUR',
    );
    // eslint-disable-next-line no-sparse-arrays
    const metrics = [, defaultDataset.metricToggle.metrics[0]];
    expect(firstError({ metricToggle: { metrics } })).to.match(/^metricToggle\.metrics\[0\]: expected an object|^metricToggle\.metrics\[0\]: expected/);
  });

  it('describes odd values without throwing', () => {
    expect(firstError({ facts: { 'anthropic-series-h': { value: 65n } } })).to.equal(
      'facts.anthropic-series-h.value: expected a positive number, got 65n',
    );
  });

  it('checks that the calls range holds its default', () => {
    expect(firstError({ metricToggle: { calls: { min: 10, max: 5, default: 7 } } })).to.equal(
      'metricToggle.calls: expected min ≤ default ≤ max, got 10, 7, 5',
    );
  });
});
