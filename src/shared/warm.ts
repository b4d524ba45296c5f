import { renderTurn } from './turns.js';

/**
 * Every size, weight and style the widgets draw text in: the type scale (styles.ts and each
 * widget's styles, in em) and the charts' canvas text (chart.ts, in px). Keep in step with them.
 */
export const STRIKES: [size: string, weight?: number, style?: string][] = [
  ['1em'],
  ['1em', 700],
  ['0.875em'],
  ['0.875em', 700],
  ['0.875em', 400, 'italic'],
  ['1em', 400, 'italic'],
  ['1.125em', 700],
  ['1.5em', 700],
  ['12px'],
  ['13px'],
  ['13px', 700],
];

let warming = false;

/**
 * Looks up the page's font once in each of those strikes, one a render turn (a slice of turns
 * takes as many as fit in its time), before the first widget draws. The first use of a size
 * and weight of a font costs Chromium a synchronous request to its browser process, several
 * milliseconds each on a slow phone; left to the widgets, those lookups pile up in the frames
 * that lay out their first content. Done once a page, in the first widget's shadow root so
 * that the text has the widget's font, in a hidden box that goes once that widget is drawn.
 * The chart sizes are written here rather than imported: chart.ts would bring Chart.js into
 * every widget of the unbundled build. test/shared/warm.test.ts checks they agree.
 */
export function warmFonts(root: ParentNode, drawn: Promise<void>): void {
  if (warming) return;
  warming = true;
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;visibility:hidden;white-space:nowrap';
  root.append(box);
  for (const [size, weight = 400, style = 'normal'] of STRIKES) {
    renderTurn().then(() => {
      const span = document.createElement('span');
      span.style.cssText = `font-size:${size};font-weight:${weight};font-style:${style}`;
      span.textContent = 'Ag1%';
      box.append(span);
      void box.offsetWidth; // lays it out in this turn, not in the next frame with other work
    });
  }
  drawn.then(() => box.remove());
}
