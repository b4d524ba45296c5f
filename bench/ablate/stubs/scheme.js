// Stand-in for src/shared/scheme.ts in the `no-scheme-cache` variant of `npm run ablate`: the
// real `watchScheme`, and an `autoScheme` that reads the host page's root afresh on every call
// instead of keeping the answer for the rest of the task. `hostScheme` is copied from
// scheme.ts, which does not export it.
export { watchScheme } from '../../../src/shared/scheme.js';

function hostScheme() {
  const root = document.documentElement;
  const { theme, colorScheme, bsTheme } = root.dataset;
  const scheme = (value) => (value === 'dark' || value === 'light' ? value : undefined);
  return (
    scheme(theme) ??
    scheme(colorScheme) ??
    scheme(bsTheme) ??
    ['dark', 'light'].find((c) => root.classList.contains(c)) ??
    scheme(getComputedStyle(root).colorScheme.trim())
  );
}

let media;
export function autoScheme() {
  media ??= matchMedia('(prefers-color-scheme: dark)');
  return hostScheme() ?? (media.matches ? 'dark' : 'light');
}
