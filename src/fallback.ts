/**
 * What a widget says without its script: a sentence with its key figure and a link to the
 * source, for the inside of the element. RSS readers, AMP pages and readers with scripts off
 * show it; the widget hides it once it upgrades (its shadow root has no slot). Not part of
 * the script: the demo's embed generator and the build (dist/fallback/<tag>.html) use it.
 */
import { defaultDataset } from './data/default-dataset.js';
import { evaluationDate, statusLabel, statusOf } from './data/derive.js';
import type { Dataset, SourceId, Text } from './data/types.js';
import { formatDate, formatList } from './shared/format.js';
import { msg } from './shared/i18n.js';
import { say } from './shared/text.js';
import { safeUrl } from './shared/parts.js';
import { MEASURES, measureView } from './widgets/compute-gap/compute-gap.model.js';
import { metricView } from './widgets/metric-toggle/metric-toggle.model.js';

/** The width in CSS px the images in dist/img/ are drawn at (twice that in pixels): an email's column. */
export const IMAGE_WIDTH = 600;

/** The languages the images are drawn in; any other `lang` gets the English one, as it gets English text. */
export const IMAGE_LANGS = ['en', 'fr', 'de'];

/** `lang`'s image language: its base language when there is an image in it, else English. */
export const imageLang = (lang: string) => {
  const base = lang.toLowerCase().split('-')[0];
  return IMAGE_LANGS.includes(base) ? base : 'en';
};

/**
 * What the image of `tag` shows, for its alt text, from `dataset` in `lang` at `asOf`: the
 * widget's title and what it draws (the bars and their values, the pillars, the statuses…),
 * in the sentence pattern the charts' own labels use.
 */
export function imageAlt(tag: string, dataset: Dataset = defaultDataset, lang = 'en', asOf?: string): string {
  const day = evaluationDate(asOf);
  const t = (text: Text) => say(text, dataset, lang, day);
  const label = (title: string, items: string[]) => msg(lang, 'chartLabel', { title, items: formatList(items, lang) });
  switch (tag) {
    case 'sov-compute-gap':
      return label(
        t(dataset.computeGap.title),
        MEASURES.map((id) => measureView(dataset, id, lang, day)).map((v) => `${v.title} (${v.rows.map((r) => `${r.name} ${r.display}`).join(', ')})`),
      );
    case 'sov-metric-toggle': {
      const toggle = dataset.metricToggle;
      const view = metricView(dataset, undefined, toggle.calls.default, lang, day);
      return `${label(t(toggle.title), [view.label, msg(lang, 'illustrative')])} ${view.verdict}`;
    }
    case 'sov-stack-card':
      return label(t(dataset.stack.title), Object.values(dataset.stack.pillars).map((p) => t(p.title)));
    case 'sov-bull-bear':
      return label(t(dataset.bullBear.title), [msg(lang, 'bull'), msg(lang, 'bear')]);
    case 'sov-milestones': {
      const items = Object.values(dataset.milestones.items).map((m) => `${t(m.label)} (${msg(lang, statusLabel(m, statusOf(m, day)))})`);
      return `${label(t(dataset.milestones.title), items)} ${msg(lang, 'statusAsOf', { date: formatDate(day, lang) })}.`;
    }
    case 'sov-use-cases':
      return label(t(dataset.useCases.title), Object.values(dataset.useCases.items).map((u) => u.customer));
    case 'sov-explainer':
      return `${t(dataset.meta.title)}: ${t(dataset.meta.question)}`;
    default:
      return '';
  }
}

/**
 * The image fallback: the widget drawn (dist/img/<tag>.<lang>.png, by `npm run images`) at
 * `src`, with its alt text. `loading="lazy"`: where scripts run, the snippet's stylesheet hides
 * it (`scripting: enabled`), and a lazy image that is not shown is never requested; where they
 * do not, browsers load lazy images at once. The width attribute keeps it at an email column's
 * width where no stylesheet applies (email clients).
 */
export function fallbackImage(tag: string, src: string, dataset: Dataset = defaultDataset, lang = 'en', asOf?: string): string {
  return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(imageAlt(tag, dataset, lang, asOf))}" width="${IMAGE_WIDTH}" loading="lazy"></p>`;
}

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
