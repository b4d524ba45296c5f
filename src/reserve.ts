/**
 * The stylesheet that holds each widget's space from the moment the page is parsed until the
 * widget has drawn (its `ready` attribute), so that nothing on the page moves when it does:
 * a layout shift of zero. The heights were measured at common column widths
 * (src/reserve.data.ts, by scripts/reserve.mjs); a rule per width picks the one for the
 * element's own width through a container query, which its `::before` may ask of it.
 * Not part of the script: it must apply before the script runs. The build writes it to
 * dist/sovereignty-widgets.css; the demo's snippets inline the rules of their widget.
 */
import { HEIGHTS, WIDTHS } from './reserve.data.js';

export { FONT, HEIGHTS, WIDTHS } from './reserve.data.js';

/**
 * The reserved height in px of `selector` (a tag, or a tag and attribute as in HEIGHTS) at a
 * column `width`, as the stylesheet gives it.
 */
export function reservedHeight(selector: string, width: number): number | undefined {
  const heights = HEIGHTS[selector];
  if (!heights) return undefined;
  let i = 0;
  while (i + 1 < WIDTHS.length && WIDTHS[i + 1] <= width) i++;
  return heights[i];
}

/** The reservation rules for `tags` (default: every widget) and their variants, minified. */
export function reserveCss(tags?: string[]): string {
  return Object.keys(HEIGHTS)
    .filter((selector) => !tags || tags.includes(selector.split('[')[0]))
    .map((selector) => {
      const tag = selector.split('[')[0];
      const own = `${selector}:not([ready])`;
      const heights = HEIGHTS[selector];
      const steps = WIDTHS.map((width, i) =>
        i === 0
          ? `${own}::before{content:"";float:left;height:${heights[0]}px}`
          : heights[i] === heights[i - 1]
            ? ''
            : `@container (min-width:${width}px){${own}::before{height:${heights[i]}px}}`,
      );
      // Before the element is defined, the same display and containment as its :host style
      // gives it after, so that neither upgrading nor `ready` changes its box.
      const box = selector === tag ? `${tag}:not(:defined){display:flow-root;container-type:inline-size}` : '';
      return box + steps.join('');
    })
    .join('\n');
}
