import { css, html, nothing } from 'lit';
import type { Dataset } from '../../data/types.js';
import { formatDate } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { icon, type IconName } from '../../shared/icons.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { renderSources, sourcesOf } from '../../shared/parts.js';
import { evaluationDate, statusLabel, statusOf, type Status } from '../../data/derive.js';

/** A shape for each status, so status never rests on colour alone. */
const ICON: Record<Status, IconName> = {
  done: 'check',
  'under-way': 'half',
  upcoming: 'ring',
  target: 'target',
  'due-unconfirmed': 'alert',
};

/**
 * @summary The dated milestones as a timeline, each with a status computed from its date,
 * its recorded state and the evaluation date: done, under way, upcoming, target, or due but
 * unconfirmed. Dates keep the precision the sources give ("Q3 2026"). Ends with what to watch.
 *
 * @csspart milestone - Each milestone.
 * @csspart status - Each status label.
 * @csspart watch - The what-to-watch list.
 *
 * @cssprop --sov-bull - Done and operating milestones (their check mark marks them too).
 * @cssprop --sov-bear - Due but unconfirmed milestones (their exclamation mark marks them too).
 */
export class SovMilestones extends SovElement {
  static override styles = [
    ...SovElement.styles,
    css`
      ol {
        margin: 0.5em 0 0;
        padding: 0;
        list-style: none;
      }
      .milestone {
        display: grid;
        grid-template-columns: 1.75em minmax(0, 1fr);
        column-gap: 0.6em;
        padding-bottom: 0.9em;
        position: relative;
      }
      .milestone::before {
        content: '';
        position: absolute;
        inset-inline-start: calc(0.875em - 1px);
        top: 1.75em;
        bottom: 0;
        border-inline-start: 2px solid var(--_border);
      }
      .milestone:last-child::before {
        display: none;
      }
      .dot {
        display: grid;
        place-items: center;
        width: 1.75em;
        height: 1.75em;
        /* The border takes the colour (currentColor). */
        border: 2px solid;
        border-radius: 50%;
        background: var(--_surface);
        color: var(--_c, var(--_muted));
      }
      .when {
        font-variant-numeric: tabular-nums;
      }
      .status {
        display: inline-block;
        margin-inline-start: 0.4em;
        padding: 0 0.45em;
        border: 1px solid var(--_c, var(--_border));
        border-radius: 999px;
        color: var(--_text);
        font-weight: 700;
        white-space: nowrap;
      }
      .done {
        --_c: var(--_bull);
      }
      .due-unconfirmed {
        --_c: var(--_bear);
      }
      .due-unconfirmed .status {
        border-style: dashed;
      }
      .target,
      .under-way {
        --_c: var(--_accent);
      }
      .watch {
        margin-top: 0.75em;
        padding-top: 0.75em;
        border-top: 1px solid var(--_border);
      }
    `,
  ];

  protected override renderContent(dataset: Dataset, lang: string) {
    const { milestones, parties } = dataset;
    const asOf = evaluationDate(this.asOf);
    const items = Object.entries(milestones.items);
    const watch = Object.values(milestones.watch);
    const sources = [
      ...items.flatMap(([, m]) => sourcesOf(m, m.label, dataset)),
      ...watch.flatMap((w) => sourcesOf(w, w.text, dataset)),
    ];
    // Four milestones a turn, then the list of what to watch and the sources.
    const turn = (i: number) => this.piece(Math.floor(i / 4));
    return html`<section class="card" part="base" aria-labelledby="title">
      <p class="title" id="title">${this.say(milestones.title, lang)}</p>
      <p class="lede">${msg(lang, 'statusAsOf', { date: formatDate(asOf, lang) })}</p>
      <ol>
        ${items.map(([id, m], i) => {
          if (!turn(i)) return nothing;
          const status = statusOf(m, asOf);
          const label = msg(lang, statusLabel(m, status));
          return html`<li class="milestone ${status}" part="milestone" data-status=${status} data-item=${id}>
            <span class="dot">${icon(ICON[status])}</span>
            <div>
              <div class="when">
                <span class="date">${m.date ? formatDate(m.date, lang) : msg(lang, 'noDate')}</span>
                <span class="status" part="status">${label}</span>
              </div>
              <div>
                ${this.say(m.label, lang)}${m.party === 'rival' ? html` <span class="rival">(${parties.rival.name})</span>` : ''}
              </div>
            </div>
          </li>`;
        })}
      </ol>
      ${turn(items.length + 3)
        ? [
            watch.length
              ? html`<div class="watch" part="watch">
                  <h3>${msg(lang, 'watch')}</h3>
                  <ul class="plain">
                    ${watch.map((w) => html`<li>${this.say(w.text, lang)}</li>`)}
                  </ul>
                </div>`
              : '',
            renderSources(this, sources, dataset, lang),
          ]
        : nothing}
    </section>`;
  }
}

define('sov-milestones', SovMilestones);

declare global {
  interface HTMLElementTagNameMap {
    'sov-milestones': SovMilestones;
  }
}
