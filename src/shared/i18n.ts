import { own } from '../data/template.js';
import type { Text } from '../data/types.js';
import { de } from './locales/de.js';
import { en, type MessageKey, type Messages } from './locales/en.js';

export type { MessageKey };
import { fr } from './locales/fr.js';

/**
 * UI strings by language. Adding a language is adding one file in `locales/` that exports
 * a `Messages` object (TypeScript checks every key is there) and naming it here; a language
 * with no file falls back to English.
 */
const catalogues: Record<string, Messages> = { en, fr, de };

const baseLang = (lang: string) => lang.toLowerCase().split('-')[0];

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function msg(lang: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  return (own(catalogues, baseLang(lang)) ?? en)[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A label used inside a sentence: its first letter lower-cased ("Cost per token" → "cost per
 * token"), except in German, where nouns keep their capital, and for acronyms ("GPU hours").
 */
export const inSentence = (text: string, lang: string) =>
  baseLang(lang) !== 'de' && /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;

/** Dataset prose in `lang`: the exact language, then its base language, then English. */
export function tr(text: Text, lang: string): string {
  // Own keys only: a `lang` such as "toString" must not find Object.prototype's members.
  return typeof text === 'string' ? text : own(text, lang) ?? own(text, baseLang(lang)) ?? text.en;
}
