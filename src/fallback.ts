/**
 * What a widget says without its script: a sentence with its key figure and a link to the
 * source, for the inside of the element. RSS readers, AMP pages and readers with scripts off
 * show it; the widget hides it once it upgrades (its shadow root has no slot). Not part of
 * the script: the demo's embed generator and the build (dist/fallback/<tag>.html) use it.
 */
import { defaultDataset } from './data/default-dataset.js';
import { evaluationDate } from './data/derive.js';
import type { Dataset, SourceId, Text } from './data/types.js';
import { formatDate, formatList } from './shared/format.js';
import { msg } from './shared/i18n.js';
import { say } from './shared/text.js';
import { safeUrl } from './shared/sov-element.js';
import { MEASURES, measureView } from './widgets/compute-gap/compute-gap.model.js';
import { metricView } from './widgets/metric-toggle/metric-toggle.model.js';

/** Text or an attribute value, safe inside HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The fallback paragraph for `tag`, from `dataset` (default: the built-in one), in `lang`,
 * with milestones' statuses told at `asOf` (YYYY-MM-DD; default: today).
 */
export function fallbackHtml(tag: string, dataset: Dataset = defaultDataset, lang = 'en', asOf?: string): string {
  const day = evaluationDate(asOf);
  const t = (text: Text) => say(text, dataset, lang, day);
  const source = (ids: SourceId[]) => {
    const found = ids.map((id) => Object.hasOwn(dataset.sources, id) ? dataset.sources[id] : undefined).find((s) => safeUrl(s?.url));
    return found ? ` (<a href="${escapeHtml(safeUrl(found.url)!)}">${escapeHtml(found.publisher)}, ${escapeHtml(formatDate(found.date, lang))}</a>)` : '';
  };
  /** Ends a sentence with a full stop unless it has its own. */
  const stop = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
  const line = (title: string, text: string, ids: SourceId[]) =>
    `<p dir="ltr"><strong>${escapeHtml(stop(title))}</strong> ${escapeHtml(text)}${source(ids)}</p>`;
  switch (tag) {
    case 'sov-compute-gap': {
      const views = MEASURES.map((id) => measureView(dataset, id, lang, day));
      const text = views.map((v) => `${v.title}: ${v.ratio} ${v.sentence} (${v.rows.map((r) => `${r.name} ${r.display}`).join(', ')}).`);
      return line(t(dataset.computeGap.title), text.join(' '), views.flatMap((v) => v.sources));
    }
    case 'sov-metric-toggle': {
      const toggle = dataset.metricToggle;
      const views = toggle.metrics.map((m) => metricView(dataset, m.id, toggle.calls.default, lang, day));
      return line(t(toggle.title), `${views.map((v) => v.verdict).join(' ')} ${t(toggle.note)}`, toggle.sources);
    }
    case 'sov-stack-card': {
      const { stack } = dataset;
      const pillars = Object.values(stack.pillars);
      const ids = pillars.flatMap((p) => Object.values(p.items).flatMap((i) => i.sources));
      return line(t(stack.title), `${formatList(pillars.map((p) => t(p.title)), lang)}.`, ids);
    }
    case 'sov-bull-bear': {
      const { bullBear } = dataset;
      const [bull, bear] = [Object.values(bullBear.bull)[0], Object.values(bullBear.bear)[0]];
      if (!bull || !bear) return line(t(bullBear.title), t(bullBear.mood.text), bullBear.mood.sources);
      const text = `${msg(lang, 'bull')}: ${stop(t(bull.text))} ${msg(lang, 'bear')}: ${stop(t(bear.text))}`;
      return line(t(bullBear.title), text, [...bull.sources, ...bear.sources]);
    }
    case 'sov-milestones': {
      const { milestones } = dataset;
      const dated = Object.values(milestones.items).filter((m) => m.date);
      const text = dated.map((m) => `${formatDate(m.date!, lang)}: ${t(m.label)}`).join('; ');
      return line(t(milestones.title), `${text}.`, dated.flatMap((m) => m.sources));
    }
    case 'sov-use-cases': {
      const { useCases } = dataset;
      const items = Object.values(useCases.items);
      return line(t(useCases.title), `${t(useCases.summary)} ${formatList(items.map((u) => u.customer), lang)}.`, items.flatMap((u) => u.sources));
    }
    case 'sov-explainer':
      return line(t(dataset.meta.question), t(dataset.meta.summary), dataset.meta.event.sources);
    default:
      return '';
  }
}
