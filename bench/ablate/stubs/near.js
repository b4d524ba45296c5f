// Stand-in for src/chart/near.ts in the `no-near` variant of `npm run ablate`: a chart is built
// as soon as its widget asks (in a microtask, as an observer's callback would be asynchronous
// too), not when its canvas nears the viewport.
export const whenNear = (canvas, go) => queueMicrotask(go);
export const forget = () => {};
