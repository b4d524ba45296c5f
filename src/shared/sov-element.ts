import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { datasetEvents, fetchDataset, resolveDataset, type DatasetProblem } from '../data/load.js';
import { evaluationDate } from '../data/derive.js';
import { own, referencedSources } from '../data/template.js';
import type { Dataset, DatasetOverride, Quote, Source, SourceId, Text } from '../data/types.js';
import { formatDate, formatList, warmIntl } from './format.js';
import { msg } from './i18n.js';
import { autoScheme, watchScheme } from './scheme.js';
import { baseStyles } from './styles.js';
import { say } from './text.js';
import { renderTurn } from './turns.js';

/** Fired when a widget cannot use its dataset; the widget shows an error box instead. */
export class SovErrorEvent extends Event {
  constructor(readonly detail: { message: string; path?: string; url?: string }) {
    super('sov-error', { bubbles: true, composed: true });
  }
}

export type Theme = 'auto' | 'light' | 'dark';

/** Defines `tag` unless it is defined already (a page may load the script twice). */
export const define = (tag: string, element: CustomElementConstructor) => customElements.get(tag) || customElements.define(tag, element);

/** `lang` of the element or its nearest ancestor, looking through shadow roots; else English. */
function languageOf(start: Element): string {
  for (let node: Node | null = start; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || 'en';
  }
  return 'en';
}

/** Only `https:` links are rendered; anything else (javascript:, data:, http:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What every widget shares: finding its dataset (`.data` > inline JSON > `src` > page
 * default > built-in), showing an error box instead of throwing, the theme, the language,
 * and the sources line. Subclasses implement `renderContent`.
 *
 * @attr lang - On the element or any ancestor: `en`, `fr` or `de` for the text, and any locale
 * for numbers, money and dates.
 *
 * @fires sov-error - The dataset could not be used; `detail` has `message`, `path?`, `url?`.
 * Bubbles and is composed.
 *
 * @attr as-of - The date, YYYY-MM-DD, at which milestones' statuses are told (default: today).
 *
 * @attr ready - Set by the widget once its content (or error box) is drawn, with that of every
 * widget inside it. A page reserves the widget's space until then with a `:not([ready])` rule.
 *
 * @csspart base - The card.
 * @csspart sources - The sources line.
 * @csspart error - The error box, shown instead of the card.
 *
 * @cssprop --sov-text - Text colour.
 * @cssprop --sov-muted - Secondary text colour.
 * @cssprop --sov-surface - Card background.
 * @cssprop --sov-subtle - Controls' and inner cards' background.
 * @cssprop --sov-border - Borders and gridlines.
 * @cssprop --sov-accent - Links and highlights.
 * @cssprop --sov-focus - Focus ring colour.
 * @cssprop --sov-error - The error box's colour.
 * @cssprop --sov-font-family - Font (inherits the page's by default).
 * @cssprop --sov-font-size - Base font size (default: the reader's default size, `medium`).
 * @cssprop --sov-radius - Corner radius.
 * @cssprop --sov-space - Padding.
 */
export abstract class SovElement extends LitElement {
  static override styles = [baseStyles];

  // Reactive properties without decorators, so the bundle needs no decorator helpers.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true },
    asOf: { attribute: 'as-of' },
    story: { state: true },
    problem: { state: true },
  };

  /** A dataset, or a partial one merged over the default. Takes precedence over everything. */
  data?: DatasetOverride;

  /** URL of a JSON dataset (partial allowed). Widgets naming the same URL share one request. */
  src?: string;

  /**
   * The evaluation date, YYYY-MM-DD, at which a milestone's status is computed wherever it is
   * mentioned (default, or anything else: today).
   */
  asOf?: string;

  /** `auto` follows the host page's dark-mode switch where it has one, else the reader's system. */
  theme: Theme = 'auto';

  /** The dataset in use, once resolved and valid. */
  protected story?: Dataset;
  protected problem?: DatasetProblem;

  /** How many of the content's pieces are drawn (see `piece`), how many it has, and whether the next is on its way. */
  private pieces = 1;
  private piecesWanted = 0;
  private pieceDue = false;
  private markDrawn!: () => void;
  /** Resolves when the widget is `ready`. */
  private readonly drawn = new Promise<void>((resolve) => (this.markDrawn = resolve));

  private loadToken = 0;
  private loadedUrl?: string;
  private needsLoad = true;
  private warned?: string;
  private inlineObserver?: MutationObserver;
  private readonly reload = () => {
    this.needsLoad = true;
    this.requestUpdate();
  };
  private unwatchScheme?: () => void;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    datasetEvents.addEventListener('change', this.reload);
    this.unwatchScheme = watchScheme(() => this.requestUpdate());
    // Inline JSON may be written or edited after the element upgrades (CMS previews).
    this.inlineObserver = new MutationObserver(this.reload);
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    datasetEvents.removeEventListener('change', this.reload);
    this.unwatchScheme?.();
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.loadToken++; // a request that answers after removal is ignored
    this.needsLoad = true;
    this.markDrawn(); // a widget holding this one does not wait for it any longer
  }

  /** The language: `lang` on the element or its nearest ancestor, across shadow roots. */
  protected get language(): string {
    return languageOf(this);
  }

  protected override willUpdate(changed: PropertyValues) {
    // The effective scheme, as an attribute the styles key on; charts re-read colours after it.
    const scheme = this.theme === 'dark' || this.theme === 'light' ? this.theme : autoScheme();
    if (this.dataset.scheme !== scheme) this.dataset.scheme = scheme;
    if (this.needsLoad || changed.has('data') || changed.has('src')) {
      this.needsLoad = false;
      this.load();
    }
  }

  /** A widget's first render waits for its turn (see `renderTurn`). */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) {
      await warmIntl(this.language, renderTurn);
      await renderTurn();
    }
    return super.scheduleUpdate();
  }

  /**
   * Whether piece `n` (from 0) of the content is drawn yet. A long widget marks its pieces
   * (pillars, cases, the explainer's sections) with this: its first render draws the first
   * piece and each render turn adds the next, so that neither building nor laying out the
   * widget is one long task. A piece waits until the widgets inside the pieces before it have
   * drawn (the explainer's sections), so that pieces only ever arrive below what is drawn and
   * nothing on screen moves. Once all are drawn, every later render draws all of them.
   */
  protected piece(n: number): boolean {
    this.piecesWanted = Math.max(this.piecesWanted, n + 1);
    return n < this.pieces;
  }

  /** Every widget drawn inside this one, once all of them are. */
  private innerDrawn() {
    const inner = [...this.renderRoot.querySelectorAll('*')].filter((e): e is SovElement => e instanceof SovElement);
    return Promise.all(inner.map((e) => e.drawn));
  }

  protected override updated(changed: PropertyValues) {
    const partial = !!this.story && this.pieces < this.piecesWanted;
    if (partial && !this.pieceDue) {
      this.pieceDue = true;
      this.innerDrawn()
        .then(renderTurn)
        .then(() => {
          this.pieceDue = false;
          this.pieces++;
          this.requestUpdate();
        });
    } else if (this.story && !partial) this.pieces = Infinity;
    // `ready` once the content or the error box is drawn, with that of every widget inside:
    // a host page's space reservation (`:not([ready])`) ends then.
    if (!this.hasAttribute('ready') && (this.story || this.problem) && !partial) {
      this.innerDrawn().then(() => {
        this.toggleAttribute('ready', true);
        this.markDrawn();
      });
    }
    const previous = changed.get('problem') as DatasetProblem | undefined;
    if (changed.has('problem') && this.problem && this.problem.message !== previous?.message) this.report(this.problem);
  }

  private load() {
    const token = ++this.loadToken;
    if (!this.src) this.loadedUrl = undefined;
    const settle = (result: ReturnType<typeof resolveDataset>) => {
      if (token !== this.loadToken) return;
      this.story = result.ok ? result.dataset : undefined;
      this.problem = result.ok ? undefined : result.problem;
    };
    if (this.data !== undefined) return settle(resolveDataset(this.data));

    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(script.textContent ?? '');
      } catch (error) {
        return settle({
          ok: false,
          problem: { message: `The inline JSON dataset is not valid JSON: ${(error as Error).message}` },
        });
      }
      return settle(resolveDataset(parsed, { inline: true }));
    }

    if (this.src) {
      let url: string;
      try {
        url = new URL(this.src, document.baseURI).href;
      } catch {
        return settle({ ok: false, problem: { message: msg(this.language, 'badUrl', { url: this.src }), url: this.src } });
      }
      // Show "loading" only for a new URL; a reload of the same one keeps what is shown.
      if (url !== this.loadedUrl) {
        this.story = undefined;
        this.problem = undefined;
      }
      this.loadedUrl = url;
      fetchDataset(url).then(
        (json) => settle(resolveDataset(json, { url })),
        (error: Error) => settle({ ok: false, problem: { message: error.message, url } }),
      );
      return;
    }
    settle(resolveDataset());
  }

  private report(problem: DatasetProblem) {
    const { message, path, url } = problem;
    this.dispatchEvent(
      new SovErrorEvent({ message, ...(path !== undefined ? { path } : {}), ...(url ? { url } : {}) }),
    );
    if (this.warned !== message) {
      this.warned = message;
      console.warn(`<${this.localName}>: ${message}`);
    }
  }

  protected override render() {
    const lang = this.language;
    this.piecesWanted = 0;
    if (this.problem) return this.renderError(this.problem, lang);
    if (!this.story) {
      return html`<div class="card loading" part="base" aria-busy="true">${msg(lang, 'loading')}</div>`;
    }
    return this.renderContent(this.story, lang);
  }

  protected abstract renderContent(dataset: Dataset, lang: string): TemplateResult;

  /** The message names the path or the URL, and the reason (see load.ts). */
  private renderError(problem: DatasetProblem, lang: string) {
    return html`<div class="error" part="base error" role="alert">
      <strong>${msg(lang, 'errorTitle')}</strong>
      <p>${problem.message}</p>
    </div>`;
  }

  /** Dataset prose in `lang` with its facts and milestones filled in (see text.ts). */
  protected say(text: Text, lang: string): string {
    return say(text, this.story!, lang, evaluationDate(this.asOf));
  }

  /** The source ids of an item, with those of the facts and milestones its text refers to. */
  protected sourcesOf(item: { sources: SourceId[] }, text: Text, dataset: Dataset): SourceId[] {
    return [...new Set([...item.sources, ...referencedSources(text, dataset)])];
  }

  /** The publishers of the given sources, for a point's short attribution. */
  protected sourceNames(ids: SourceId[], dataset: Dataset, lang: string): string {
    const names = [...new Set(ids.map((id) => own(dataset.sources, id)?.publisher).filter((p) => p !== undefined))];
    return formatList(names, lang);
  }

  /** A quote as a quote: the words, then who said them and where. */
  protected renderQuote(quote: Quote, lang: string) {
    return html`<figure class="quote" part="quote">
      <blockquote><p>“${this.say(quote.text, lang)}”</p></blockquote>
      <figcaption>— ${this.say(quote.speaker, lang)}${quote.role ? html`, ${this.say(quote.role, lang)}` : nothing}</figcaption>
    </figure>`;
  }

  /**
   * The compact sources line ("Sources: Anthropic, 28 May 2026; …") that opens to the full
   * list with titles and links.
   */
  protected renderSources(ids: SourceId[], dataset: Dataset, lang: string) {
    const sources = [...new Set(ids)]
      .map((id) => own(dataset.sources, id))
      .filter((s) => s !== undefined);
    if (!sources.length) return nothing;
    const short = sources.map((s) => `${s.publisher}, ${formatDate(s.date, lang)}`).join('; ');
    return html`<details class="sources" part="sources">
      <summary>${msg(lang, sources.length > 1 ? 'sources' : 'source')}: ${short}</summary>
      ${this.renderSourceList(sources, lang)}
    </details>`;
  }

  /** Sources in full: publisher, title (a link only for https: URLs, opened safely), date. */
  protected renderSourceList(sources: Source[], lang: string) {
    return html`<ul>
      ${sources.map((s) => {
        const url = safeUrl(s.url);
        const title = this.say(s.title, lang);
        return html`<li>
          ${s.publisher},
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${title}</a>` : html`<cite>${title}</cite>`},
          ${formatDate(s.date, lang)}
        </li>`;
      })}
    </ul>`;
  }
}
