/**
 * A hostile page: 62.5% root font size, and !important resets on *, div, canvas, button and
 * table (test/pages/hostile-important.css). Every div is a wrapping flex container there, so
 * the widget is a flex item with no width wherever it goes.
 */
import '../../src/index.js';
import { describeSpots, loadStyles } from './fit.js';

describeSpots(
  'every widget in a page with !important resets',
  [
    { name: 'a div', markup: '<div>{W}</div>' },
    { name: 'a div beside text', markup: '<div>{W}<p>Some article text beside the widget.</p></div>' },
    { name: 'a table cell', markup: '<table><tbody><tr><td>{W}</td></tr></tbody></table>' },
  ],
  () => loadStyles('/test/pages/hostile-important.css'),
);
