import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { msg } from '../../shared/i18n.js';
import { define, SovElement } from '../../shared/sov-element.js';
import type { Figure } from '../../shared/actions.js';
import { renderSourceList } from '../../shared/parts.js';
import '../bull-bear/bull-bear.js';
import '../compute-gap/compute-gap.js';
import '../metric-toggle/metric-toggle.js';
import '../milestones/milestones.js';
import '../stack-card/stack-card.js';
import '../use-cases/use-cases.js';

/** The article's order. */
export const SECTIONS = [
  'question',
  'stack',
  'metrics',
  'use-cases',
  'compute-gap',
  'bull-bear',
  'milestones',
  'sources',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The sections a `sections` attribute names, in its order; all of them when it names none. */
export function sectionsFor(attribute: string | null | undefined): Section[] {
  if (!attribute?.trim()) return [...SECTIONS];
  const names = attribute.split(/[\s,]+/).filter((s): s is Section => SECTIONS.includes(s as Section));
  return [...new Set(names)];
}

/**
 * @summary The whole piece in one tag: the question, the four pillars, the metric toggle, the
 * use cases, the compute gap, the two readings, the milestones and the sources. It loads the
 * dataset once and hands it to every widget it holds.
 *
 * @attr sections - Which sections, in which order, separated by spaces or commas: `question`,
 * `stack`, `metrics`, `use-cases`, `compute-gap`, `bull-bear`, `milestones`, `sources`
 * (default: all, in that order).
 * @attr as-of - The evaluation date, YYYY-MM-DD, passed to every section, so that a milestone's
 * status reads the same in each (default: today).
 * @attr src - URL of a JSON dataset, partial allowed. Requested once for all sections.
 * @attr theme - `auto` (default), `light` or `dark`; passed to every section.
 *
 * @fires sov-error - The dataset could not be used; `detail` has `message`, `path?`, `url?`.
 *
 * @csspart base - The whole piece.
 * @csspart question - The opening question.
 * @csspart sources - The full list of sources.
 * @csspart error - The error box, shown instead of the piece.
 *
 * @cssprop --sov-subject - Mistral's colour, in the compute gap.
 * @cssprop --sov-rival - The rival's colour, in the compute gap.
 * @cssprop --sov-small - The small model's colour, in the metric toggle.
 * @cssprop --sov-large - The large model's colour, in the metric toggle.
 * @cssprop --sov-bull - The optimistic reading, and done milestones.
 * @cssprop --sov-bear - The skeptical reading, and due but unconfirmed milestones.
 */
export class SovExplainer extends SovElement {
  static override styles = [
    ...SovElement.styles,
    css`
      /* Block flow in a formatting context of its own (see .card), not a grid: adding a
         section then lays out only that section. */
      .piece {
        display: flow-root;
      }
      .piece > * + * {
        margin-top: calc(var(--_space) * 1.5);
      }

      .question h2 {
        margin: 0.1em 0 0.3em;
        font-size: 1.5em;
        line-height: 1.2;
      }
      .question p {
        margin: 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { sections: {} };

  sections?: string;

  /** @internal The figures of every section, each once. */
  override figures(dataset: Dataset, lang: string) {
    const rows = new Map<string, Figure>();
    for (const el of this.renderRoot.querySelectorAll<SovElement>('.piece>[ready]'))
      for (const row of el.figures(dataset, lang)) rows.set(JSON.stringify(row), row);
    return [...rows.values()];
  }

  protected override renderContent(dataset: Dataset, lang: string) {
    const sections = sectionsFor(this.sections);
    if (!sections.length) return html`<p class="muted">${msg(lang, 'unknownSections', { sections: this.sections ?? '' })}</p>`;
    // Every section gets the resolved dataset as `.data`, so none requests anything itself.
    const asOf = this.asOf ?? '';
    const render: Record<Section, () => TemplateResult> = {
      question: () => html`<header class="card question" part="question">
        <span class="kicker">${this.say(dataset.meta.title, lang)}</span>
        <h2>${this.say(dataset.meta.question, lang)}</h2>
        <p>${this.say(dataset.meta.summary, lang)}</p>
      </header>`,
      // The evaluation date goes to every section: prose anywhere may tell a milestone's status.
      stack: () => html`<sov-stack-card .data=${dataset} actions=${this.actions ?? ''} theme=${this.theme} lang=${lang} as-of=${asOf}></sov-stack-card>`,
      metrics: () => html`<sov-metric-toggle .data=${dataset} actions=${this.actions ?? ''} theme=${this.theme} lang=${lang} as-of=${asOf}></sov-metric-toggle>`,
      'use-cases': () => html`<sov-use-cases .data=${dataset} actions=${this.actions ?? ''} theme=${this.theme} lang=${lang} as-of=${asOf}></sov-use-cases>`,
      'compute-gap': () => html`<sov-compute-gap .data=${dataset} actions=${this.actions ?? ''} theme=${this.theme} lang=${lang} as-of=${asOf}></sov-compute-gap>`,
      'bull-bear': () => html`<sov-bull-bear .data=${dataset} actions=${this.actions ?? ''} theme=${this.theme} lang=${lang} as-of=${asOf}></sov-bull-bear>`,
      milestones: () => html`<sov-milestones .data=${dataset} actions=${this.actions ?? ''} theme=${this.theme} lang=${lang} as-of=${asOf}></sov-milestones>`,
      sources: () => html`<section class="card all-sources" part="sources" aria-labelledby="all-sources">
        <h3 id="all-sources">${msg(lang, 'allSources')}</h3>
        ${renderSourceList(this, Object.values(dataset.sources), lang)}
      </section>`,
    };
    // One section more each render turn (see `piece`).
    return html`<article class="piece" part="base">${sections.map((s, i) => (this.piece(i) ? render[s]() : nothing))}</article>`;
  }
}

define('sov-explainer', SovExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'sov-explainer': SovExplainer;
  }
}
