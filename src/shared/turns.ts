/**
 * The render turns: one queue for the whole page of what must not run in one long task with
 * the rest, in the order it asked.
 */
const turns: (() => void)[] = [];
let turning = false;

/**
 * Resolves in a task after the next frame has painted, so that what it holds up is on screen
 * first. (A hidden page gets no frames: a timer stands in.)
 */
export const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/**
 * Turns run in slices of about 8 ms, each in a task of its own after a frame: a page of
 * widgets, or the explainer's sections, never holds the main thread for long, and each frame
 * lays out only what the last slice added.
 */
async function renderTurns() {
  await afterPaint();
  const end = performance.now() + 8;
  while (turns.length && performance.now() < end) {
    turns.shift()!();
    await 0; // what waited for the turn runs in the microtask it queued, before this one
  }
  turning = turns.length > 0;
  if (turning) renderTurns();
}

/** Resolves in a render turn of its own: first renders, pieces of content, and charts wait for one. */
export const renderTurn = () =>
  new Promise<void>((resolve) => {
    turns.push(resolve);
    if (!turning) renderTurns();
    turning = true;
  });
