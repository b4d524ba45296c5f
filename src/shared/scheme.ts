/**
 * The colour scheme a widget with `theme="auto"` should use: the host page's own dark-mode
 * switch where it marks the root (`data-theme`, a `dark`/`light` class, or a computed
 * `color-scheme` of exactly `dark` or `light`), else the reader's system preference. One
 * observer serves every widget on the page and tells them when the answer changes (and when a
 * `lang` attribute changes anywhere, since a widget's language comes from its ancestors).
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let media: MediaQueryList | undefined;
let observer: MutationObserver | undefined;
let langObserver: MutationObserver | undefined;

const notify = () => listeners.forEach((listener) => listener());

/** What the host page's root says, if anything. */
function hostScheme(): 'light' | 'dark' | undefined {
  const root = document.documentElement;
  const { theme, colorScheme, bsTheme } = root.dataset;
  const scheme = (value?: string) => (value === 'dark' || value === 'light' ? value : undefined);
  // The computed style last: reading it forces a style recalculation.
  return (
    scheme(theme) ??
    scheme(colorScheme) ??
    scheme(bsTheme) ??
    (['dark', 'light'] as const).find((c) => root.classList.contains(c)) ??
    scheme(getComputedStyle(root).colorScheme.trim())
  );
}

/**
 * Read afresh each time. (A cache for the rest of the task, against a style recalculation per
 * widget, was measured without a difference beyond the run-to-run spread; docs/performance.md.)
 */
export const autoScheme = (): 'light' | 'dark' => hostScheme() ?? (media?.matches ? 'dark' : 'light');

/** Calls `listener` whenever the automatic scheme may have changed; returns the unsubscribe. */
export function watchScheme(listener: Listener): () => void {
  if (!media) {
    media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', notify);
  }
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'] });
    // A widget's language comes from the nearest lang attribute, which may change on any ancestor.
    langObserver = new MutationObserver(notify);
    langObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      langObserver?.disconnect();
      observer = langObserver = undefined;
      media?.removeEventListener('change', notify);
      media = undefined;
    }
  };
}
