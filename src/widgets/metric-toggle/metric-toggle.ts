import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { barsHtml } from '../../chart/bars.js';
import { BarChart, barList } from '../../chart/chart.js';
import type { Dataset, MetricId, Text } from '../../data/types.js';
import { evaluationDate } from '../../data/derive.js';
import { msg } from '../../shared/i18n.js';
import { icon } from '../../shared/icons.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { sourceCells, type Figure } from '../../shared/actions.js';
import { say } from '../../shared/text.js';
import { renderSources } from '../../shared/parts.js';
import { formatIndex, metricView } from './metric-toggle.model.js';
import { metricToggleStyles } from './metric-toggle.styles.js';

/** Fired when the reader picks another metric (not when `metric` is set from outside). */
export class SovMetricChangeEvent extends Event {
  constructor(readonly detail: { metric: MetricId }) {
    super('sov-metric-change', { bubbles: true, composed: true });
  }
}

/** The two models, in the table's and the chart's order. */
const MODELS = ['small', 'large'] as const;

/**
 * @summary Small specialised against large general model, by the metric you pick: the small
 * model wins on speed, energy and cost per token, the large one on reasoning. An illustrative
 * index, labelled as such, with a calls-per-workflow control showing how per-call gaps compound.
 *
 * @attr metric - `speed` (default), `energy`, `cost` or `reasoning`. Reflects the reader's choice.
 * @attr calls - Calls per workflow, 1 to 500 (default 100).
 *
 * @fires sov-metric-change - The reader picked a metric; `detail.metric` is its id.
 *
 * @csspart controls - The metric radio group.
 * @csspart chart - The chart's canvas box.
 * @csspart table - The data table.
 * @csspart calls - The calls-per-workflow control.
 *
 * @cssprop --sov-small - The small model's colour.
 * @cssprop --sov-large - The large model's colour.
 */
export class SovMetricToggle extends SovElement {
  static override styles = [...SovElement.styles, metricToggleStyles];

  static override properties: PropertyDeclarations = { metric: { reflect: true }, calls: { type: Number }, announcement: { state: true } };

  metric: MetricId = 'speed';
  calls?: number;

  private readonly chart = new BarChart(this);

  /** What the polite live region says: set on a reader's change only, never on first render. */
  private announcement = '';

  /** What the widget shows, for its dataset, metric, calls, language and date. */
  private view(dataset = this.story!) {
    return metricView(dataset, this.metric, this.calls, this.language, evaluationDate(this.asOf));
  }

  private announce(calls?: boolean) {
    const view = this.view();
    this.announcement = calls
      ? `${msg(this.language, 'callsChanged', { calls: view.calls })} ${view.verdict} ${view.compounding}`
      : `${view.label}. ${view.verdict}`;
  }

  private onMetric(event: Event) {
    const input = event.target as HTMLInputElement;
    this.metric = input.value as MetricId;
    this.announce();
    this.dispatchEvent(new SovMetricChangeEvent({ metric: this.metric }));
  }

  private onCalls(event: Event) {
    this.calls = Number((event.target as HTMLInputElement).value);
  }

  /** Announced when the reader lets go of the slider, not at every step. */
  private onCallsDone() {
    this.announce(true);
  }

  /** @internal Each model's index value on each metric, marked illustrative. */
  override figures(dataset: Dataset, lang: string) {
    const toggle = dataset.metricToggle;
    const t = (text: Text) => say(text, dataset, lang, evaluationDate(this.asOf));
    return toggle.metrics.flatMap((m) =>
      MODELS.map((id): Figure => [t(m.label), t(toggle.models[id]), m[id], t(m.unit), '', 'yes', '', ...sourceCells(dataset, toggle.sources)]),
    );
  }

  /** @internal */
  override get variant() {
    return `-${this.view().metric.id}`;
  }

  protected override renderContent(dataset: Dataset, lang: string) {
    const toggle = dataset.metricToggle;
    const view = this.view(dataset);
    const fmt = (v: number) => formatIndex(v, lang);
    // The calls value is a plain span, not an <output>: that would be a second live region,
    // and the slider announces its own value. The second piece: the data table, the calls
    // slider, the compounding line, the note.
    return html`<figure class="card" part="base">
      <figcaption>
        <p class="title">${this.say(toggle.title, lang)}</p>
        <span class="badge">${msg(lang, 'illustrative')}</span>
      </figcaption>
      <fieldset part="controls">
        <legend>${msg(lang, 'metric')}</legend>
        <div class="options">
          ${toggle.metrics.map(
            (m) => html`<label class="option">
              <input
                type="radio"
                name="metric"
                value=${m.id}
                .checked=${m.id === view.metric.id}
                @change=${this.onMetric}
              /><span>${icon('check')}${this.say(m.label, lang)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <p class="verdict">${view.verdict}</p>
      <div class="chart" part="chart">
        <canvas
          role="img"
          aria-label="${view.label} (${view.unit}): ${MODELS.map((id) => `${view.models[id]} ${fmt(view.plotted[id])}`).join(', ')}. ${view.verdict}"
        >${isServer ? barsHtml(MODELS.map((id) => ({ name: view.models[id], display: fmt(view.plotted[id]), value: view.plotted[id], color: id }))) : nothing}</canvas>
      </div>
      ${this.piece(1)
        ? html`<details class="data">
            <summary>${msg(lang, 'showData')}</summary>
            <table part="table">
              <caption class="visually-hidden">${view.label}, ${view.unit}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg(lang, 'model')}</th>
                  <th scope="col">${msg(lang, 'perCall')}</th>
                  ${view.metric.perCall
                    ? html`<th scope="col">${msg(lang, 'perWorkflow', { calls: fmt(view.calls) })}</th>`
                    : ''}
                </tr>
              </thead>
              <tbody>
                ${MODELS.map(
                  (id) => html`<tr class=${view.winner === id ? 'winner' : ''}>
                    <th scope="row">
                      <span class="swatch ${id}" aria-hidden="true"></span>${view.models[id]}${view.winner === id ? html` ${icon('check')}<span class="visually-hidden">(${msg(lang, 'ahead')})</span>` : ''}
                    </th>
                    <td>${fmt(view.metric[id])}</td>
                    ${view.metric.perCall ? html`<td>${fmt(view.plotted[id])}</td>` : ''}
                  </tr>`,
                )}
              </tbody>
            </table>
          </details>
          <div class="calls" part="calls">
            <label for="calls">${msg(lang, 'callsLabel')}</label>
            <input
              id="calls"
              type="range"
              min=${toggle.calls.min}
              max=${toggle.calls.max}
              .value=${String(view.calls)}
              @input=${this.onCalls}
              @change=${this.onCallsDone}
            />
            <span class="value" aria-hidden="true">${fmt(view.calls)}</span>
          </div>
          <p class="compounding">${view.compounding}</p>
          <p class="visually-hidden" role="status">${this.announcement}</p>
          <p class="muted">${this.say(toggle.note, lang)}</p>
          ${renderSources(this, toggle.sources, dataset, lang)}`
        : nothing}
    </figure>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const lang = this.language;
    const fmt = (v: number) => formatIndex(v, lang);
    // No canvas (an error, or loading): no chart.
    this.chart.render(this.renderRoot.querySelector('canvas'), (theme) => {
      const view = this.view();
      return barList(
        theme,
        MODELS.map((id) => ({
          name: view.models[id],
          display: fmt(view.plotted[id]),
          value: view.plotted[id],
          color: theme.color(id),
        })),
        fmt,
        { title: view.metric.perCall ? msg(lang, 'perWorkflow', { calls: fmt(view.calls) }) : view.unit },
      );
    });
  }
}

define('sov-metric-toggle', SovMetricToggle);

declare global {
  interface HTMLElementTagNameMap {
    'sov-metric-toggle': SovMetricToggle;
  }
  interface GlobalEventHandlersEventMap {
    'sov-metric-change': SovMetricChangeEvent;
  }
}
