import type { Fact, PartialDate, Qualifier } from '../data/types.js';
import { flip, period, type Ratio } from '../data/derive.js';
import { isMoney } from '../data/schema.js';
import { msg, type MessageKey } from './i18n.js';

/** What is made once a page: canonical locales, Intl formatters, warm-ups. */
const made = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => (made.has(key) ? made : made.set(key, make())).get(key) as T;

/**
 * A locale Intl accepts, or English when the page's `lang` is not one. Remembered by tag: a
 * render formats dozens of figures.
 */
export const safeLocale = (lang: string): string =>
  once(`locale ${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });

/** Letters of the scripts written right to left (Hebrew to NKo, their presentation forms, Adlam…). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

type Kind<T> = new (locale: string, options: object) => T;

/** The page's formatter of this kind, locale and options: one of each, as creating one is slow. */
export function formatter<T extends object>(Kind: Kind<T>, lang: string, options: object = {}): T {
  const locale = safeLocale(lang);
  return once(Kind.name + locale + JSON.stringify(options), () => new Kind(locale, options));
}

/**
 * What Intl writes, isolated (FSI…PDI) when it holds right-to-left letters. The widgets'
 * sentences are English, French or German, left to right: without the isolate, the bidi
 * algorithm would reorder an Arabic date ("28 مايو 2026") with the words around it. Decided on
 * the output, since Intl may have used another locale than the one asked for.
 */
function intl(Kind: Kind<{ format(value: never): string }>, lang: string, options: object, value: number | Date | string[]): string {
  const text = formatter(Kind, lang, options).format(value as never);
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/** A number in the reader's language, with at most `maximumFractionDigits` (3 by default) decimals. */
export const formatNumber = (value: number, lang: string, options: { maximumFractionDigits?: number } = {}) =>
  intl(Intl.NumberFormat, lang, options, value);

/** A list ("a, b and c") in the reader's language. */
export const formatList = (items: string[], lang: string) => intl(Intl.ListFormat, lang, {}, items);

/** Units written as a word after the number, in the UI strings (`one|other|many` forms). */
const WORDS = ['people', 'documents', 'customers', 'rounds'];

/**
 * A value in its unit: compact money ("$3.9B", "3,9 Md $") for a currency code; power in MW,
 * or GW from a thousand (a symbol after an Intl number); years as Intl writes them; a count
 * with its word in the plural form Intl.PluralRules gives ("1 customer", "15 people"). A count
 * from a million on is written compactly in words ("1 million").
 */
export function formatValue(value: number, unit: string, lang: string): string {
  if (isMoney(unit))
    return intl(Intl.NumberFormat, lang, { style: 'currency', currency: unit, currencyDisplay: 'narrowSymbol', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }, value);
  if (unit === 'MW') {
    const giga = value >= 1000;
    return `${formatNumber(giga ? value / 1000 : value, lang, { maximumFractionDigits: 1 })}\u00a0${giga ? 'GW' : 'MW'}`;
  }
  if (unit === 'years') return intl(Intl.NumberFormat, lang, { style: 'unit', unit: 'year', unitDisplay: 'long' }, value);
  const n = intl(Intl.NumberFormat, lang, value >= 1e6 ? { notation: 'compact', compactDisplay: 'long' } : {}, value);
  if (!WORDS.includes(unit)) return n;
  const forms = msg(lang, `unit-${unit}` as MessageKey).split('|');
  const category = formatter(Intl.PluralRules, lang).select(value);
  return (forms[['one', 'other', 'many'].indexOf(category)] ?? forms[1]).replace('{n}', n);
}

/** A value with a qualifier ("about $3.9B"): the qualifiers are also the UI strings' keys. */
const qualify = (qualifier: Qualifier | 'at-most' | 'less-than', value: string, lang: string) =>
  qualifier === 'exact' ? value : msg(lang, qualifier, { value });

/** A fact as the sources state it: "about $3.9B", "more than 10 GW", "$65B", "15 people". */
export const formatFact = (fact: Pick<Fact, 'value' | 'unit' | 'qualifier'>, lang: string) =>
  qualify(fact.qualifier, formatValue(fact.value, fact.unit, lang), lang);

/**
 * A computed ratio in words, never claiming more than the values support. A ratio below 1
 * is given the other way round. A whole number is given as it is ("50×"; "at least 50×" when
 * the rival's figure is a lower bound). Otherwise it is rounded towards what is certain:
 * down and "more than" (16.7 gives "more than 16×"), or up and "less than" for an upper bound.
 */
export function formatRatio(r: Ratio, lang: string): string {
  const value = r.value < 1 ? 1 / r.value : r.value;
  const bound = r.value < 1 ? flip(r.bound) : r.bound;
  const whole = Math.abs(value - Math.round(value)) < 1e-9;
  const qualifier =
    bound === 'none' ? 'about'
    : bound === 'upper' ? (whole ? 'at-most' : 'less-than')
    : whole ? (bound === 'lower' ? 'at-least' : 'exact')
    : 'more-than';
  const n = (whole || bound === 'none' ? Math.round : bound === 'upper' ? Math.ceil : Math.floor)(value);
  return qualify(qualifier, `${formatNumber(n, lang)}×`, lang);
}

/**
 * A date at the precision the sources give: "2027", "Q3 2026", "May 2026", "May 28, 2026".
 * Intl writes years, months and days; a quarter is the UI string `quarter` around Intl's year.
 */
export function formatDate(date: PartialDate, lang: string): string {
  const [, part = '', day] = date.split('-');
  const quarter = part[0] === 'Q';
  const options = { timeZone: 'UTC', year: 'numeric', month: part && !quarter ? 'long' : undefined, day: day && 'numeric' } as const;
  const text = intl(Intl.DateTimeFormat, lang, options, new Date(period(date).start));
  return quarter ? msg(lang, 'quarter', { q: formatNumber(+part[1], lang), year: text }) : text;
}

/**
 * The first Intl object of a language is slow to create, while the browser loads the locale's
 * data: in Chromium at 4× CPU slowdown (on a busy machine), 65–360 ms for the first number
 * format and 27–330 ms for the first date format, where later ones take under 5 ms. So they
 * are made here, the one place that does it: the kinds the widgets use, one a render turn,
 * before the first widget of a language renders; each is then a task of its own instead of
 * part of a render. Every widget of that language waits for the same promise.
 */
export const warmIntl = (lang: string, turn: () => Promise<void>): Promise<void> =>
  once(`warm ${lang}`, async () => {
    for (const make of [() => formatValue(1, 'USD', lang), () => formatDate('2026-05-28', lang), () => formatValue(2, 'people', lang), () => formatList([], lang)]) {
      await turn();
      make();
    }
  });
