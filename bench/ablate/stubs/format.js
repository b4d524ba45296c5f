// Stand-in for src/shared/format.ts in the `no-warm-intl` variant of `npm run ablate`: the
// real module, with a `warmIntl` that makes nothing, so the first widget of a language creates
// its Intl objects in its own render.
export * from '../../../src/shared/format.js';

export const warmIntl = () => Promise.resolve();
