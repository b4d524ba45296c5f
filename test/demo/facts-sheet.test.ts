import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FactsSheet, parseCell, problemsByCell, type FactKey, type SheetState } from '../../demo/facts-sheet.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { mergeDataset } from '../../src/data/merge.js';
import { validateDataset } from '../../src/data/validate.js';

type Facts = SheetState['facts'];
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const FACTS = copy(defaultDataset.facts) as unknown as Facts;
const IDS = Object.keys(FACTS);

/**
 * A sheet in a page, with a button before and after it (Tab never leaves the page: in Firefox
 * that loses the test page's focus), and every edit it reports.
 */
async function sheetWith(state: Partial<SheetState> = {}) {
  const box = await fixture<HTMLElement>(html`<section>
    <h3 id="t">Facts</h3>
    <button type="button">before</button>
    <div class="sheet"><table id="facts" aria-labelledby="t"></table></div>
    <button type="button">after</button>
  </section>`);
  const edits: [string, FactKey, unknown][] = [];
  const table = box.querySelector('table')!;
  const sheet = new FactsSheet(table, (id, key, value) => edits.push([id, key, value]));
  sheet.update({ facts: FACTS, problems: new Map(), readOnly: false, ...state });
  return { box, table, sheet, edits };
}

/** A key pressed with a modifier held (sendKeys takes no "Control+End"). */
async function withKey(modifier: 'Control' | 'Shift', key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

const focused = () => document.activeElement as HTMLElement;
/** Where the focus is: the fact's id (or 'header') and the column's key (or 'id'). */
const where = () => {
  const cell = focused().closest('th, td') as HTMLElement;
  return [cell.closest('tr')!.dataset.id ?? 'header', cell.dataset.key ?? (cell.closest('thead') ? cell.textContent : 'id')];
};

describe('demo: the facts sheet', () => {
  it('is a grid of one row per fact, with one cell in the tab order', async () => {
    const { table } = await sheetWith();
    expect(table.getAttribute('role')).to.equal('grid');
    const rows = [...table.tBodies[0].rows];
    expect(rows.map((r) => r.cells[0].textContent)).to.deep.equal(IDS);
    expect([...table.tHead!.rows[0].cells].map((c) => c.textContent)).to.deep.equal(['Fact', 'Value', 'Unit', 'Qualifier', 'As of', 'Sources']);
    const paris = rows[IDS.indexOf('paris-power')];
    expect([...paris.cells].slice(1).map((c) => c.querySelector('.cell-text')!.textContent)).to.deep.equal(['40', 'MW', 'exact', '2026-05', 'tma-bet']);
    expect(paris.cells[1].querySelector('.cell-shown')!.textContent).to.equal('40\u00a0MW');
    expect(table.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    await expect(table).to.be.accessible();
  });

  it('moves between cells with the arrow keys, Home, End and Page Up/Down, keeping one tab stop', async () => {
    const { box, table } = await sheetWith();
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(where()).to.deep.equal(['header', 'Fact']);
    await sendKeys({ press: 'ArrowDown' });
    expect(where()).to.deep.equal([IDS[0], 'id']);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(where()).to.deep.equal([IDS[0], 'unit']);
    await sendKeys({ press: 'End' });
    expect(where()).to.deep.equal([IDS[0], 'sources']);
    await sendKeys({ press: 'ArrowRight' }); // the edge holds
    expect(where()).to.deep.equal([IDS[0], 'sources']);
    await sendKeys({ press: 'Home' });
    expect(where()).to.deep.equal([IDS[0], 'id']);
    await sendKeys({ press: 'PageDown' });
    expect(where()).to.deep.equal([IDS[5], 'id']);
    await withKey('Control', 'End');
    expect(where()).to.deep.equal([IDS[IDS.length - 1], 'sources']);
    await sendKeys({ press: 'ArrowUp' });
    expect(where()).to.deep.equal([IDS[IDS.length - 2], 'sources']);
    await withKey('Control', 'Home');
    expect(where()).to.deep.equal(['header', 'Fact']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const stop = focused();
    expect([...table.querySelectorAll('[tabindex="0"]')]).to.deep.equal([stop]);
    // Tab leaves the grid, and Shift+Tab comes back to the same cell.
    await sendKeys({ press: 'Tab' });
    expect(focused().textContent).to.equal('after');
    await withKey('Shift', 'Tab');
    expect(focused()).to.equal(stop);
  });

  it('edits a cell: Enter or F2 opens it, Enter keeps the edit, Escape drops it', async () => {
    const { table, edits } = await sheetWith();
    const row = IDS.indexOf('compute-target');
    const value = table.tBodies[0].rows[row].cells[1];
    value.focus();
    await sendKeys({ press: 'Enter' });
    const input = focused() as HTMLInputElement;
    expect(input.localName).to.equal('input');
    expect(input.value).to.equal('200');
    expect(input.getAttribute('aria-label')).to.equal('Value of compute-target');
    await sendKeys({ type: '300' }); // the old value was selected: typing replaces it
    await sendKeys({ press: 'Enter' });
    expect(edits).to.deep.equal([['compute-target', 'value', 300]]);
    expect(focused()).to.equal(value);

    await sendKeys({ press: 'F2' });
    await sendKeys({ type: '999' });
    await sendKeys({ press: 'Escape' });
    expect(edits).to.have.length(1);
    expect(focused()).to.equal(value);
    expect(value.querySelector('input')).to.equal(null);
    expect(value.querySelector('.cell-text')!.textContent).to.equal('200');
  });

  it('starts editing on a typed character, and keeps an edit when the focus leaves', async () => {
    const { box, table, edits } = await sheetWith();
    const row = table.tBodies[0].rows[IDS.indexOf('paris-power')];
    row.cells[4].focus();
    await sendKeys({ type: '2026-06' });
    expect((focused() as HTMLInputElement).value).to.equal('2026-06');
    box.querySelector('button')!.focus();
    expect(edits).to.deep.equal([['paris-power', 'asOf', '2026-06']]);

    row.cells[5].focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' }); // in the editor: to the end of the text, which Enter selected
    await sendKeys({ type: ', mistral-summit' });
    await sendKeys({ press: 'Tab' });
    expect(edits[1]).to.deep.equal(['paris-power', 'sources', ['tma-bet', 'mistral-summit']]);
  });

  it('chooses a qualifier from a list', async () => {
    const { table, edits } = await sheetWith();
    table.tBodies[0].rows[0].cells[3].focus();
    await sendKeys({ press: 'Enter' });
    const select = focused() as HTMLSelectElement;
    expect(select.localName).to.equal('select');
    expect(select.value).to.equal('about');
    select.value = 'up-to';
    await sendKeys({ press: 'Enter' });
    expect(edits).to.deep.equal([[IDS[0], 'qualifier', 'up-to']]);
  });

  it('marks a wrong cell with the validator’s words, read with the cell and its editor', async () => {
    const data = copy(defaultDataset) as unknown as { facts: Facts };
    data.facts['paris-power'].unit = 'MWh';
    data.facts['paris-power'].value = '40 MW';
    data.facts['paris-power'].sources = ['tma-bet', 'nowhere'];
    const errors = (validateDataset(data) as { errors: { path: string; problem: string }[] }).errors;
    const { table } = await sheetWith({ facts: data.facts, problems: problemsByCell(errors, data) });
    const cells = table.tBodies[0].rows[IDS.indexOf('paris-power')].cells;
    const note = (cell: HTMLElement) => cell.querySelector('.cell-problem')?.textContent;
    expect(cells[1].getAttribute('aria-invalid')).to.equal('true');
    expect(note(cells[1])).to.equal('expected a positive number, got "40 MW"');
    expect(note(cells[2])).to.match(/^expected a unit: a currency code such as "EUR" or "USD", or one of .*, got "MWh"$/);
    expect(cells[3].hasAttribute('aria-invalid')).to.equal(false);
    expect(cells[1].querySelector('.cell-shown'), 'no preview of a wrong figure').to.equal(null);
    await expect(table).to.be.accessible();

    cells[2].focus();
    await sendKeys({ press: 'F2' });
    const input = focused();
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal(note(cells[2]));
    await sendKeys({ press: 'Escape' });

    // Reference checks run once the shape is right: an unknown source goes to its cell, with its place in the list.
    data.facts['paris-power'].unit = 'MW';
    data.facts['paris-power'].value = 40;
    const later = (validateDataset(data) as { errors: { path: string; problem: string }[] }).errors;
    const { table: again } = await sheetWith({ facts: data.facts, problems: problemsByCell(later, data) });
    expect(again.tBodies[0].rows[IDS.indexOf('paris-power')].cells[5].querySelector('.cell-problem')!.textContent).to.equal(
      '[1]: unknown source id "nowhere"; add it to sources'
    );
  });

  it('puts a comparison’s wrong unit on the fact’s unit cell, with the comparison’s path', () => {
    const data = mergeDataset(defaultDataset, { facts: { 'mistral-funding': { unit: 'people' } } });
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    const problems = problemsByCell((result as { errors: { path: string; problem: string }[] }).errors, data);
    expect(problems.get('mistral-funding\u0000unit')).to.deep.equal([
      'computeGap.capital.subject: fact "mistral-funding" is in people; the capital comparison needs money (a currency code)',
    ]);
  });

  it('opens no editor while read-only, and keeps the focused cell across updates', async () => {
    const { sheet, table } = await sheetWith({ readOnly: true });
    expect(table.getAttribute('aria-readonly')).to.equal('true');
    const cell = table.tBodies[0].rows[2].cells[1];
    cell.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused()).to.equal(cell);
    sheet.update({ facts: { ...FACTS, [IDS[2]]: { ...FACTS[IDS[2]], value: 1 } }, problems: new Map(), readOnly: false });
    expect(table.hasAttribute('aria-readonly')).to.equal(false);
    expect(focused()).to.equal(cell);
    expect(cell.querySelector('.cell-text')!.textContent).to.equal('1');
  });

  it('reads what is typed as the JSON will hold it', () => {
    expect(parseCell('value', ' 3 900 000 000 ')).to.equal(3900000000);
    expect(parseCell('value', '1.5e3')).to.equal(1500);
    expect(parseCell('value', '65B')).to.equal('65B');
    expect(parseCell('value', '')).to.equal('');
    expect(parseCell('sources', 'a, b  c,')).to.deep.equal(['a', 'b', 'c']);
    expect(parseCell('asOf', ' 2026-Q3 ')).to.equal('2026-Q3');
  });
});
