import type { Figure, PartialDate, Unit } from '../data/types.js';
import type { Ratio } from '../data/derive.js';
import { msg } from './i18n.js';
import { deFormats } from './locales/de.js';
import { enFormats } from './locales/en.js';
import { frFormats } from './locales/fr.js';

const canonical = new Map<string, string>();

/**
 * A locale Intl accepts, or English when the page's `lang` is not one. Remembered by tag: a
 * render formats dozens of figures, and canonicalising each time was a millisecond of every
 * metric change.
 */
export function safeLocale(lang: string): string {
  let locale = canonical.get(lang);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    canonical.set(lang, locale);
  }
  return locale;
}

/**
 * How a built-in language writes numbers and dates: Intl's (CLDR's) symbols and patterns,
 * copied so that a page in one of these languages never creates an Intl formatter (the first
 * one of a page costs 25 ms or more while the browser loads its locale data).
 * test/shared/format-intl.test.ts checks them against Intl in Chromium and Firefox.
 */
export interface Formats {
  /** Thousands separator and decimal mark. */
  group: string;
  decimal: string;
  /**
   * Compact money for units, thousands, millions, billions and trillions: `0` is the number
   * and `¤` the currency symbol; '' where the language writes that magnitude out.
   */
  money: string[];
  months: string[];
  /** A full date from its day, month's name and year. */
  date: (day: number, month: string, year: number) => string;
}

/**
 * The locales whose output the tables give exactly; any other (en-GB's dates, de-CH's or
 * fr-CA's separators…) goes to Intl.
 */
const tables: Record<string, Formats> = { en: enFormats, 'en-US': enFormats, fr: frFormats, 'fr-FR': frFormats, de: deFormats, 'de-DE': deFormats };
const tableFor = (lang: string) => tables[safeLocale(lang)] as Formats | undefined; // canonical tags are never Object.prototype's names

/** Letters of the scripts written right to left (Hebrew to NKo, their presentation forms, Adlam…). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Intl formatters are slow to create (a page formats hundreds of figures): one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * What Intl writes, isolated (FSI…PDI) when it holds right-to-left letters. The widgets'
 * sentences are English, French or German, left to right: without the isolate, the bidi
 * algorithm would reorder an Arabic date ("28 مايو 2026") with the words around it. Decided on
 * the output, since Intl may have used another locale than the one asked for.
 */
function intl(Kind: new (locale: string, options: object) => Intl.NumberFormat | Intl.DateTimeFormat, lang: string, options: object, value: number | Date): string {
  const locale = safeLocale(lang);
  const key = Kind.name + locale + JSON.stringify(options);
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Kind(locale, options)));
  const text = made.format(value as number & Date);
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * `x` (finite, not negative) times 10^`shift`, rounded half away from zero to `digits`
 * decimals as ICU rounds: on the shortest decimal that reads back as `x` (0.15 gives 0.2),
 * not on its binary value (with which toFixed gives 0.1). Returns the whole part's digits and
 * the decimals' without trailing zeros.
 */
function round(x: number, shift: number, digits: number): [string, string] {
  const [mantissa, exponent] = x.toExponential().split('e');
  const all = mantissa.replace('.', '');
  const keep = +exponent + 1 + shift + digits; // how many of the significant digits stay
  const n = String(BigInt(all.padEnd(keep, '0').slice(0, Math.max(keep, 0))) + BigInt(all[keep] >= '5')).padStart(digits + 1, '0');
  return [n.slice(0, n.length - digits), n.slice(n.length - digits).replace(/0+$/, '')];
}

/** Digits in a table's symbols; grouped from 4 digits, or from 5 (`min2`, as compact numbers are). */
function written(t: Formats, [whole, decimals]: [string, string], min2 = false): string {
  const grouped = min2 && whole.length < 5 ? whole : whole.replace(/\B(?=(\d{3})+$)/g, t.group);
  return grouped + (decimals && t.decimal + decimals);
}

/** Intl's sign: a minus for a negative number and for -0, even once rounded to 0. */
const sign = (value: number) => (1 / value < 0 ? '-' : '');

/** A number in the reader's language, with at most `maximumFractionDigits` (a whole number; 3 by default) decimals. */
export function formatNumber(value: number, lang: string, options: { maximumFractionDigits?: number } = {}): string {
  const t = tableFor(lang);
  if (t && isFinite(value)) return sign(value) + written(t, round(Math.abs(value), 0, options.maximumFractionDigits ?? 3));
  return intl(Intl.NumberFormat, lang, options, value);
}

/**
 * Money as Intl's compact notation gives it with one decimal at most: scaled to the
 * magnitude's suffix, then rounded, and scaled again if rounding carried it into the next
 * magnitude (999,950 → 1000.0K → "$1M"), as ICU does.
 */
function compactMoney(t: Formats, value: number, symbol: string): string {
  const abs = Math.abs(value);
  const scale = (magnitude: number) => {
    const i = Math.min((magnitude / 3) | 0, 4);
    return t.money[i] ? i : 0;
  };
  let i = 0;
  let digits: [string, string];
  do digits = round(abs, -3 * i, 1);
  while (i !== (i = scale(digits[0].length - 1 + 3 * i))); // until the rounded number keeps its scale
  return sign(value) + t.money[i].replace('0', written(t, digits, true)).replace('¤', symbol);
}

/** An amount in its unit: compact money ("$3.9B", "3,9 Md $"), or power in MW or GW. */
export function formatAmount(value: number, unit: Unit, lang: string): string {
  if (unit === 'MW') {
    const giga = value >= 1000;
    const n = formatNumber(giga ? value / 1000 : value, lang, { maximumFractionDigits: 1 });
    return `${n}\u00a0${giga ? 'GW' : 'MW'}`;
  }
  const t = tableFor(lang);
  // Every currency a Unit can be (TypeScript asks for a new one's symbol here).
  if (t && isFinite(value)) return compactMoney(t, value, { USD: '$', EUR: '€' }[unit]);
  return intl(
    Intl.NumberFormat,
    lang,
    { style: 'currency', currency: unit, currencyDisplay: 'narrowSymbol', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 },
    value,
  );
}

/** A figure as the sources state it: "about $3.9B", "more than 10 GW", "$65B". */
export function formatFigure(figure: Figure, lang: string): string {
  const value = formatAmount(figure.value, figure.unit, lang);
  if (figure.qualifier === 'about') return msg(lang, 'about', { value });
  if (figure.qualifier === 'more-than') return msg(lang, 'moreThan', { value });
  return value;
}

/**
 * A computed ratio in words, never claiming more than the values support. A ratio below 1
 * is given the other way round. A whole number is given as it is ("50×"; "at least 50×" when
 * the rival's figure is a lower bound). Otherwise it is rounded towards what is certain:
 * down and "more than" (16.7 gives "more than 16×"), or up and "less than" for an upper bound.
 */
export function formatRatio(r: Ratio, lang: string): string {
  const value = r.value < 1 ? 1 / r.value : r.value;
  const bound = r.value < 1 ? ({ lower: 'upper', upper: 'lower' } as const)[r.bound as 'lower'] ?? r.bound : r.bound;
  const whole = Math.abs(value - Math.round(value)) < 1e-9;
  const n = (x: number) => formatNumber(x, lang, { maximumFractionDigits: 0 });
  if (bound === 'none') return msg(lang, 'ratioAbout', { ratio: n(Math.round(value)) });
  if (bound === 'upper') return msg(lang, whole ? 'ratioAtMost' : 'ratioLessThan', { ratio: n(whole ? value : Math.ceil(value)) });
  if (whole) return msg(lang, bound === 'lower' ? 'ratioAtLeast' : 'ratioExact', { ratio: n(value) });
  return msg(lang, 'ratioMoreThan', { ratio: n(Math.floor(value)) });
}

/** A date at the precision the sources give: "2027", "Q3 2026", "May 2026", "28 May 2026". */
export function formatDate(date: PartialDate, lang: string): string {
  const [year, part, day] = date.split('-');
  if (part?.startsWith('Q')) {
    const quarter = lang.toLowerCase().startsWith('fr') ? 'T' : 'Q';
    return `${quarter}${part.slice(1)} ${year}`;
  }
  const utc = new Date(Date.UTC(Number(year), part ? Number(part) - 1 : 0, day ? Number(day) : 1));
  const t = tableFor(lang);
  if (t && !isNaN(+utc)) {
    // The Date's fields, not the string's, as Intl reads them: Date.UTC takes year 26 for 1926.
    const [y, month] = [utc.getUTCFullYear(), t.months[utc.getUTCMonth()]];
    return day ? t.date(utc.getUTCDate(), month, y) : part ? `${month} ${y}` : `${y}`;
  }
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (part) options.month = 'long';
  if (day) options.day = 'numeric';
  return intl(Intl.DateTimeFormat, lang, options, utc);
}
