/**
 * Every widget in every host layout a page puts it in: a block, flex items with no width,
 * an auto grid track, the shrink-to-fit boxes (inline-block, float, absolute position,
 * fit-content, max-content), a table cell, columns, <details>, <dialog>, [hidden] then shown,
 * zoom and transform, a narrow sidebar and a full-bleed section; at a phone's and a desktop's
 * width. See docs/where-it-fits.md for the contract these check.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SovMetricToggle } from '../../src/widgets/metric-toggle/metric-toggle.js';
import { settled, until } from '../helpers.js';
import { contentWidth, describeSpots, type Spot } from './fit.js';

const TEXT = '<p>Article text beside the widget, long enough to want a line of its own at any width a page gives it.</p>';

const contexts: Spot[] = [
  { name: 'a block', markup: '<div>{W}</div>' },
  // A row that may not wrap needs the widget's 17.5em and the text's longest word: a phone's
  // 359 px (344 px beside Firefox's scrollbar) has not got them (docs/where-it-fits.md).
  { name: 'a flex row (no wrap) beside text', markup: `<div style="display:flex;gap:16px">{W}${TEXT}</div>`, viewports: [1280] },
  { name: 'a flex row that wraps, beside text', markup: `<div style="display:flex;flex-wrap:wrap;gap:16px">{W}${TEXT}</div>` },
  { name: 'a flex row alone', markup: '<div style="display:flex">{W}</div>' },
  { name: 'a flex column (items at the start)', markup: '<div style="display:flex;flex-direction:column;align-items:flex-start">{W}</div>' },
  { name: 'an auto grid track', markup: '<div style="display:grid;grid-template-columns:auto">{W}</div>' },
  { name: 'an auto grid track beside another', markup: `<div style="display:grid;grid-template-columns:auto auto;justify-content:start">{W}${TEXT}</div>` },
  { name: 'an inline-block', markup: '<div><span style="display:inline-block">{W}</span></div>' },
  { name: 'a float', markup: `<div style="display:flow-root"><div style="float:left">{W}</div>${TEXT}</div>` },
  { name: 'an absolutely positioned box', markup: '<div style="position:relative"><div style="position:absolute;top:0;left:0">{W}</div></div>' },
  { name: 'width: fit-content', markup: '<div><div style="width:fit-content">{W}</div></div>' },
  // A max-content box is as wide as its content asks, whatever the page: the widget's 40em,
  // which a phone has not got (docs/where-it-fits.md).
  { name: 'width: max-content', markup: '<div><div style="width:max-content">{W}</div></div>', viewports: [1280] },
  {
    name: 'a table cell beside text',
    markup: `<table style="width:100%"><tr><td>{W}</td><td>${TEXT}</td></tr></table>`,
    viewports: [1280],
  },
  // The cell's 1 px padding and the table's 2 px border-spacing, each side.
  { name: 'a table cell', markup: '<table><tr><td>{W}</td></tr></table>', space: (area) => ({ available: contentWidth(area.parentElement!) - 6 }) },
  // Two columns on a phone are 171 px wide, under the 15em a widget needs (see below).
  {
    name: 'two columns',
    markup: `<div style="columns:2;column-gap:16px">{W}${TEXT}</div>`,
    space: (area) => ({ available: (contentWidth(area) - 16) / 2 }),
    viewports: [1280],
  },
  {
    name: 'columns at least 14em wide',
    markup: `<div style="columns:14em;column-gap:16px">{W}${TEXT}</div>`,
    space: (area) => {
      const count = Math.max(1, Math.floor((contentWidth(area) + 16) / (224 + 16)));
      return { available: (contentWidth(area) - 16 * (count - 1)) / count };
    },
  },
  // The narrowest a widget goes without its own content running over: option labels, status labels and
  // table headers need 15em (240 px) in Firefox's default font, 200 px in Chromium's. Narrower,
  // they run over (docs/where-it-fits.md).
  { name: 'a 15em (240 px) column', markup: '<div style="width:15em">{W}</div>', viewports: [375] },
  { name: 'an open <details>', markup: '<details><summary>More</summary>{W}</details>', show: (area) => void ((area as HTMLDetailsElement).open = true) },
  {
    name: 'a modal <dialog>',
    markup: '<dialog aria-label="Dialog">{W}</dialog>',
    show: (area) => (area as HTMLDialogElement).showModal(),
    // The UA's dialog: max-width calc(100% - 6px - 2em) for its content, then 1em padding and 3px borders.
    space: () => ({ available: document.documentElement.clientWidth - 38 }),
  },
  {
    name: '[hidden] then shown',
    markup: '<div hidden>{W}</div>',
    show: async (area) => {
      // The widget renders while hidden, then is shown.
      const widget = area.querySelector<HTMLElement>('*')!;
      await until(() => (widget.shadowRoot?.childElementCount ?? 0) > 0, 'the widget to render while hidden');
      area.hidden = false;
    },
  },
  { name: 'zoom: 1.5', markup: '<div><div style="zoom:1.5">{W}</div></div>', space: (area) => ({ available: contentWidth(area) / 1.5, scale: 1.5 }) },
  {
    name: 'transform: scale(0.75)',
    markup: '<div><div style="transform:scale(0.75);transform-origin:0 0">{W}</div></div>',
    space: (area) => ({ available: contentWidth(area), scale: 0.75 }),
  },
  { name: 'a 260 px sidebar', markup: '<div style="display:flex;gap:16px"><aside style="width:260px;flex:none">{W}</aside>' + TEXT + '</div>', space: () => ({ available: 260 }) },
  { name: 'a 1,600 px full-bleed section', markup: '<section style="margin-inline:-8px">{W}</section>', viewports: [1600] },
];

describeSpots('every widget in every host layout', contexts);

// The text style starts afresh under the element (all: initial), but not the colour scheme.
it('a dark widget draws its form controls dark', async () => {
  const el = await fixture<SovMetricToggle>(html`<sov-metric-toggle theme="dark"></sov-metric-toggle>`);
  await settled(el);
  expect(getComputedStyle(el.shadowRoot!.querySelector('input[type="range"]')!).colorScheme).to.equal('dark');
});
