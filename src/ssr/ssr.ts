/**
 * sovereignty-widgets/ssr: each widget rendered in Node with Lit SSR, as HTML that already holds
 * its content at its exact size (a declarative shadow root with its styles), for pages built
 * on a server or by a static site generator. The browser script, when it arrives, renders over
 * that content in one task (see SovElement). Not part of the browser bundle.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { evaluationDate } from '../data/derive.js';
import { resolveDataset } from '../data/load.js';
import type { Dataset, DatasetOverride } from '../data/types.js';
import { escapeHtml, fallbackHtml } from '../fallback.js';
import { TAGS } from '../snippet.js';
import { SECTIONS } from '../widgets/explainer/explainer.js';
import { MEASURES } from '../widgets/compute-gap/compute-gap.model.js';
import '../index.js';
import { SovElement } from '../shared/sov-element.js';
import { baseStyles } from '../shared/styles.js';
import type { DatasetController } from '../shared/controllers/dataset.js';
import type { LocaleController } from '../shared/controllers/locale.js';

export { TAGS };

/** The languages the widgets' text is written in; any region of them formats numbers and dates. */
export const LANGUAGES = ['en', 'fr', 'de'];

export interface RenderOptions {
  /** Attributes of the element, by name (`lang`, `theme`, `as-of` and `src` excepted). */
  attrs?: Record<string, string>;
  /** A dataset, or a partial one merged over the built-in one. */
  data?: DatasetOverride;
  /** `en` (default), `fr` or `de`, or one of them with a region (`fr-CA`). */
  lang?: string;
  theme?: 'auto' | 'light' | 'dark';
  /** The evaluation date, YYYY-MM-DD (default: today, on the server and again in the browser). */
  asOf?: string;
}

/** What the server reaches of a widget: its inputs, the controllers and the hook Lit SSR calls. */
interface Served {
  data?: DatasetOverride;
  theme: string;
  locale: LocaleController;
  source: DatasetController;
  setAttribute(name: string, value: string): void;
  willUpdate(changed: Map<PropertyKey, unknown>): void;
}

/**
 * Lit SSR calls a widget's `willUpdate` and `render`, not its controllers' `hostUpdate`: here,
 * before each render, the language is the element's `lang`, the dataset its `data` or the
 * built-in one (nothing is fetched), and the scheme its `theme`, written as the `data-scheme`
 * its styles key on. Done here, so that the browser bundle carries none of it.
 */
const hooks = SovElement.prototype as unknown as Served;
const { willUpdate } = hooks;
hooks.willUpdate = function (this: Served, changed) {
  willUpdate.call(this, changed);
  this.locale.resolve();
  const result = resolveDataset(this.data);
  this.source.story = result.ok ? result.dataset : undefined;
  this.source.problem = result.ok ? undefined : result.problem;
  if (this.theme === 'dark' || this.theme === 'light') this.setAttribute('data-scheme', this.theme);
};

const oneOf = (values: readonly string[]) => (value: string) => (values.includes(value) ? undefined : `one of ${values.join(', ')}`);
const listOf = (values: readonly string[]) => (value: string) =>
  value.split(/[\s,]+/).filter(Boolean).every((v) => values.includes(v)) ? undefined : `a list of ${values.join(', ')}`;

/** Each tag's own attributes: what a value must be, given the dataset (undefined if it is). */
const ATTRIBUTES: Record<string, Record<string, (value: string, dataset: Dataset) => string | undefined>> = {
  'sov-compute-gap': { measure: oneOf(['both', ...MEASURES]), scale: oneOf(['linear', 'log']) },
  'sov-metric-toggle': {
    metric: (v, d) => oneOf(d.metricToggle.metrics.map((m) => m.id))(v),
    calls: (v, d) => {
      const { min, max } = d.metricToggle.calls;
      return /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : `a whole number from ${min} to ${max}`;
    },
  },
  'sov-stack-card': { highlight: (v, d) => oneOf(Object.keys(d.stack.pillars))(v) },
  'sov-bull-bear': { side: oneOf(['both', 'bull', 'bear']) },
  'sov-milestones': {},
  'sov-use-cases': { filter: (v, d) => listOf([...new Set(Object.values(d.useCases.items).map((c) => c.sector))])(v) },
  'sov-explainer': { sections: listOf(SECTIONS) },
};

/** The reason `lang` is not one the widgets speak, if it is not. */
function checkLang(lang: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(lang);
    if (LANGUAGES.includes(canonical.split('-')[0].toLowerCase())) return undefined;
  } catch {
    // not a language tag
  }
  return `unknown language "${lang}": use ${LANGUAGES.join(', ')} (or one of them with a region, as fr-CA)`;
}

/**
 * The dark scheme's tokens, as the widgets' own styles write them for `data-scheme="dark"`,
 * which the server cannot write for `theme="auto"`: the reader's system decides, not the host.
 */
const DARK_TOKENS = baseStyles.cssText.match(/:host\(\[data-scheme=dark\]\)\s*\{([^}]*)\}/)?.[1];
if (!DARK_TOKENS) throw new Error('ssr: the dark scheme rule of src/shared/styles.ts changed; update src/ssr/ssr.ts');

/**
 * Styles for what only the server renders: a chart's bars as HTML inside its canvas, which a
 * browser shows where scripts are off (see src/chart/bars.ts); and, for `theme="auto"`, the
 * dark tokens when the reader's system prefers dark, until the script writes the
 * `data-scheme` it reads from the host page or the system (the same one on most pages, so the
 * upgrade changes no colour; and it never changes a size).
 */
const SERVER_CSS = [
  `@media (prefers-color-scheme:dark){:host(:not([data-scheme])){${DARK_TOKENS}}}`,
  '.bars{list-style:none;margin:0;padding:0;display:grid;gap:.5em;font-size:.8125em}.bars li{display:grid;gap:.2em}',
  '.subject{--bar:var(--_subject)}.rival{--bar:var(--_rival)}.small{--bar:var(--_small)}.large{--bar:var(--_large)}',
  '.bars meter{appearance:none;display:block;width:100%;height:.9em;border:0;background:none}',
  // Each engine's own parts of a meter, in rules of their own (one unknown selector drops a rule).
  '.bars meter::-webkit-meter-bar{background:none;border:0;height:.9em}',
  '.bars meter::-webkit-meter-optimum-value{background:var(--bar)}',
  '.bars meter::-moz-meter-bar{background:var(--bar)}',
].join('');

/** Lit SSR writes a boolean property binding as an attribute, "false" included: `checked="false"` checks. */
const booleans = (html: string) =>
  html.replace(/ (checked|selected|disabled|open)="(true|false|undefined|null)"/g, (_, name: string, value: string) => (value === 'true' ? ` ${name}` : ''));

/**
 * `tag` rendered on the server: the element with its declarative shadow root (styles
 * included), and inside it, for readers without the shadow root (feeds, sanitizers), the
 * fallback sentence, and the dataset as inline JSON when `data` is given, so that the browser
 * draws the same. Throws on an unknown tag, attribute, attribute value or language, and on an
 * invalid dataset, with the reason.
 */
export function renderWidget(tag: string, options: RenderOptions = {}): string {
  const { attrs = {}, data, lang = 'en', theme = 'auto', asOf } = options;
  const own = Object.hasOwn(ATTRIBUTES, tag) ? ATTRIBUTES[tag] : undefined;
  if (!own) throw new Error(`unknown tag "${tag}": use ${TAGS.join(', ')}`);
  const langProblem = checkLang(lang);
  if (langProblem) throw new Error(langProblem);
  if (!['auto', 'light', 'dark'].includes(theme)) throw new Error(`unknown theme "${theme}": use auto, light or dark`);
  // The widgets' own test of an as-of date: one they would ignore (2026-02-31) is refused here.
  if (asOf !== undefined && evaluationDate(asOf) !== asOf)
    throw new Error(`as-of "${asOf}" is not a date YYYY-MM-DD`);
  const resolved = resolveDataset(data);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  const dataset = resolved.dataset;
  for (const [name, value] of Object.entries(attrs)) {
    if (!Object.hasOwn(own, name)) {
      const hint = ['lang', 'theme', 'as-of'].includes(name) ? ` (it is an option of its own)` : name === 'src' ? ' (the server fetches nothing: pass the dataset)' : '';
      throw new Error(`${tag} has no attribute "${name}"${hint}`);
    }
    const problem = own[name](String(value), dataset);
    if (problem) throw new Error(`${tag} ${name}="${value}": must be ${problem}`);
  }
  const all = { ...attrs, lang, ...(theme !== 'auto' && { theme }), ...(asOf && { 'as-of': asOf }) };
  const attributes = Object.entries(all)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  const json = data === undefined ? '' : `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  const element = unsafeStatic(tag);
  // lit/static-html: the tag is a static part, not a binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const result = render(html`<${element}${unsafeStatic(attributes)} .data=${data}></${element}>`);
  const rendered = booleans(collectResultSync(result)).replace(/<!--lit-part[^>]*-->|<!--\/lit-part-->|<!--lit-node \d+-->/g, '');
  // The server's styles after Lit's, the light DOM (inline dataset, fallback) before the end tag.
  const withCss = rendered.replace(/<template shadowroot="open" shadowrootmode="open">/g, (t) => `${t}<style>${SERVER_CSS}</style>`);
  const end = withCss.lastIndexOf(`</${tag}>`);
  return `${withCss.slice(0, end)}${json}${fallbackHtml(tag, dataset, lang, asOf)}${withCss.slice(end)}`;
}
