/**
 * A page on Tailwind's reset (tailwindcss@4.3.5's preflight.css, unmodified): no margins, no
 * borders, border-box everywhere, block canvases; laid out with the flex and grid a Tailwind
 * page writes as utilities.
 */
import '../../src/index.js';
import { describeSpots, loadStyles } from './fit.js';

const TEXT = '<p>Text beside the widget, as a Tailwind page sets it out with flex utilities.</p>';

describeSpots(
  'every widget on Tailwind preflight',
  [
    { name: 'a block', markup: '<div>{W}</div>' },
    // A row that may not wrap has no room on a phone for the widget's 17.5em and the text
    // beside it (docs/where-it-fits.md): tried on a desktop; flex-wrap on both.
    { name: 'flex gap-4 (no width)', markup: `<div style="display:flex;gap:1rem">{W}${TEXT}</div>`, viewports: [1280] },
    { name: 'flex flex-wrap gap-4 (no width)', markup: `<div style="display:flex;flex-wrap:wrap;gap:1rem">{W}${TEXT}</div>` },
    { name: 'flex flex-col items-center', markup: '<div style="display:flex;flex-direction:column;align-items:center">{W}</div>' },
    // Two grid columns side by side: as a row that may not wrap, no room on a phone beside
    // Firefox's scrollbar for 17.5em, a gap and a word (the page scrolls by 5 px): a desktop only.
    { name: 'grid grid-cols-[auto_1fr]', markup: `<div style="display:grid;grid-template-columns:auto 1fr;gap:1rem">{W}${TEXT}</div>`, viewports: [1280] },
  ],
  () => loadStyles('/node_modules/tailwindcss/preflight.css'),
);
