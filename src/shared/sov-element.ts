import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { evaluationDate } from '../data/derive.js';
import type { Dataset, DatasetOverride, Text } from '../data/types.js';
import { Actions, actionsStyles, type Figure } from './actions.js';
import { DatasetController } from './controllers/dataset.js';
import { DrawnController } from './controllers/drawn.js';
import { ServedController } from './controllers/served.js';
import { LocaleController } from './controllers/locale.js';
import { ThemeController, type Theme } from './controllers/theme.js';
import { warmIntl } from './format.js';
import { msg } from './i18n.js';
import { baseStyles } from './styles.js';
import { say } from './text.js';
import { renderTurn } from './turns.js';

export { SovErrorEvent } from './controllers/dataset.js';
export type { Theme };

/** Defines `tag` unless it is defined already (a page may load the script twice). */
export const define = (tag: string, element: CustomElementConstructor) => customElements.get(tag) || customElements.define(tag, element);

/**
 * What every widget shares: its dataset, language and theme (each a reactive controller in
 * ./controllers/), drawing in pieces, an error box instead of throwing, and the sources line.
 * Subclasses implement `renderContent`. Nothing here touches the DOM at import, in the
 * constructor or in `render()`: the controllers read it when the widget is connected and
 * before each update.
 *
 * @attr lang - On the element or any ancestor: `en`, `fr` or `de` for the text, and any locale
 * for numbers, money and dates.
 *
 * @fires sov-error - The dataset could not be used; `detail` has `message`, `path?`, `url?`.
 * Bubbles and is composed.
 *
 * @attr as-of - The date, YYYY-MM-DD, at which milestones' statuses are told (default: today).
 *
 * @attr actions - `none` hides the actions menu (download the image, download the data as CSV,
 * copy the embed code); shown by default.
 *
 * @attr ready - Set by the widget once its content (or error box) is drawn, with that of every
 * widget inside it. A page reserves the widget's space until then with a `:not([ready])` rule.
 *
 * @csspart base - The card.
 * @csspart sources - The sources line.
 * @csspart actions - The actions menu: its button and panel.
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
  static override styles = [baseStyles, actionsStyles];

  // Reactive properties without decorators, so the bundle needs no decorator helpers.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true },
    asOf: { attribute: 'as-of' },
    actions: {},
  };

  /** A dataset, or a partial one merged over the default. Takes precedence over everything. */
  data?: DatasetOverride;

  /** URL of a JSON dataset (partial allowed). Widgets naming the same URL share one request. */
  src?: string;

  /** The date, YYYY-MM-DD, at which milestones' statuses are told (default, or anything else: today). */
  asOf?: string;

  /** `none` hides the actions menu. */
  actions?: string;

  /** `auto` follows the host page's dark-mode switch where it has one, else the reader's system. */
  theme: Theme = 'auto';

  // The server's render (src/ssr/ssr.ts) resolves this and `source` as their hostUpdate would.
  private readonly locale = new LocaleController(this);
  protected readonly source = new DatasetController(this, () => this.locale.lang);
  private readonly drawing = new DrawnController(this, () => (this.source.problem ? 'error' : this.source.story && 'content'));
  protected readonly scheme = new ThemeController(this);
  private readonly served = new ServedController(this, () => !!(this.source.story || this.source.problem));
  private readonly menu = new Actions(this);

  /** The dataset in use, once resolved and valid. */
  protected get story(): Dataset | undefined {
    return this.source.story;
  }

  /** The language: `lang` on the element or its nearest ancestor, across shadow roots. */
  protected get language(): string {
    return this.locale.lang;
  }

  /** A widget's first render waits for its language's formatters and for its turn (see `renderTurn`). */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated && !this.served.atOnce) {
      await warmIntl(this.locale.resolve(), renderTurn);
      await renderTurn();
    }
    return super.scheduleUpdate();
  }

  /** Whether piece `n` (from 0) of the content is drawn yet (see DrawnController). */
  protected piece(n: number): boolean {
    return this.served.atOnce || this.drawing.piece(n);
  }

  override connectedCallback() {
    // One pre-rendered inside another (`defer-hydration`, from Lit SSR) is left as it is: the
    // outer one replaces it.
    if (!this.hasAttribute('defer-hydration')) super.connectedCallback();
  }

  protected override render() {
    const lang = this.language;
    const { problem, story } = this.source;
    if (problem)
      // The message names the path or the URL, and the reason (see load.ts).
      return html`<div class="error" part="base error" role="alert">
        <strong>${msg(lang, 'errorTitle')}</strong>
        <p>${problem.message}</p>
      </div>`;
    // A pre-rendered widget keeps its server content while its dataset loads.
    if (!story) return this.served.shown ? nothing : html`<div class="card loading" part="base" aria-busy="true">${msg(lang, 'loading')}</div>`;
    // The content first: the menu lists the figures it tells (see `say`).
    this.menu.told.clear();
    const content = this.renderContent(story, lang);
    return html`${this.menu.render(story, lang)}${content}`;
  }

  /** @internal The figures the widget shows, as rows of its CSV: by default, each fact it told. */
  figures(dataset: Dataset, lang: string): Figure[] {
    return this.menu.figures(dataset, lang);
  }

  /** @internal What a download's file name adds to the tag's name (`compute-gap-capital.en.png`). */
  get variant() {
    return '';
  }

  protected abstract renderContent(dataset: Dataset, lang: string): TemplateResult;

  /** @internal Dataset prose in `lang` with its facts and milestones filled in (see text.ts). */
  say(text: Text, lang: string): string {
    const dataset = this.story!;
    return this.menu.tell(text, say(text, dataset, lang, evaluationDate(this.asOf)), dataset);
  }
}
