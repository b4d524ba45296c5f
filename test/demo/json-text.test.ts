import { expect } from '@open-wc/testing';
import { changedSpan, locate, replaceText, withValue } from '../../demo/json-text.js';
import { defaultDataset } from '../../src/data/default-dataset.js';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('demo: edits to the JSON text', () => {
  it('changes one value of the pretty-printed dataset and nothing else', () => {
    const text = JSON.stringify(defaultDataset, null, 2);
    const expected = copy(defaultDataset);
    expected.facts['compute-target'].value = 300;
    expected.facts['paris-power'].sources = ['tma-bet', 'mistral-summit'];
    let edited = withValue(text, ['facts', 'compute-target', 'value'], 300);
    edited = withValue(edited, ['facts', 'paris-power', 'sources'], ['tma-bet', 'mistral-summit']);
    // Byte for byte what writing the whole edited dataset out would give: a list stays on its lines.
    expect(edited).to.equal(JSON.stringify(expected, null, 2));
  });

  it("keeps the user's own layout around the value", () => {
    const text = '{"facts":{"a":{"value":1,  "unit" : "MW","sources":["x"]}} , "z": [1,2]}';
    expect(withValue(text, ['facts', 'a', 'unit'], 'EUR')).to.equal('{"facts":{"a":{"value":1,  "unit" : "EUR","sources":["x"]}} , "z": [1,2]}');
    expect(withValue(text, ['facts', 'a', 'sources'], ['x', 'y'])).to.equal('{"facts":{"a":{"value":1,  "unit" : "MW","sources":["x","y"]}} , "z": [1,2]}');
    expect(withValue(text, ['facts', 'a', 'value'], '65B')).to.contain('"value":"65B"');
  });

  it('finds values of every kind, escapes in keys and strings included, and the last of a repeated key', () => {
    const text = '{"a\\"b": "x\\"}", "n": -1.5e3, "t": true, "o": {"k": null}, "d": {"v": 1}, "d": {"v": 22}}';
    const at = (path: string[]) => {
      const span = locate(text, path)!;
      return text.slice(span.start, span.end);
    };
    expect(at(['a"b'])).to.equal('"x\\"}"');
    expect(at(['n'])).to.equal('-1.5e3');
    expect(at(['t'])).to.equal('true');
    expect(at(['o', 'k'])).to.equal('null');
    expect(at(['d', 'v'])).to.equal('22'); // JSON.parse keeps the last
    expect(locate('{"d": {"v": 1}, "d": {}}', ['d', 'v'])).to.equal(undefined);
    expect(locate(text, ['missing'])).to.equal(undefined);
  });

  it('adds a value the text does not hold (a partial override)', () => {
    const edited = withValue('{"meta": {"asOf": "2026-06"}}', ['facts', 'paris-power', 'value'], 45);
    expect(JSON.parse(edited)).to.deep.equal({ meta: { asOf: '2026-06' }, facts: { 'paris-power': { value: 45 } } });
  });

  it('replaces only the changed part of a text area, so the caret keeps its place', () => {
    expect(changedSpan('abc"200"xyz', 'abc"3000"xyz')).to.deep.equal({ start: 4, end: 5, text: '30' });
    const area = document.createElement('textarea');
    document.body.append(area);
    area.value = '{"a": 200, "b": "typed here"}';
    const caret = area.value.indexOf('here');
    area.setSelectionRange(caret, caret);
    replaceText(area, withValue(area.value, ['a'], 31000));
    expect(area.value).to.equal('{"a": 31000, "b": "typed here"}');
    expect(area.selectionStart).to.equal(area.value.indexOf('here'));
    // A caret before the change stays where it was.
    area.setSelectionRange(2, 2);
    replaceText(area, withValue(area.value, ['a'], 5));
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([2, 2]);
    area.remove();
  });
});
