/**
 * The recommended embed snippet: the script (with its integrity hash when known), the
 * widget's space reservation, and fallback text inside the element, which shows in feed
 * readers, AMP pages, with scripts off and where a CMS or sanitizer strips the script or the
 * element (docs/where-it-fits.md), and is hidden once the widget upgrades. Used by the
 * build (dist/snippets/<tag>.html), the README and the demo's embed generator.
 */
import { defaultDataset } from './data/default-dataset.js';
import type { Dataset } from './data/types.js';
import { fallbackHtml } from './fallback.js';
import { reserveCss } from './reserve.js';

/** Every element the library defines, in the article's order. */
export const TAGS = ['sov-compute-gap', 'sov-metric-toggle', 'sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases', 'sov-explainer'];

export interface SnippetOptions {
  bundleUrl: string;
  /** `sha384-…`, from dist/integrity.json. */
  integrity?: string;
  /** Attributes for the element, already escaped, each with a leading space. */
  attributes?: string;
  /** Markup to put inside the element before the fallback (an inline JSON dataset). */
  inner?: string;
  /** The dataset the fallback text comes from (default: the built-in one). */
  dataset?: Dataset;
  lang?: string;
}

export function snippet(tag: string, options: SnippetOptions): string {
  const { bundleUrl, integrity, attributes = '', inner = '', dataset = defaultDataset, lang = 'en' } = options;
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return [
    `<script type="module" async src="${bundleUrl}"${sri}></script>`,
    // The rules inside an HTML comment, which CSS ignores (<!-- and --> are tokens it skips):
    // where a sanitizer drops the <style> tags but keeps what they held (WordPress's kses for
    // writers without unfiltered_html), a comment is left, not the rules as visible text.
    `<style><!--${reserveCss([tag])}--></style>`,
    `<${tag}${attributes}>${inner}`,
    `  ${fallbackHtml(tag, dataset, lang)}`,
    `</${tag}>`,
  ].join('\n');
}
