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

  it('lets a scalar replace an object, so validation can report it', () => {
    expect(mergeDataset({ a: { b: 1 } }, { a: 2 })).to.deep.equal({ a: 2 });
  });

  it('removes a key given as null: one keyed item goes, the others stay', () => {
    const base = { items: { a: { x: 1 }, b: { x: 2 } } };
    expect(mergeDataset(base, { items: { a: null } })).to.deep.equal({ items: { b: { x: 2 } } });
    expect(base.items.a).to.deep.equal({ x: 1 });
  });

  it('changes one keyed item by its id and adds a new one at the end', () => {
    const base = { items: { a: { x: 1, y: 1 }, b: { x: 2, y: 2 } } };
    const merged = mergeDataset(base, { items: { b: { x: 20 }, c: { x: 3 } } });
    expect(merged).to.deep.equal({ items: { a: { x: 1, y: 1 }, b: { x: 20, y: 2 }, c: { x: 3 } } });
    expect(Object.keys(merged.items)).to.deep.equal(['a', 'b', 'c']);
  });

  it('uses a whole dataset as it is, without the keyed items of the base', async () => {
    const { defaultDataset } = await import('../../src/data/default-dataset.js');
    const whole = { ...structuredClone(defaultDataset), facts: { only: defaultDataset.facts['paris-power'] } };
    expect(Object.keys(mergeDataset(defaultDataset, whole).facts)).to.deep.equal(['only']);
    expect(Object.keys(mergeDataset(defaultDataset, { facts: { only: {} } }).facts)).to.include('paris-power');
  });

  it('ignores prototype-polluting keys', () => {
    const override = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const merged = mergeDataset({ a: 0 }, override) as Record<string, unknown>;
    expect(merged.a).to.equal(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(merged.polluted).to.equal(undefined);
  });
});
