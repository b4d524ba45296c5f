import { expect } from '@open-wc/testing';
import { mergeDataset } from '../../src/data/merge.js';

describe('mergeDataset', () => {
  it('merges objects by key, deeply', () => {
    const base = { a: { b: 1, c: 2 }, d: 3 };
    expect(mergeDataset(base, { a: { c: 20 } })).to.deep.equal({ a: { b: 1, c: 20 }, d: 3 });
  });

  it('replaces arrays whole', () => {
    const base = { list: [1, 2, 3], keep: true };
    expect(mergeDataset(base, { list: [9] })).to.deep.equal({ list: [9], keep: true });
  });

  it('leaves the base for undefined and changes neither input', () => {
    const base = { a: { b: 1 } };
    const override = { a: { b: undefined } };
    const merged = mergeDataset(base, override);
    expect(merged).to.deep.equal({ a: { b: 1 } });
    expect(merged).not.to.equal(base);
    expect(base).to.deep.equal({ a: { b: 1 } });
  });

  it('lets a scalar or null replace an object, so validation can report it', () => {
    expect(mergeDataset({ a: { b: 1 } }, { a: null })).to.deep.equal({ a: null });
  });

  it('ignores prototype-polluting keys', () => {
    const override = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const merged = mergeDataset({ a: 0 }, override) as Record<string, unknown>;
    expect(merged.a).to.equal(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(merged.polluted).to.equal(undefined);
  });
});
