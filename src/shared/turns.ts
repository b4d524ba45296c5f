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
 * Resolves in a task of its own, so that work split across turns (first renders, content
 * pieces, charts) is never one long task: `scheduler.yield()` where the browser has it (its
 * continuations keep their order and run before other tasks), else a timer.
 */
export const renderTurn = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
