import { expect } from '@open-wc/testing';
import { formatAmount, formatDate, formatFigure } from '../../src/shared/format.js';
import { inSentence } from '../../src/shared/i18n.js';
import { defaultDataset } from '../../src/data/default-dataset.js';

// Numbers use narrow and non-breaking spaces, as Intl's do; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('formats money compactly by locale', () => {
    expect(formatAmount(3.9e9, 'USD', 'en')).to.equal('$3.9B');
    expect(plain(formatAmount(3.9e9, 'USD', 'fr'))).to.equal('3,9 Md $');
    expect(plain(formatAmount(65e9, 'USD', 'de'))).to.equal('65 Mrd. $');
  });

  it('formats power in MW, or GW from 1,000 MW', () => {
    expect(plain(formatAmount(200, 'MW', 'en'))).to.equal('200 MW');
    expect(plain(formatAmount(10000, 'MW', 'en'))).to.equal('10 GW');
    expect(plain(formatAmount(1500, 'MW', 'de'))).to.equal('1,5 GW');
  });

  it('states qualifiers as the sources do', () => {
    const { capital, compute } = defaultDataset.computeGap;
    expect(formatFigure(capital.subject, 'en')).to.equal('about $3.9B');
    expect(plain(formatFigure(compute.rival, 'en'))).to.equal('more than 10 GW');
    expect(formatFigure(capital.rival, 'en')).to.equal('$65B');
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
    expect(formatAmount(65e9, 'USD', 'fa')).to.match(/^\u2068.+\u2069$/);
    expect(formatFigure(defaultDataset.computeGap.capital.subject, 'ar')).to.match(/^about \u2068.+\u2069$/);
    // Left-to-right locales through Intl, and the built-in tables, are left as Intl writes them.
    expect(formatDate('2026-05-28', 'en-GB')).to.equal('28 May 2026');
    expect(plain(formatAmount(65e9, 'USD', 'ja'))).not.to.match(/[\u2068\u2069]/);
    expect(formatDate('2026-05-28', 'de')).to.equal('28. Mai 2026');
  });

  it('falls back to English for a language Intl does not know', () => {
    expect(formatAmount(3.9e9, 'USD', 'not a language!')).to.equal('$3.9B');
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
