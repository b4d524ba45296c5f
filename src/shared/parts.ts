/**
 * Markup every widget shares: a quote, the sources line and a full source list. Functions of
 * the widget (for its `say`), the dataset and the language, so that the base element stays small.
 */
import { html, nothing } from 'lit';
import { own, referencedSources } from '../data/template.js';
import type { Dataset, Quote, Source, SourceId, Text } from '../data/types.js';
import { formatDate, formatList } from './format.js';
import { msg } from './i18n.js';

/** What the parts need of a widget: its prose in a language, facts filled in. */
export interface Teller {
  say(text: Text, lang: string): string;
}

/** Only `https:` links are rendered; anything else (javascript:, data:, http:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url!);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The source ids of an item, with those of the facts and milestones its text refers to. */
export const sourcesOf = (item: { sources: SourceId[] }, text: Text, dataset: Dataset): SourceId[] => [
  ...new Set([...item.sources, ...referencedSources(text, dataset)]),
];

/** The publishers of the given sources, for a point's short attribution. */
export const sourceNames = (ids: SourceId[], dataset: Dataset, lang: string): string =>
  formatList([...new Set(ids.map((id) => own(dataset.sources, id)?.publisher).filter((p) => p !== undefined))], lang);

/** A quote as a quote: the words, then who said them and where. */
export const renderQuote = (el: Teller, quote: Quote, lang: string) =>
  html`<figure class="quote" part="quote">
    <blockquote><p>“${el.say(quote.text, lang)}”</p></blockquote>
    <figcaption>— ${el.say(quote.speaker, lang)}${quote.role ? html`, ${el.say(quote.role, lang)}` : nothing}</figcaption>
  </figure>`;

/** The compact sources line ("Sources: Anthropic, 28 May 2026; …") that opens to the full list. */
export function renderSources(el: Teller, ids: SourceId[], dataset: Dataset, lang: string) {
  const sources = [...new Set(ids)].map((id) => own(dataset.sources, id)).filter((s) => s !== undefined);
  if (!sources.length) return nothing;
  const short = sources.map((s) => `${s.publisher}, ${formatDate(s.date, lang)}`).join('; ');
  return html`<details class="sources" part="sources">
    <summary>${msg(lang, sources.length > 1 ? 'sources' : 'source')}: ${short}</summary>
    ${renderSourceList(el, sources, lang)}
  </details>`;
}

/** Sources in full: publisher, title (a link only for https: URLs, opened safely), date. */
export const renderSourceList = (el: Teller, sources: Source[], lang: string) =>
  html`<ul>
    ${sources.map((s) => {
      const url = safeUrl(s.url);
      const title = el.say(s.title, lang);
      return html`<li>
        ${s.publisher},
        ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${title}</a>` : html`<cite>${title}</cite>`},
        ${formatDate(s.date, lang)}
      </li>`;
    })}
  </ul>`;
