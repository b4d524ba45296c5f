import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Dataset, Point } from '../../data/types.js';
import { msg } from '../../shared/i18n.js';
import { icon } from '../../shared/icons.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { renderQuote, renderSources, sourceNames, sourcesOf } from '../../shared/parts.js';

type Side = 'bull' | 'bear';
const SIDES: Side[] = ['bull', 'bear'];
const ICON = { bull: 'up', bear: 'down' } as const;

/**
 * @summary The optimistic and the skeptical reading of the same facts, each point with its
 * source, and the shared mood as a quote. Side by side where the container has room, one
 * above the other where it has not (a CSS grid: the markup is the same at every width, so a
 * pre-rendered widget does not change when its script arrives).
 *
 * @attr side - `both` (default), `bull` or `bear`: which reading shows alone.
 *
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
        border-top: 4px solid var(--_c);
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
    `,
  ];

  static override properties: PropertyDeclarations = { side: { reflect: true } };

  side: 'both' | Side = 'both';
  /** `bull` or `bear`, or undefined for both (and for any other value). */
  private get only(): Side | undefined {
    return SIDES.find((s) => s === this.side);
  }

  private renderPoints(points: Record<string, Point>, dataset: Dataset, lang: string) {
    return html`<ul class="plain">
      ${Object.entries(points).map(
        ([id, p]) =>
          html`<li data-item=${id}>${this.say(p.text, lang)} <span class="src">(${sourceNames(sourcesOf(p, p.text, dataset), dataset, lang)})</span></li>`,
      )}
    </ul>`;
  }

  protected override renderContent(dataset: Dataset, lang: string) {
    const { bullBear } = dataset;
    const shown = this.only ? [this.only] : SIDES;
    const sources = [...shown.flatMap((s) => Object.values(bullBear[s]).flatMap((p) => sourcesOf(p, p.text, dataset))), ...bullBear.mood.sources];
    return html`<section class="card" part="base" aria-labelledby="title">
      <p class="title" id="title">${this.say(bullBear.title, lang)}</p>
      <div class="readings">
        ${shown.map((s, i) =>
          !this.piece(i)
            ? nothing
            : html`<section class="reading ${s}" part="reading" aria-labelledby="head-${s}">
                <h3 id="head-${s}">${icon(ICON[s])}${msg(lang, s)}</h3>
                ${this.renderPoints(bullBear[s], dataset, lang)}
              </section>`,
        )}
      </div>
      ${this.piece(shown.length) ? [renderQuote(this, bullBear.mood, lang), renderSources(this, sources, dataset, lang)] : nothing}
    </section>`;
  }
}

define('sov-bull-bear', SovBullBear);

declare global {
  interface HTMLElementTagNameMap {
    'sov-bull-bear': SovBullBear;
  }
}
