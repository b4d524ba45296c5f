import { expect } from '@open-wc/testing';
import { formatDate, formatFact, formatList, formatValue } from '../../src/shared/format.js';
import { say } from '../../src/shared/text.js';
import { inSentence } from '../../src/shared/i18n.js';
import { defaultDataset } from '../../src/data/default-dataset.js';

// Numbers use narrow and non-breaking spaces, as Intl's do; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('formats money compactly by locale', () => {
    expect(formatValue(3.9e9, 'USD', 'en')).to.equal('$3.9B');
    expect(plain(formatValue(3.9e9, 'USD', 'fr'))).to.equal('3,9 Md $');
    expect(plain(formatValue(65e9, 'USD', 'de'))).to.equal('65 Mrd. $');
  });

  it('formats power in MW, or GW from 1,000 MW', () => {
    expect(plain(formatValue(200, 'MW', 'en'))).to.equal('200 MW');
    expect(plain(formatValue(10000, 'MW', 'en'))).to.equal('10 GW');
    expect(plain(formatValue(1500, 'MW', 'de'))).to.equal('1,5 GW');
  });

  it('states qualifiers as the sources do', () => {
    const { facts } = defaultDataset;
    expect(formatFact(facts['mistral-funding'], 'en')).to.equal('about $3.9B');
    expect(plain(formatFact(facts['anthropic-compute'], 'en'))).to.equal('more than 10 GW');
    expect(formatFact(facts['anthropic-series-h'], 'en')).to.equal('$65B');
    expect(plain(formatFact({ value: 10, unit: 'MW', qualifier: 'at-least' }, 'fr'))).to.equal('au moins 10 MW');
    expect(plain(formatFact({ value: 10, unit: 'MW', qualifier: 'up-to' }, 'de'))).to.equal('bis zu 10 MW');
  });

  it('writes counts with the plural form Intl.PluralRules picks, and years with Intl’s unit', () => {
    expect(formatValue(1, 'customers', 'en')).to.equal('1 customer');
    expect(formatValue(15, 'people', 'en')).to.equal('15 people');
    expect(plain(formatValue(1000, 'people', 'fr'))).to.equal('1 000 personnes');
    expect(formatValue(1e6, 'customers', 'fr')).to.equal('1 million de clients');
    expect(formatValue(1e6, 'customers', 'de')).to.equal('1 Million Kunden');
    expect(formatValue(9, 'rounds', 'de')).to.equal('9 Finanzierungsrunden');
    expect(plain(formatValue(2000, 'years', 'fr'))).to.equal('2 000 ans');
    expect(formatValue(180000, 'documents', 'de')).to.equal('180.000 Dokumente');
    expect(formatValue(180000, 'count', 'en-IN')).to.equal('1,80,000');
  });

  it('formats any currency code, and lists, through Intl', () => {
    expect(plain(formatValue(2e9, 'GBP', 'en'))).to.equal('£2B');
    expect(formatList(['a', 'b', 'c'], 'fr')).to.equal('a, b et c');
  });

  it('fills references in prose and capitalises a text that opens with one', () => {
    const d = defaultDataset;
    expect(say('{papyri-documents} in the collection', d, 'en', '2026-06-01')).to.equal('About 180,000 documents in the collection');
    expect(say('{les-ulis}', d, 'en', '2026-06-01')).to.equal('Planned for Q3 2026');
    expect(say('{les-ulis}', d, 'fr', '2026-10-01')).to.equal('Attendu pour T3 2026, non confirmé');
    expect(say('in {first-customer:date}', d, 'de', '2026-06-01')).to.equal('in 2023');
    expect(say('{sweden}', d, 'en', '2026-06-01')).to.equal('Under way');
  });

  it('keeps the precision of a date', () => {
    expect(formatDate('2027', 'en')).to.equal('2027');
    expect(formatDate('2026-Q3', 'en')).to.equal('Q3 2026');
    expect(formatDate('2026-Q3', 'fr')).to.equal('T3 2026');
    expect(formatDate('2026-05', 'en')).to.equal('May 2026');
    expect(formatDate('2026-05-28', 'en')).to.equal('May 28, 2026');
    expect(formatDate('2026-05-28', 'de')).to.equal('28. Mai 2026');
  });

  it('isolates what a right-to-left locale writes, so the sentence around it keeps its order', () => {
    const [fsi, pdi] = ['\u2068', '\u2069'];
    const arabicDate = new Intl.DateTimeFormat('ar', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
    expect(formatDate('2026-05-28', 'ar')).to.equal(`${fsi}${arabicDate.format(Date.UTC(2026, 4, 28))}${pdi}`);
    expect(formatDate('2026-05', 'he-IL')).to.match(/^\u2068.*2026.*\u2069$/);
    // Intl still writes Arabic month names for ar-Latn: the output decides, not the tag.
    expect(formatDate('2026-05', 'ar-Latn')).to.match(/^\u2068.*2026.*\u2069$/);
    expect(formatValue(65e9, 'USD', 'fa')).to.match(/^\u2068.+\u2069$/);
    expect(formatFact(defaultDataset.facts['mistral-funding'], 'ar')).to.match(/^about \u2068.+\u2069$/);
    // Left-to-right locales through Intl, and the built-in tables, are left as Intl writes them.
    expect(formatDate('2026-05-28', 'en-GB')).to.equal('28 May 2026');
    expect(plain(formatValue(65e9, 'USD', 'ja'))).not.to.match(/[\u2068\u2069]/);
    expect(formatDate('2026-05-28', 'de')).to.equal('28. Mai 2026');
  });

  it('falls back to English for a language Intl does not know', () => {
    expect(formatValue(3.9e9, 'USD', 'not a language!')).to.equal('$3.9B');
  });
});

describe('labels inside sentences', () => {
  it('lower-cases a word but not an acronym, and keeps German nouns capitalised', () => {
    expect(inSentence('Cost per token', 'en')).to.equal('cost per token');
    expect(inSentence('Énergie', 'fr')).to.equal('énergie');
    expect(inSentence('GPU hours', 'en')).to.equal('GPU hours');
    expect(inSentence('Geschwindigkeit', 'de')).to.equal('Geschwindigkeit');
  });
});
