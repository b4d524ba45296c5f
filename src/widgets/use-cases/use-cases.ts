import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Dataset, Sector } from '../../data/types.js';
import { msg } from '../../shared/i18n.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { renderSources, sourceNames, sourcesOf } from '../../shared/parts.js';

/**
 * @summary Narrow models doing real work: each deployment as a card with its customer, model,
 * figures and sources.
 *
 * @attr filter - Sectors to show, separated by spaces or commas: `finance`, `voice`,
 * `industry`, `documents`, `research` (default: all).
 *
 * @csspart case - Each use case.
 */
export class SovUseCases extends SovElement {
  static override styles = [
    ...SovElement.styles,
    css`
      .cases {
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
      }
      .case {
        display: flex;
        flex-direction: column;
        gap: 0.35em;
      }
      .case p {
        margin: 0;
      }
      .figures {
        font-weight: 700;
        font-size: 0.875em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { filter: { reflect: true } };

  filter?: string;

  protected override renderContent(dataset: Dataset, lang: string) {
    const wanted = (this.filter ?? '').split(/[\s,]+/).filter(Boolean) as Sector[];
    const cases = Object.entries(dataset.useCases.items).filter(([, c]) => wanted.length === 0 || wanted.includes(c.sector));
    const sources = cases.flatMap(([, c]) => [
      ...sourcesOf(c, c.summary, dataset),
      ...Object.values(c.figures).flatMap((f) => sourcesOf(f, f.text, dataset)),
    ]);
    return html`<section class="card" part="base" aria-labelledby="title">
      <p class="title" id="title">${this.say(dataset.useCases.title, lang)}</p>
      <p class="lede">${this.say(dataset.useCases.summary, lang)}</p>
      ${cases.length
        ? html`<ul class="cases">
            ${cases.map(([id, c], i) => {
              const figures = Object.values(c.figures);
              return !this.piece(i)
                ? nothing
                : html`<li class="case" part="case" data-sector=${c.sector} data-item=${id}>
                <span class="meta"><span class="sector">${msg(lang, c.sector)}</span> · ${c.customer}</span>
                <h3>${this.say(c.title, lang)}</h3>
                ${c.model ? html`<span class="meta">${this.say(c.model, lang)}</span>` : ''}
                <p>${this.say(c.summary, lang)}</p>
                ${figures.length
                  ? html`<ul class="plain figures">
                      ${figures.map((f) => html`<li>${this.say(f.text, lang)}</li>`)}
                    </ul>`
                  : ''}
                <span class="meta">${sourceNames(c.sources, dataset, lang)}</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${msg(lang, 'noCases', { filter: this.filter ?? '' })}</p>`}
      ${this.piece(cases.length) ? renderSources(this, sources, dataset, lang) : nothing}
    </section>`;
  }
}

define('sov-use-cases', SovUseCases);

declare global {
  interface HTMLElementTagNameMap {
    'sov-use-cases': SovUseCases;
  }
}
