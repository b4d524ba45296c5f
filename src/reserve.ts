/**
 * The stylesheet that holds each widget's space from the moment the page is parsed until the
 * widget has drawn (its `ready` attribute), so that nothing on the page moves when it does:
 * a layout shift of zero. The heights were measured at common column widths
 * (src/reserve.data.ts, by scripts/reserve.mjs). The element's `::before` picks the one for its
 * own width as a top padding, since a percentage there is one of the element's width: a sum of
 * steps, each `clamp()`ed to nothing below its width and to the step from it on.
 * Not part of the script: it must apply before the script runs. The build writes it to
 * dist/sovereignty-widgets.css; the demo's snippets inline the rules of their widget.
 *
 * Not container queries, which would say the same in fewer bytes: a size container on the page
 * (and `container-type` makes one even with no query) has Chromium lay the whole page out when
 * its parser finishes, as it can no longer resolve style without layout. That joins the page's
 * first layout to its parse in one task, 20–60 ms longer at 4× CPU slowdown.
 */
import { HEIGHTS, WIDTHS } from './reserve.data.js';

export { AS_OF, FONT, HEIGHTS, WIDTHS } from './reserve.data.js';

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
      const steps = heights.slice(1).map((height, i) => {
        const step = height - heights[i];
        if (!step) return '';
        // From WIDTHS[i + 1] on: 1e7 turns the 0.001 px below it into 10,000 px, more than any
        // step (a layout unit is 1/64 px in Chromium, 1/60 in Firefox).
        const from = `${WIDTHS[i + 1] - 0.001}px`;
        return step < 0 ? ` + clamp(${step}px,(${from} - 100%)*1e7,0px)` : ` + clamp(0px,(100% - ${from})*1e7,${step}px)`;
      });
      // Before the element is defined, the same box as its :host style gives it after, so that
      // neither upgrading nor `ready` changes it: flow-root, and in a box sized by its content
      // (a flex row, a table cell…) the same width, 17.5em to 40em at the reader's default size,
      // from the same empty grid track (src/shared/styles.ts). The fallback text inside is
      // size-contained, so that its sentence's length does not widen the box before the script.
      const box =
        selector === tag
          ? `${tag}:not(:defined){display:flow-root}${tag}:not(:defined)>*{contain:inline-size}${tag}:not(:defined)::after{content:"";display:grid;grid-template-columns:minmax(17.5em,40em);font-size:medium}`
          : '';
      // The narrowest height first: a browser without clamp() (before 2020) keeps that.
      return `${box}${own}::before{content:"";float:left;height:0;padding-top:${heights[0]}px;padding-top:calc(${heights[0]}px${steps.join('')})}`;
    })
    .concat(fallbackImageCss(Object.keys(HEIGHTS).filter((selector) => !selector.includes('[') && (!tags || tags.includes(selector)))))
    .join('\n');
}

/**
 * The fallback's image (src/fallback.ts) fits the column. Where scripts run it is not shown
 * (and, being lazy, not requested): the widget will replace it. Where they do not, nothing
 * will draw in the reserved space, so none is kept. One rule for all `tags`.
 */
function fallbackImageCss(tags: string[]): string[] {
  if (!tags.length) return [];
  const all = (suffix: string) => tags.map((tag) => tag + suffix).join();
  return [`${all(' img')}{max-width:100%;height:auto}@media (scripting:enabled){${all(' img')}{display:none}}@media (scripting:none){${all('::before')}{display:none!important}}`];
}
