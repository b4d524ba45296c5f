/**
 * A Bootstrap 5 page (bootstrap@5.3.9's stylesheet, unmodified): its flex utilities, rows and
 * columns (auto-sized ones too), cards and tables.
 */
import '../../src/index.js';
import { contentWidth, describeSpots, loadStyles } from './fit.js';

const TEXT = '<p class="mb-0">Text beside the widget, as a page built with Bootstrap sets it out.</p>';

describeSpots(
  'every widget in a Bootstrap 5 page',
  [
    // A row that may not wrap has no room on a phone for the widget's 17.5em and the text
    // beside it (docs/where-it-fits.md): tried on a desktop.
    { name: '.d-flex', markup: `<div class="d-flex gap-3">{W}${TEXT}</div>`, viewports: [1280] },
    { name: '.d-flex.flex-wrap', markup: `<div class="d-flex flex-wrap gap-3 align-items-start">{W}${TEXT}</div>` },
    { name: '.d-flex.flex-column.align-items-start', markup: '<div class="d-flex flex-column align-items-start">{W}</div>' },
    {
      name: '.row > .col-md-8',
      markup: `<div class="container"><div class="row"><div class="col-md-8">{W}</div><div class="col-md-4">${TEXT}</div></div></div>`,
      space: (area) => ({ available: contentWidth(area.querySelector('.col-md-8')!) }),
    },
    {
      name: '.row > .col-auto',
      markup: `<div class="container"><div class="row"><div class="col-auto">{W}</div><div class="col">${TEXT}</div></div></div>`,
      space: (area) => ({ available: contentWidth(area.querySelector('.row')!) - 24 }),
    },
    {
      name: '.card > .card-body',
      markup: '<div class="card"><div class="card-body"><h5 class="card-title">A card</h5>{W}</div></div>',
      space: (area) => ({ available: contentWidth(area.querySelector('.card-body')!) }),
    },
    // Bootstrap's .card has min-width: 0, so a row squeezes it below the widget's 17.5em on a
    // phone (to 169 px in Chromium, measured; docs/where-it-fits.md): tried on a desktop. Cards
    // in a grid row (.row > .col-sm-6) hold their width everywhere.
    {
      name: 'cards in .row > .col-sm-6',
      markup: '<div class="container"><div class="row g-3"><div class="col-sm-6"><div class="card"><div class="card-body">{W}</div></div></div><div class="col-sm-6"><div class="card"><div class="card-body">Another card.</div></div></div></div></div>',
      space: (area) => ({ available: contentWidth(area.querySelector('.card-body')!) }),
    },
    {
      viewports: [1280],
      name: 'a .card in a .d-flex row',
      markup: `<div class="d-flex gap-3"><div class="card"><div class="card-body">{W}</div></div>${TEXT}</div>`,
      space: (area) => ({ available: contentWidth(area) - 2 * 16 - 2 }),
    },
    {
      name: '.table',
      markup: `<table class="table"><tbody><tr><td>{W}</td><td>${TEXT}</td></tr></tbody></table>`,
      viewports: [1280],
    },
  ],
  () => loadStyles('/node_modules/bootstrap/dist/css/bootstrap.min.css'),
);
