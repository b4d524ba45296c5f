import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { barsHtml } from '../../chart/bars.js';
import { BarChart, barList } from '../../chart/chart.js';
import type { Dataset } from '../../data/types.js';
import { evaluationDate } from '../../data/derive.js';
import { formatList, formatValue } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { define, SovElement } from '../../shared/sov-element.js';
import { factFigure } from '../../shared/actions.js';
import { say } from '../../shared/text.js';
import { renderSources } from '../../shared/parts.js';
import { computeGapStyles } from './compute-gap.styles.js';
import { MEASURES, measureView, measuresFor, type Measure, type MeasureView } from './compute-gap.model.js';

/** A measure's bars as HTML, on the server (see barsHtml). */
function serverBars(view: MeasureView, scale: string) {
  const bars = view.rows.map((r) => ({ name: r.short, display: r.display, value: r.value, color: r.party }));
  if (scale !== 'log') return barsHtml(bars);
  const logs = bars.map((b) => ({ ...b, value: Math.log10(b.value) }));
  return barsHtml(logs, Math.floor(Math.min(...logs.map((b) => b.value))), Math.ceil(Math.max(...logs.map((b) => b.value))));
}

/**
 * @summary Mistral against a frontier leader: capital raised and compute capacity, as
 * horizontal bars with each computed ratio in words, the as-of dates and the sources.
 *
 * @attr measure - `both` (default), `capital` or `compute`.
 * @attr scale - `linear` (default: the gap is the point) or `log`.
 *
 * @csspart chart - Each chart's canvas box.
 * @csspart table - Each data table.
 *
 * @cssprop --sov-subject - Mistral's colour.
 * @cssprop --sov-rival - The rival's colour.
 */
export class SovComputeGap extends SovElement {
  static override styles = [...SovElement.styles, computeGapStyles];

  static override properties: PropertyDeclarations = { measure: { reflect: true }, scale: { reflect: true } };

  measure: 'both' | Measure = 'both';
  scale: 'linear' | 'log' = 'linear';

  private readonly charts = { capital: new BarChart(this), compute: new BarChart(this) };

  protected override renderContent(dataset: Dataset, lang: string) {
    const views = measuresFor(this.measure).map((id) => measureView(dataset, id, lang, evaluationDate(this.asOf)));
    const sources = views.flatMap((v) => v.sources);
    return html`<figure class="card" part="base">
      <figcaption>
        <p class="title">${this.say(dataset.computeGap.title, lang)}</p>
        <p class="lede">${this.say(dataset.computeGap.takeaway, lang)}</p>
      </figcaption>
      <div class="measures">${views.map((view, i) => (this.piece(i) ? this.renderMeasure(view, lang) : nothing))}</div>
      ${this.piece(views.length) ? renderSources(this, sources, dataset, lang) : nothing}
    </figure>`;
  }

  /** @internal Each bar: the measure, the party, its fact. */
  override figures(dataset: Dataset, lang: string) {
    return measuresFor(this.measure).flatMap((id) => {
      const comparison = dataset.computeGap[id];
      const what = say(comparison.title, dataset, lang, evaluationDate(this.asOf));
      return (['subject', 'rival'] as const).map((party) => factFigure(dataset, comparison[party], what, dataset.parties[party].name));
    });
  }

  /** @internal */
  override get variant() {
    return this.measure === 'capital' || this.measure === 'compute' ? `-${this.measure}` : '';
  }

  private renderMeasure(view: MeasureView, lang: string) {
    const items = formatList(view.rows.map((r) => `${r.name} ${r.display}`), lang);
    return html`<section class="measure" aria-labelledby="title-${view.id}">
      <h3 id="title-${view.id}">${view.title}</h3>
      <p class="ratio"><strong>${view.ratio}</strong> ${view.sentence}</p>
      <div class="chart" part="chart">
        <canvas
          data-measure=${view.id}
          role="img"
          aria-label=${msg(lang, 'chartLabel', { title: view.title, items })}
        >${isServer ? serverBars(view, this.scale) : nothing}</canvas>
      </div>
      ${this.scale === 'log' ? html`<p class="scale-note">${msg(lang, 'logScale')}</p>` : ''}
      <details class="data">
      <summary>${msg(lang, 'showData')}</summary>
      <table part="table">
        <caption class="visually-hidden">${view.title}: ${view.ratio} ${view.sentence}</caption>
        <thead>
          <tr>
            <th scope="col">${msg(lang, 'party')}</th>
            <th scope="col" class="figure">${msg(lang, 'figure')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(
            (row) => html`<tr>
              <th scope="row">
                <span class="swatch ${row.party}" aria-hidden="true"></span>${row.name}
                <span class="counts">${row.label} (${msg(lang, 'asOf', { date: row.asOf })})</span>
              </th>
              <td class="figure">${row.display}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      </details>
    </section>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const dataset = this.story!;
    const lang = this.language;
    const log = this.scale === 'log';
    // No canvas (an error, or loading): no chart.
    for (const id of MEASURES) {
      this.charts[id].render(this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-measure="${id}"]`), (theme) => {
        const view = measureView(dataset, id, lang, evaluationDate(this.asOf));
        const unit = dataset.facts[dataset.computeGap[id].subject].unit;
        // A log scale is drawn as a linear axis over log10 of the values, one gridline per
        // power of ten (which spares the bundle Chart.js's logarithmic scale).
        const values = view.rows.map((r) => (log ? Math.log10(r.value) : r.value));
        return barList(
          theme,
          view.rows.map((r, i) => ({ name: r.short, display: r.display, value: values[i], color: theme.color(r.party) })),
          (value) => formatValue(log ? 10 ** value : value, unit, lang),
          log ? { min: Math.floor(Math.min(...values)), max: Math.ceil(Math.max(...values)), step: 1 } : {},
        );
      });
    }
  }
}

define('sov-compute-gap', SovComputeGap);

declare global {
  interface HTMLElementTagNameMap {
    'sov-compute-gap': SovComputeGap;
  }
}
