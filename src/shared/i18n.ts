import { own } from '../data/template.js';
import type { Text } from '../data/types.js';
import { LANGS, messages } from './locales/messages.js';

export type MessageKey = keyof typeof messages;

const baseLang = (lang: string) => lang.toLowerCase().split('-')[0];

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function msg(lang: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  // A language with no strings (index -1) falls back to English.
  const row: readonly string[] = messages[key];
  return (row[LANGS.indexOf(baseLang(lang) as 'en')] ?? row[0]).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A label used inside a sentence: its first letter lower-cased ("Cost per token" → "cost per
 * token"), except in German, where nouns keep their capital, and for acronyms ("GPU hours").
 */
export const inSentence = (text: string, lang: string) =>
  baseLang(lang) !== 'de' && /^\p{Lu}\p{Ll}/u.test(text) ? lowerFirst(text) : text;

/** A text with its first letter in lower case. */
export const lowerFirst = (text: string) => text[0].toLowerCase() + text.slice(1);

/** Dataset prose in `lang`: the exact language, then its base language, then English. */
export function tr(text: Text, lang: string): string {
  // Own keys only: a `lang` such as "toString" must not find Object.prototype's members.
  return typeof text === 'string' ? text : own(text, lang) ?? own(text, baseLang(lang)) ?? text.en;
}
