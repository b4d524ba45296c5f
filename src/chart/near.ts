import { renderTurn } from '../shared/turns.js';

/** Canvases waiting for their chart, each with the function that builds it. */
const waiting = new Map<Element, () => void>();
/** The waiting canvases within half a screen of the viewport now. */
const nearNow = new WeakSet<Element>();
let near: IntersectionObserver | undefined;

function build(canvas: Element) {
  const go = waiting.get(canvas);
  forget(canvas);
  go?.();
}

/**
 * Calls `go` once the canvas comes within half a screen of the viewport and is still there
 * when its render turn comes (a page still drawing moves it), after the page's fonts are ready
 * (the canvas draws text), so that a page builds only the charts a reader may see. Printing
 * builds every waiting chart at once.
 */
export function whenNear(canvas: Element, go: () => void) {
  near ??= (addEventListener('beforeprint', () => waiting.forEach((_, c) => build(c))),
  new IntersectionObserver(
    (entries) =>
      entries.forEach(({ target, isIntersecting }) => {
        if (!isIntersecting) return void nearNow.delete(target);
        nearNow.add(target);
        document.fonts.ready.then(async () => {
          await renderTurn();
          if (nearNow.has(target) && waiting.has(target)) build(target);
        });
      }),
    { rootMargin: '50%' },
  ));
  waiting.set(canvas, go);
  near.observe(canvas);
}

/** Stops waiting for `canvas` (its widget has gone, or drew another canvas). */
export function forget(canvas: Element) {
  if (waiting.delete(canvas)) near!.unobserve(canvas);
}
