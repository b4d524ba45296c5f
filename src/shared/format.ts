import type { Figure, PartialDate, Unit } from '../data/types.js';
import type { Ratio } from '../data/derive.js';
import { msg } from './i18n.js';

/** A locale Intl accepts, or English when the page's `lang` is not one. */
export function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Intl formatters are slow to create (a page formats hundreds of figures): one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(Kind: new (locale: string, options: object) => T, lang: string, options: object): T {
  const locale = safeLocale(lang);
  const key = Kind.name + locale + JSON.stringify(options);
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Kind(locale, options)));
  return made as T;
}

export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  return formatter(Intl.NumberFormat, lang, options).format(value);
}

/** An amount in its unit: compact money ("$3.9B", "3,9 Md $"), or power in MW or GW. */
export function formatAmount(value: number, unit: Unit, lang: string): string {
  if (unit === 'MW') {
    const giga = value >= 1000;
    const n = formatNumber(giga ? value / 1000 : value, lang, { maximumFractionDigits: 1 });
    return `${n}\u00a0${giga ? 'GW' : 'MW'}`;
  }
  return formatNumber(value, lang, {
    style: 'currency',
    currency: unit,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
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
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (part) options.month = 'long';
  if (day) options.day = 'numeric';
  return formatter(Intl.DateTimeFormat, lang, options).format(utc);
}
