/**
 * A WordPress post: block-library's own stylesheet, unmodified (test/vendor, from `npm pack
 * @wordpress/block-library@11.1.0`, build-style/style.css), the layout classes' base rules
 * WordPress writes into the page, and the blocks a writer puts a Custom HTML block in: columns,
 * a group laid out as a row (wrapping or not) or a stack, a quote and a table.
 */
import '../../src/index.js';
import { describeSpots, loadStyles } from './fit.js';

const TEXT = '<p>Paragraph block beside the widget, in the same row as a writer would set it out.</p>';

describeSpots(
  'every widget in a WordPress post',
  [
    {
      name: 'a column of two',
      markup: `<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow">{W}</div><div class="wp-block-column is-layout-flow">${TEXT}</div></div>`,
      space: (area) => ({ available: (area.firstElementChild as HTMLElement).getBoundingClientRect().width }),
    },
    // A row that may not wrap has no room on a phone for the widget's 17.5em and the text
    // beside it (2 px short in Chromium; docs/where-it-fits.md): tried on a desktop.
    { name: 'a Row group (no wrap)', markup: `<div class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex">{W}${TEXT}</div>`, viewports: [1280] },
    { name: 'a Row group', markup: `<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">{W}${TEXT}</div>` },
    { name: 'a Stack group', markup: `<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">{W}${TEXT}</div>` },
    { name: 'a quote', markup: '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">{W}<cite>A writer</cite></blockquote>' },
    {
      name: 'a table',
      markup: `<figure class="wp-block-table"><table><tbody><tr><td>{W}</td><td>${TEXT}</td></tr></tbody></table></figure>`,
      viewports: [1280],
    },
    {
      name: 'a table with fixed widths',
      markup: `<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr><td>{W}</td><td>${TEXT}</td></tr></tbody></table></figure>`,
      viewports: [1280],
      space: (area) => ({ available: area.querySelector('td')!.clientWidth - 2 * 8 }),
    },
  ],
  () => loadStyles('/test/vendor/wordpress-block-library-11.1.0-style.css', '/test/pages/wordpress-layout.css'),
);
