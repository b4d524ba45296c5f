import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Dataset, Point } from '../../data/types.js';
import { ContainerWidth } from '../../shared/container-width.js';
import { msg } from '../../shared/i18n.js';
import { icon } from '../../shared/icons.js';
import { define, SovElement } from '../../shared/sov-element.js';

type Side = 'bull' | 'bear';
const SIDES: Side[] = ['bull', 'bear'];
const ICON = { bull: 'up', bear: 'down' } as const;

/**
 * @summary The optimistic and the skeptical reading of the same facts, each point with its
 * source, and the shared mood as a quote. Side by side on a wide container; two tabs (WAI-ARIA
 * tabs pattern) on a narrow one.
 *
 * @attr side - `both` (default), `bull` or `bear`: which reading shows alone on a wide
 * container, and first on a narrow one.
 *
 * @csspart tabs - The tab list (narrow containers only).
 * @csspart reading - Each reading.
 * @csspart quote - The mood quote.
 *
 * @cssprop --sov-bull - The optimistic reading's colour (an upward triangle marks it too).
 * @cssprop --sov-bear - The skeptical reading's colour (a downward triangle marks it too).
 */
export class SovBullBear extends SovElement {
  static override styles = [
    ...SovElement.styles,
    css`
      .readings {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
        gap: 1em;
      }
      .reading {
        padding: 0.75em;
        border: 1px solid var(--_border);
        border-top: 4px solid var(--_c);
        border-radius: calc(var(--_radius) * 0.6);
      }
      .bull {
        --_c: var(--_bull);
      }
      .bear {
        --_c: var(--_bear);
      }
      .icon {
        color: var(--_c);
        margin-inline-end: 0.35em;
      }
      .reading h3 {
        margin-bottom: 0.5em;
      }
      .src {
        color: var(--_muted);
        font-size: 0.875em;
      }
      [role='tablist'] {
        display: flex;
        gap: 0.25em;
        border-bottom: 1px solid var(--_border);
        margin-bottom: 0.75em;
      }
      [role='tab'] {
        flex: 1;
        padding: 0.5em 0.6em;
        border: 0;
        border-bottom: 3px solid transparent;
        background: none;
        color: var(--_muted);
        font: inherit;
        font-weight: 700;
        cursor: pointer;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--_c);
        color: var(--_text);
      }
      [role='tabpanel'] {
        border-top-width: 1px;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { side: { reflect: true }, selected: { state: true } };

  side: 'both' | Side = 'both';
  private selected?: Side;
  private readonly width = new ContainerWidth(this, 560);

  /** `bull` or `bear`, or undefined for both (and for any other value). */
  private get only(): Side | undefined {
    return SIDES.find((s) => s === this.side);
  }

  private get current(): Side {
    return this.selected ?? this.only ?? 'bull';
  }

  private select(side: Side, focus = false) {
    this.selected = side;
    if (focus) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${side}`)?.focus());
  }

  private onKey(event: KeyboardEvent) {
    const index = SIDES.indexOf(this.current);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: SIDES.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(SIDES[(next + SIDES.length) % SIDES.length], true);
  }

  private renderPoints(points: Record<string, Point>, dataset: Dataset, lang: string) {
    return html`<ul class="plain">
      ${Object.entries(points).map(
        ([id, p]) =>
          html`<li data-item=${id}>${this.say(p.text, lang)} <span class="src">(${this.sourceNames(this.sourcesOf(p, p.text, dataset), dataset, lang)})</span></li>`,
      )}
    </ul>`;
  }

  protected override renderContent(dataset: Dataset, lang: string) {
    const { bullBear } = dataset;
    const tabs = this.width.narrow;
    const only = this.only;
    const shown = tabs || !only ? SIDES : [only];
    const sources = [...shown.flatMap((s) => Object.values(bullBear[s]).flatMap((p) => this.sourcesOf(p, p.text, dataset))), ...bullBear.mood.sources];
    return html`<section class="card" part="base" aria-labelledby="title">
      <p class="title" id="title">${this.say(bullBear.title, lang)}</p>
      ${tabs
        ? html`<div role="tablist" aria-label=${msg(lang, 'readings')} part="tabs" @keydown=${this.onKey}>
            ${SIDES.map(
              (s) => html`<button
                role="tab"
                class=${s}
                id="tab-${s}"
                aria-selected=${s === this.current ? 'true' : 'false'}
                aria-controls="panel-${s}"
                tabindex=${s === this.current ? 0 : -1}
                @click=${() => this.select(s)}
              >
                ${icon(ICON[s])}${msg(lang, s)}
              </button>`,
            )}
          </div>`
        : nothing}
      <div class="readings">
        ${shown.map((s, i) =>
          !this.piece(i)
            ? nothing
            : tabs
            ? html`<div
                class="reading ${s}"
                part="reading"
                role="tabpanel"
                id="panel-${s}"
                aria-labelledby="tab-${s}"
                tabindex="0"
                ?hidden=${s !== this.current}
              >
                ${this.renderPoints(bullBear[s], dataset, lang)}
              </div>`
            : html`<section class="reading ${s}" part="reading" aria-labelledby="head-${s}">
                <h3 id="head-${s}">${icon(ICON[s])}${msg(lang, s)}</h3>
                ${this.renderPoints(bullBear[s], dataset, lang)}
              </section>`,
        )}
      </div>
      ${this.piece(shown.length) ? [this.renderQuote(bullBear.mood, lang), this.renderSources(sources, dataset, lang)] : nothing}
    </section>`;
  }
}

define('sov-bull-bear', SovBullBear);

declare global {
  interface HTMLElementTagNameMap {
    'sov-bull-bear': SovBullBear;
  }
}
