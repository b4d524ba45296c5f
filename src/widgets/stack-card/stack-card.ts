import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Dataset, PillarId } from '../../data/types.js';
import { formatNumber } from '../../shared/format.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { renderQuote, renderSources, sourcesOf } from '../../shared/parts.js';

/**
 * @summary The four pillars of the full-stack pitch (compute, models, platform,
 * consultancy), each with its items and figures, and the chief executive's "own the full
 * stack" quote as the caption. Four columns on a wide container, stacked on a narrow one.
 *
 * Its items refer to facts and milestones by id, so a figure or a milestone's status (at
 * `as-of`) reads here as it does in every other widget.
 *
 * @attr highlight - `compute`, `models`, `platform` or `consultancy`: emphasises one pillar.
 *
 * @csspart pillar - Each pillar.
 * @csspart quote - The quote.
 *
 * @cssprop --sov-accent - The highlighted pillar's border, and the quote's rule.
 */
export class SovStackCard extends SovElement {
  static override styles = [
    ...SovElement.styles,
    css`
      .pillars {
        grid-template-columns: minmax(0, 1fr);
      }
      /* The card's inner width: a widget 34em and 52em wide, less the card's 1em padding each side. */
      @container (min-width: 32em) {
        .pillars {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      @container (min-width: 50em) {
        .pillars {
          grid-template-columns: repeat(4, minmax(0, 1fr));
        }
      }
      .pillar {
        border-top-width: 4px;
      }
      .pillar.highlight {
        border-color: var(--_accent);
        border-width: 2px 2px 4px;
        border-top-width: 6px;
        background: var(--_surface);
      }
      .pillar ul {
        margin-top: 0.4em;
      }
      .marker {
        display: block;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { highlight: { reflect: true } };

  highlight?: PillarId;

  protected override renderContent(dataset: Dataset, lang: string) {
    const { stack } = dataset;
    const pillars = Object.entries(stack.pillars);
    const sources = [
      ...pillars.flatMap(([, p]) => Object.values(p.items).flatMap((i) => sourcesOf(i, i.text, dataset))),
      ...stack.quote.sources,
    ];
    return html`<section class="card" part="base" aria-labelledby="title">
      <p class="title" id="title">${this.say(stack.title, lang)}</p>
      <ol class="pillars">
        ${pillars.map(([id, pillar], i) => {
          if (!this.piece(i)) return nothing;
          const on = id === this.highlight;
          return html`<li class="pillar ${on ? 'highlight' : ''}" part="pillar">
            <h3><span class="marker">${formatNumber(i + 1, lang)}</span>${this.say(pillar.title, lang)}</h3>
            <ul class="plain">
              ${Object.entries(pillar.items).map(([key, item]) => html`<li data-item=${key}>${this.say(item.text, lang)}</li>`)}
            </ul>
          </li>`;
        })}
      </ol>
      ${this.piece(pillars.length) ? renderQuote(this, stack.quote, lang) : nothing}
      ${this.piece(pillars.length + 1) ? renderSources(this, sources, dataset, lang) : nothing}
    </section>`;
  }
}

define('sov-stack-card', SovStackCard);

declare global {
  interface HTMLElementTagNameMap {
    'sov-stack-card': SovStackCard;
  }
}
