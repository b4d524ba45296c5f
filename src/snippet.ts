/**
 * The recommended embed snippet: the script (with its integrity hash when known), the
 * widget's space reservation, and fallback text (and, optionally, its image) inside the element, which shows in feed
 * readers, AMP pages, with scripts off and where a CMS or sanitizer strips the script or the
 * element (docs/where-it-fits.md), and is hidden once the widget upgrades. Used by the
 * build (dist/snippets/<tag>.html), the README and the demo's embed generator.
 */
import { defaultDataset } from './data/default-dataset.js';
import type { Dataset } from './data/types.js';
import { fallbackHtml, fallbackImage, imageLang } from './fallback.js';
import { AS_OF, reserveCss } from './reserve.js';

/**
 * The date the images in dist/img/ are drawn at (their `as-of`), so that a build draws the
 * same images from the same dataset: the one the reserved heights were measured at.
 */
export const IMAGE_AS_OF = AS_OF;

/** Where the image of `tag` in `lang` is, beside the bundle at `bundleUrl` (dist/img/). */
export const imageUrl = (tag: string, lang: string, bundleUrl: string) => new URL(`img/${tag}.${imageLang(lang)}.png`, bundleUrl).href;

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
  /**
   * Whether the fallback carries the widget's image (dist/img/, beside the bundle). Only for a
   * widget that draws what the image shows: the built-in dataset, and no attribute that
   * changes the drawing.
   */
  image?: boolean;
}

export function snippet(tag: string, options: SnippetOptions): string {
  const { bundleUrl, integrity, attributes = '', inner = '', dataset = defaultDataset, lang = 'en', image = false } = options;
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return [
    `<script type="module" async src="${bundleUrl}"${sri}></script>`,
    // The rules inside an HTML comment, which CSS ignores (<!-- and --> are tokens it skips):
    // where a sanitizer drops the <style> tags but keeps what they held (WordPress's kses for
    // writers without unfiltered_html), a comment is left, not the rules as visible text.
    `<style><!--${reserveCss([tag])}--></style>`,
    `<${tag}${attributes}>${inner}`,
    ...(image ? [`  ${fallbackImage(tag, imageUrl(tag, lang, bundleUrl), dataset, lang, IMAGE_AS_OF)}`] : []),
    `  ${fallbackHtml(tag, dataset, lang)}`,
    `</${tag}>`,
  ].join('\n');
}
