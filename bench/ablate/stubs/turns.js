// Stand-in for src/shared/turns.ts in the `no-slices` variant of `npm run ablate`: each render
// turn is a task of its own from `scheduler.yield()` (a timer where the browser has none), as
// before fb98ac0, instead of one page-wide queue run in ~8 ms slices after a painted frame.
export { afterPaint } from '../../../src/shared/turns.js';

export const renderTurn = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
