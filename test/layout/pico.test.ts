/**
 * A page styled by Pico's classless stylesheet (@picocss/pico@2.1.1, unmodified), which styles
 * every element by its tag and scales the root font size with the viewport.
 */
import '../../src/index.js';
import { describeSpots, loadStyles } from './fit.js';

describeSpots(
  'every widget in a Pico (classless) page',
  [
    { name: 'an <article>', markup: '<article><header>An article</header>{W}</article>' },
    { name: 'a <figure>', markup: '<figure>{W}<figcaption>A caption</figcaption></figure>' },
    { name: 'an open <details>', markup: '<details open><summary>More</summary>{W}</details>' },
    { name: 'a <table> cell', markup: '<table><tbody><tr><td>{W}</td><td>Some text in the next cell of the table.</td></tr></tbody></table>', viewports: [1280] },
  ],
  () => loadStyles('/node_modules/@picocss/pico/css/pico.classless.min.css'),
);
