import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { barsHtml } from '../../chart/bars.js';
import { BarChart, barList, readTheme } from '../../chart/chart.js';
import type { Dataset, MetricId } from '../../data/types.js';
import { evaluationDate } from '../../data/derive.js';
import { msg } from '../../shared/i18n.js';
import { icon } from '../../shared/icons.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { clampCalls, formatIndex, metricView, type MetricView } from './metric-toggle.model.js';
import { metricToggleStyles } from './metric-toggle.styles.js';

/** Fired when the reader picks another metric (not when `metric` is set from outside). */
export class SovMetricChangeEvent extends Event {
  constructor(readonly detail: { metric: MetricId }) {
    super('sov-metric-change', { bubbles: true, composed: true });
  }
}

/** A model's row in the data table. */
interface MetricRow {
  id: 'small' | 'large';
  name: string;
  perCall: number;
  total: number;
  wins: boolean;
}

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

  private announce(what: 'metric' | 'calls') {
    const view = metricView(this.story!, this.metric, clampCalls(this.story!, this.calls), this.language, evaluationDate(this.asOf));
    const lead = what === 'calls' ? msg(this.language, 'callsChanged', { calls: view.calls }) : `${view.label}.`;
    this.announcement = `${lead} ${view.verdict} ${what === 'calls' ? view.compounding : ''}`.trim();
  }

  private onMetric(event: Event) {
    const input = event.target as HTMLInputElement;
    this.metric = input.value as MetricId;
    this.announce('metric');
    this.dispatchEvent(new SovMetricChangeEvent({ metric: this.metric }));
  }

  private onCalls(event: Event) {
    this.calls = Number((event.target as HTMLInputElement).value);
  }

  /** Announced when the reader lets go of the slider, not at every step. */
  private onCallsDone() {
    this.announce('calls');
    this.requestUpdate();
  }

  protected override renderContent(dataset: Dataset, lang: string) {
    const toggle = dataset.metricToggle;
    const view = metricView(dataset, this.metric, this.calls ?? toggle.calls.default, lang, evaluationDate(this.asOf));
    const fmt = (v: number) => formatIndex(v, lang);
    const rows: MetricRow[] = (['small', 'large'] as const).map((id) => ({
      id,
      name: view.models[id],
      perCall: view.metric[id],
      total: view.plotted[id],
      wins: view.winner === id,
    }));
    // The calls value is a plain span, not an <output>: that would be a second live region,
    // and the slider announces its own value.
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
          aria-label="${view.label} (${view.unit}): ${rows.map((r) => `${r.name} ${fmt(r.total)}`).join(', ')}. ${view.verdict}"
        >${isServer ? barsHtml(rows.map((r) => ({ name: r.name, display: fmt(r.total), value: r.total, color: r.id }))) : nothing}</canvas>
      </div>
      ${this.piece(1) ? this.renderDetails(view, rows, dataset, lang) : nothing}
    </figure>`;
  }

  /** The second piece: the data table, the calls slider, the compounding line, the note. */
  private renderDetails(view: MetricView, rows: MetricRow[], dataset: Dataset, lang: string) {
    const toggle = dataset.metricToggle;
    const fmt = (v: number) => formatIndex(v, lang);
    return html`<details class="data">
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
          ${rows.map(
            (r) => html`<tr class=${r.wins ? 'winner' : ''}>
              <th scope="row">
                <span class="swatch ${r.id}" aria-hidden="true"></span>${r.name}${r.wins ? html` ${icon('check')}<span class="visually-hidden">(${msg(lang, 'ahead')})</span>` : ''}
              </th>
              <td>${fmt(r.perCall)}</td>
              ${view.metric.perCall ? html`<td>${fmt(r.total)}</td>` : ''}
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
      ${this.renderSources(toggle.sources, dataset, lang)}`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const dataset = this.story;
    if (!dataset) return this.chart.hostDisconnected(); // error or loading: no canvas
    const lang = this.language;
    const view = metricView(dataset, this.metric, clampCalls(dataset, this.calls), lang, evaluationDate(this.asOf));
    const fmt = (v: number) => formatIndex(v, lang);
    this.chart.render(this.renderRoot.querySelector('canvas'), () => {
      const theme = readTheme(this);
      const config = barList(
        theme,
        (['small', 'large'] as const).map((id) => ({
          name: view.models[id],
          display: fmt(view.plotted[id]),
          value: view.plotted[id],
          color: theme.color(id),
        })),
        fmt,
      );
      Object.assign(config.options!.scales!.x!, {
        beginAtZero: true,
        title: {
          display: true,
          text: view.metric.perCall ? msg(lang, 'perWorkflow', { calls: fmt(view.calls) }) : view.unit,
          color: theme.muted,
          font: { family: theme.font, size: 12 },
        },
      });
      return config;
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
