/**
 * The built-in languages are formatted from tables (src/shared/locales/*), so that a page never
 * pays for ICU's start-up; these tests hold the tables to Intl's output, character for
 * character, in the browser running them (Chromium and Firefox), and check that no Intl
 * formatter is built for those languages, by the widgets and their charts included.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { ratio } from '../../src/data/derive.js';
import { formatAmount, formatDate, formatFigure, formatNumber, formatRatio } from '../../src/shared/format.js';
import type { SovElement } from '../../src/shared/sov-element.js';
import { chartsOf, drawn, settled } from '../helpers.js';

/** The tags the tables cover: each must give exactly what Intl gives. */
const COVERED = ['en', 'en-US', 'fr', 'fr-FR', 'de', 'de-DE'];

/** Differences, shown with their spaces visible, for a readable failure. */
function mismatches(cases: Iterable<[what: string, ours: string, intl: string]>) {
  const show = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '⎵');
  const out: string[] = [];
  for (const [what, ours, intl] of cases) if (ours !== intl && out.length < 10) out.push(`${what}: ${show(ours)} ≠ Intl ${show(intl)}`);
  return out;
}

/**
 * About 7,400 numbers from 1e-4 to 1e17, either sign: random ones, ties at every rounding
 * position the formats use (x.x5, and x.xx5 scaled to thousands, millions…), values that
 * round up into the next magnitude (999.95, 999,950, 999.95e12), binary near-misses (2.45,
 * 1.005), zeros and extremes (1e300, 5e-324).
 */
function sweep(): number[] {
  let seed = 20261122;
  const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const values = [0, 0.04, 0.05, 0.15, 0.25, 0.35, 0.45, 1.005, 1.05, 2.45, 2.675, 8.345, 2 ** 53 + 2, 1e21, 1e300, Number.MAX_VALUE, 5e-324];
  for (let e = -4; e <= 14; e++) {
    for (const m of ['1', '1.5', '9.94', '9.949', '9.95', '9.9949', '9.9951', '9.995', '9.999', '99.95', '999.95', '999.949', '2.45', '4.55'])
      values.push(Number(`${m}e${e}`));
    for (let i = 0; i < 60; i++) {
      values.push(Number(`${random(1000)}.${random(10)}5e${e}`)); // a tie one place further than shown
      values.push(Number(`${random(100)}.${random(10)}${random(10)}5e${e}`));
      values.push((1 + random(1e6) / 1e5) * 10 ** e); // with binary noise
    }
  }
  return [...values, ...values.map((v) => -v), -0];
}

const VALUES = sweep();

describe('the built-in languages are formatted as Intl formats them', () => {

  for (const locale of COVERED) {
    it(`${locale}: plain numbers with 0, 1 and 3 (the default) decimals at most`, () => {
      const cases = function* () {
        for (const options of [{ maximumFractionDigits: 0 }, { maximumFractionDigits: 1 }, {}]) {
          const intl = new Intl.NumberFormat(locale, options);
          for (const v of VALUES) yield [`${v} ${JSON.stringify(options)}`, formatNumber(v, locale, options), intl.format(v)] as [string, string, string];
        }
      };
      expect(mismatches(cases())).to.deep.equal([]);
    });

    it(`${locale}: money in every currency unit, compactly`, () => {
      const cases = function* () {
        for (const currency of ['USD', 'EUR'] as const) {
          const intl = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            currencyDisplay: 'narrowSymbol',
            notation: 'compact',
            minimumFractionDigits: 0,
            maximumFractionDigits: 1,
          });
          for (const v of VALUES) yield [`${v} ${currency}`, formatAmount(v, currency, locale), intl.format(v)] as [string, string, string];
        }
      };
      expect(mismatches(cases())).to.deep.equal([]);
    });

    it(`${locale}: power in MW, or GW from 1,000 MW`, () => {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const cases = function* () {
        for (const v of VALUES) {
          const giga = v >= 1000;
          yield [`${v} MW`, formatAmount(v, 'MW', locale), `${intl.format(giga ? v / 1000 : v)}\u00a0${giga ? 'GW' : 'MW'}`] as [string, string, string];
        }
      };
      expect(mismatches(cases())).to.deep.equal([]);
    });

    it(`${locale}: dates as a year, a month or a day, every month and day`, () => {
      const utc = { timeZone: 'UTC', year: 'numeric' } as const;
      const year = new Intl.DateTimeFormat(locale, utc);
      const month = new Intl.DateTimeFormat(locale, { ...utc, month: 'long' });
      const day = new Intl.DateTimeFormat(locale, { ...utc, month: 'long', day: 'numeric' });
      const pad = (n: number) => String(n).padStart(2, '0');
      const cases = function* () {
        // 0050 is read as 1950 by Date.UTC, and 02-30 as 2 March: the same Date for both.
        for (const y of ['0050', '0999', '1999', '2000', '2024', '2026', '2100', '9999']) {
          yield [y, formatDate(y, locale), year.format(Date.UTC(+y, 0))] as [string, string, string];
          for (let m = 1; m <= 12; m++) {
            yield [`${y}-${pad(m)}`, formatDate(`${y}-${pad(m)}`, locale), month.format(Date.UTC(+y, m - 1))] as [string, string, string];
            for (let d = 1; d <= 31; d++) {
              const date = `${y}-${pad(m)}-${pad(d)}`;
              yield [date, formatDate(date, locale), day.format(Date.UTC(+y, m - 1, d))] as [string, string, string];
            }
          }
        }
      };
      expect(mismatches(cases())).to.deep.equal([]);
    });
  }

  it('leaves what is not a finite number to Intl', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      expect(formatNumber(v, 'fr', { maximumFractionDigits: 1 })).to.equal(new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(v));
      expect(formatAmount(v, 'USD', 'en')).to.equal(
        new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', notation: 'compact', maximumFractionDigits: 1 }).format(v),
      );
    }
  });
});

/** Counts what is built with ICU's locale data while `during` runs. */
async function intlBuilt(during: () => unknown): Promise<string[]> {
  const built: string[] = [];
  const kinds = ['NumberFormat', 'DateTimeFormat', 'Collator', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter'] as const;
  const intl = Intl as unknown as Record<string, unknown>;
  const saved = kinds.map((kind) => [kind, intl[kind]] as const).filter(([, real]) => real);
  for (const [kind, real] of saved) {
    intl[kind] = new Proxy(real as new (...args: unknown[]) => object, {
      construct(target, args) {
        built.push(`Intl.${kind}(${JSON.stringify(args)})`);
        return Reflect.construct(target, args);
      },
    });
  }
  // The locale-sensitive methods load the same data.
  const methods = [
    [Number.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleDateString'],
    [Date.prototype, 'toLocaleTimeString'],
    [String.prototype, 'localeCompare'],
  ] as const;
  const savedMethods = methods.map(([proto, name]) => [proto, name, proto[name as keyof typeof proto]] as const);
  for (const [proto, name, real] of savedMethods) {
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value(this: unknown, ...args: unknown[]) {
        built.push(`${name}(${JSON.stringify(args)})`);
        return (real as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  try {
    await during();
  } finally {
    for (const [kind, real] of saved) intl[kind] = real;
    for (const [proto, name, real] of savedMethods) Object.defineProperty(proto, name, { configurable: true, writable: true, value: real });
  }
  return built;
}

describe('no Intl formatter for the built-in languages', () => {
  const { capital, compute } = defaultDataset.computeGap;
  const formatAll = (lang: string) => {
    for (const v of [0, -1.5, 0.15, 999.95, 3.9e9, 65e9, 1.2e13]) {
      formatNumber(v, lang);
      formatNumber(v, lang, { maximumFractionDigits: 0 });
      formatNumber(v, lang, { maximumFractionDigits: 1 });
      for (const unit of ['USD', 'EUR', 'MW'] as const) formatAmount(v, unit, lang);
    }
    for (const figure of [capital.subject, capital.rival, compute.subject, compute.rival]) formatFigure(figure, lang);
    formatRatio(ratio(capital), lang);
    formatRatio(ratio(compute), lang);
    for (const date of ['2026', '2026-Q3', '2026-05', '2026-05-28']) formatDate(date, lang);
  };

  it('builds none in en, fr or de, however the tag is written', async () => {
    const built = await intlBuilt(() => [...COVERED, 'EN', 'en-us', 'fr-fr', 'DE-de'].forEach(formatAll));
    expect(built).to.deep.equal([]);
  });

  it('uses Intl for any other locale: Italian, British English dates, Swiss German numbers', async () => {
    const built = await intlBuilt(() => formatAll('it'));
    expect(built.some((b) => b.startsWith('Intl.NumberFormat(["it"'))).to.equal(true);
    expect(built.some((b) => b.startsWith('Intl.DateTimeFormat(["it"'))).to.equal(true);
    const gb = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(Date.UTC(2026, 4, 28));
    expect(formatDate('2026-05-28', 'en-GB')).to.equal(gb);
    expect(gb).not.to.equal(formatDate('2026-05-28', 'en'));
    const swiss = new Intl.NumberFormat('de-CH', { maximumFractionDigits: 1 }).format(1234.5);
    expect(formatNumber(1234.5, 'de-CH', { maximumFractionDigits: 1 })).to.equal(swiss);
    expect(swiss).not.to.equal(formatNumber(1234.5, 'de', { maximumFractionDigits: 1 }));
  });
});

describe('a page of widgets in English', () => {
  it('builds no Intl formatter while its widgets render and their charts draw, on either scale', async () => {
    const built = await intlBuilt(async () => {
      const page = await fixture<HTMLElement>(html`<div lang="en"><sov-compute-gap></sov-compute-gap><sov-metric-toggle></sov-metric-toggle></div>`);
      const [gap, toggle] = [...page.children] as SovElement[];
      for (const el of [gap, toggle]) {
        await settled(el);
        const charts = await chartsOf(el);
        expect(charts.length, el.localName).to.be.greaterThan(0);
      }
      gap.setAttribute('scale', 'log');
      toggle.setAttribute('metric', 'cost');
      for (const el of [gap, toggle]) {
        await drawn(el); // the charts take the change after the next paint
        for (const chart of await chartsOf(el)) chart.update('none');
      }
      // The log scale is drawn as powers of ten (9 to 11 for the capital chart).
      expect((await chartsOf(gap))[0].scales.x.max).to.equal(11);
    });
    expect(built).to.deep.equal([]);
  });
});
