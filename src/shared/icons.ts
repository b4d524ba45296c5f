import { html, svg } from 'lit';

/**
 * Shapes that mark a state besides its colour, drawn as SVG rather than as characters such
 * as ✓ ▲ ◐: a host's font rarely has those glyphs (Georgia has none of them), so each would
 * look different on every system and cost the browser a font-fallback lookup the first time
 * it is laid out, tens of milliseconds on a slow phone.
 */
const SHAPES = {
  check: svg`<path d="M3 8.5l3.2 3.2L13 4.5" fill="none" stroke-width="2.2"/>`,
  up: svg`<path d="M8 2.5l6 11H2z"/>`,
  down: svg`<path d="M2 2.5h12l-6 11z"/>`,
  ring: svg`<circle cx="8" cy="8" r="5" fill="none" stroke-width="1.8"/>`,
  half: svg`<circle cx="8" cy="8" r="5" fill="none" stroke-width="1.8"/><path d="M8 3a5 5 0 000 10z"/>`,
  target: svg`<circle cx="8" cy="8" r="5" fill="none" stroke-width="1.8"/><circle cx="8" cy="8" r="2"/>`,
  more: svg`<circle cx="3" cy="8" r="1.6"/><circle cx="8" cy="8" r="1.6"/><circle cx="13" cy="8" r="1.6"/>`,
  alert: svg`<path d="M8 2v8" fill="none" stroke-width="2.4"/><circle cx="8" cy="13" r="1.4"/>`,
};
export type IconName = keyof typeof SHAPES;

/**
 * An icon one em square in the text's colour (`.icon` in styles.ts), hidden from assistive
 * technology. Fill and stroke are attributes, so a shape's own attributes can override them.
 * The `<svg>` itself is an `html` template: Lit's `svg` is for what goes inside one.
 */
export const icon = (name: IconName) =>
  html`<svg class="icon" viewBox="0 0 16 16" fill="currentColor" stroke="currentColor" stroke-width="0" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${SHAPES[name]}</svg>`;
