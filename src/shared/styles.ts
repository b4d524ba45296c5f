import { css } from 'lit';
import { printStyles } from './print.styles.js';

/**
 * Tokens and base rules every widget shares. Light values sit on `:host`; dark values
 * apply for `theme="dark"`, and for `theme="auto"` (the default) when the reader's system
 * prefers dark. Hosts restyle through the `--sov-…` custom properties.
 */
export const baseStyles = css`
  :host {
    /* Nothing inherited from the host page leaks in (text-transform, letter-spacing…) but what
       is set below; custom properties are not reset, so --sov-… still reach the widget. */
    all: initial;
    --_text: var(--sov-text, #1b1d22);
    --_muted: var(--sov-muted, #565c66);
    --_surface: var(--sov-surface, #ffffff);
    --_subtle: var(--sov-subtle, #f3f4f6);
    --_border: var(--sov-border, #d5d8de);
    --_accent: var(--sov-accent, #b33b00);
    --_subject: var(--sov-subject, #d35400);
    --_rival: var(--sov-rival, #3d5a80);
    --_small: var(--sov-small, #d35400);
    --_large: var(--sov-large, #3d5a80);
    --_bull: var(--sov-bull, #1f7a4d);
    --_bear: var(--sov-bear, #b3261e);
    --_error: var(--sov-error, #b00020);
    --_radius: var(--sov-radius, 10px);
    --_space: var(--sov-space, 1em);
    --_focus: var(--sov-focus, #1a5fd0);

    /* flow-root: it holds the float that reserves its space until ready (src/reserve.ts). */
    display: flow-root;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--sov-font-family, inherit);
    /* The reader's default size, whatever the host's root font size (Bootstrap 3 sets 10px). */
    font-size: var(--sov-font-size, medium);
    /* The text is English, French or German, all written left to right, so a right-to-left
       page (dir="rtl") gets a left-to-right widget, as it would a quoted English paragraph
       (all: initial leaves direction alone). */
    direction: ltr;
  }
  /* The width a widget asks for when its box is sized by its content (a flex row, a table cell,
     inline-block, float, fit-content…): at least 17.5em, 40em if there is room. An empty grid
     track says so; the card, a size container, adds nothing to it (docs/where-it-fits.md). */
  :host::after {
    content: '';
    display: grid;
    grid-template-columns: minmax(17.5em, 40em);
  }
  /* What a host page forces on the element with !important (a reset on *, say) wins over the
     rules above and would be inherited: the card, the error box and the explainer's article
     (each a part) start afresh, taking only the host's font. Not :host > *,
     which would show the <style> elements Lit falls back to where a browser cannot adopt
     stylesheets. :where() keeps it as specific as a class, so that .card's rules, later, win. */
  :host > :where([part]) {
    all: initial;
    color: var(--_text);
    /* The dark scheme's form controls (the slider) and scrollbars. */
    color-scheme: inherit;
    font: inherit;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  /* The effective scheme (see scheme.ts): the theme attribute, the host page's switch, or the system. */
  :host([data-scheme=dark]) {
    --_text: var(--sov-text, #eceef2);
    --_muted: var(--sov-muted, #aab1bd);
    --_surface: var(--sov-surface, #17191d);
    --_subtle: var(--sov-subtle, #23262c);
    --_border: var(--sov-border, #3b4049);
    --_accent: var(--sov-accent, #ff9a5c);
    --_subject: var(--sov-subject, #ff8c42);
    --_rival: var(--sov-rival, #5b8bd6);
    --_small: var(--sov-small, #ff8c42);
    --_large: var(--sov-large, #5b8bd6);
    --_bull: var(--sov-bull, #6fd3a0);
    --_bear: var(--sov-bear, #ff8a80);
    --_error: var(--sov-error, #ff8a9a);
    --_focus: var(--sov-focus, #8ab4ff);
    color-scheme: dark;
  }
  /* Windows High Contrast and other forced colours: system colours everywhere, charts included. */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_subtle: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_subject: Highlight;
      --_rival: CanvasText;
      --_small: Highlight;
      --_large: CanvasText;
      --_bull: CanvasText;
      --_bear: CanvasText;
      --_error: CanvasText;
      --_focus: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A formatting context of its own: the float that reserves the host's space (src/reserve.ts)
     then never reaches the content, whose layout the browser can keep as pieces are added. */
  /* The container its queries answer to (the host is not one: it would have no width of its
     own in a box sized by its content). */
  .card {
    display: flow-root;
    container-type: inline-size;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .lede,
  .muted {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.3em 0.5em 0.3em 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    color: var(--_muted);
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.4em;
    border-radius: 2px;
  }
  .swatch.subject,
  .swatch.small {
    background: var(--_subject);
  }
  .swatch.rival,
  .swatch.large {
    background: var(--_rival);
  }
  .icon {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    overflow: visible;
  }
  /* A block: as wide as the card's content, the width its chart is drawn at. */
  .chart {
    position: relative;
  }
  /* Chart.js sizes the canvas from its box's size on screen, which CSS zoom or a transform
     scale: the canvas then takes its box's size whatever it was given. */
  .chart canvas {
    display: block;
    width: 100% !important;
    height: 100% !important;
  }
  .data {
    margin-top: 0.4em;
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
  }
  .data summary {
    color: var(--_accent);
    width: fit-content;
  }
  /* Secondary text, in every widget. */
  .sources,
  .quote figcaption,
  .all-sources ul,
  .src,
  .meta,
  .when,
  .milestone .rival,
  .scale-note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .sources {
    margin: 0.75em 0 0;
  }
  .sources ul,
  .all-sources ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.2em;
  }
  .quote {
    margin: 1em 0 0;
    padding-inline-start: 0.9em;
    border-inline-start: 3px solid var(--_accent);
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
  }
  .quote p {
    margin: 0;
  }
  .quote figcaption {
    margin-top: 0.25em;
  }
  /* The widgets' inner cards (pillars, use cases, readings) and small capitals. */
  .pillar,
  .case,
  .reading {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
  }
  .pillar,
  .case {
    background: var(--_subtle);
  }
  .pillars,
  .cases {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .marker,
  .kicker,
  .sector {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .marker,
  .kicker {
    color: var(--_accent);
    font-size: 0.875em;
  }
  .plain {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  /* No spaces round + here and in the widgets' styles: the build's minifier keeps them. */
  .plain li+li {
    margin-top: 0.3em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
  }
  .error {
    display: block;
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .error strong {
    color: var(--_error);
  }
  .error p {
    margin: 0.25em 0 0;
  }
  .loading {
    min-height: 12em;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  ${printStyles}
`;
