/**
 * The facts sheet of the demo's dataset editor: one row per fact, editable in place, and
 * used from the keyboard as a WAI-ARIA grid (https://www.w3.org/WAI/ARIA/apg/patterns/grid/):
 * one cell in the tab order (roving tabindex); arrow keys, Home/End (Ctrl for the whole
 * grid) and Page Up/Down move; Enter or F2, or typing, edits a cell; in a cell's editor,
 * Enter keeps the edit and Escape drops it. The sheet holds no data of its own: it shows
 * what it is given and reports each edit; the page writes the edit into the JSON and gives
 * the sheet the result.
 */
import { QUALIFIERS, UNITS } from '../src/data/schema.js';
import type { ValidationError } from '../src/data/validate.js';
import { formatFact } from '../src/shared/format.js';
import type { Fact } from '../src/data/types.js';
import { isObject } from './json-text.js';

export type FactKey = 'value' | 'unit' | 'qualifier' | 'asOf' | 'sources';

interface Column {
  key: FactKey;
  label: string;
  /** What the cell's editor says it expects. */
  hint: string;
}

export const COLUMNS: readonly Column[] = [
  { key: 'value', label: 'Value', hint: 'a number in the base unit, e.g. 3900000000' },
  { key: 'unit', label: 'Unit', hint: `a currency code (EUR, USD…) or ${UNITS.join(', ')}` },
  { key: 'qualifier', label: 'Qualifier', hint: QUALIFIERS.join(', ') },
  { key: 'asOf', label: 'As of', hint: 'YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD' },
  { key: 'sources', label: 'Sources', hint: 'source ids, separated by commas' },
];

/** A few currencies to suggest; any ISO 4217 code is accepted. */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY', 'CNY', 'CAD'];

export interface SheetState {
  /** The facts of the merged dataset, as parsed: any value may be of the wrong type. */
  facts: Record<string, Record<string, unknown>>;
  /** Problems by fact id and column (`''` for the fact as a whole), each as shown. */
  problems: Map<string, string[]>;
  /** True while the JSON does not parse: the sheet shows the last facts and takes no edit. */
  readOnly: boolean;
}

const cellKey = (id: string, key: FactKey | '') => `${id}\u0000${key}`;

/**
 * The validator's problems placed on the cells they are about. A problem under
 * `facts.<id>.<key>` goes to that cell, with the path after the cell's own (`[1]` in a
 * source list); one about the fact as a whole (an unknown key) to its row header. A
 * comparison that names a fact of the wrong unit goes to that fact's unit cell, with its path.
 */
export function problemsByCell(errors: readonly ValidationError[], dataset: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, key: FactKey | '', text: string) => {
    const k = cellKey(id, key);
    out.set(k, [...(out.get(k) ?? []), text]);
  };
  const facts = isObject(dataset) && isObject(dataset.facts) ? dataset.facts : {};
  for (const { path, problem } of errors) {
    const fact = /^facts\.([^.[]+)(?:\.([^.[]+))?(.*)$/.exec(path);
    if (fact) {
      const [, id, key = '', rest] = fact;
      const column = COLUMNS.some((c) => c.key === key) ? (key as FactKey) : '';
      add(id, column, column ? `${rest ? `${rest.replace(/^\./, '')}: ` : ''}${problem}` : `${path}: ${problem}`);
      continue;
    }
    // computeGap.<measure>.<party>: the comparison names a fact whose unit does not fit.
    const comparison = /^computeGap\.(capital|compute)\.(subject|rival)$/.exec(path);
    const gap = isObject(dataset) && isObject(dataset.computeGap) ? dataset.computeGap : {};
    const measure = comparison && isObject(gap[comparison[1]]) ? (gap[comparison[1]] as Record<string, unknown>) : undefined;
    const id = measure?.[comparison![2]];
    if (typeof id === 'string' && Object.hasOwn(facts, id)) add(id, 'unit', `${path}: ${problem}`);
  }
  return out;
}

/** A value as a cell shows it: text as it is, a list joined with commas, anything else as JSON. */
function shown(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/** What a cell's editor text means, as the JSON will hold it; wrong input is kept for the validator to name. */
export function parseCell(key: FactKey, text: string): unknown {
  const trimmed = text.trim();
  if (key === 'value') {
    const digits = trimmed.replace(/[\s\u00a0\u202f_]/g, '');
    const n = digits === '' ? NaN : Number(digits);
    return Number.isFinite(n) ? n : trimmed;
  }
  if (key === 'sources') return trimmed.split(/[\s,]+/).filter(Boolean);
  return trimmed;
}

export class FactsSheet {
  private state: SheetState = { facts: {}, problems: new Map(), readOnly: false };
  private readonly body: HTMLTableSectionElement;
  /** The cell in the tab order, by fact id ('' for the header row) and column index (0 for the id). */
  private active = { id: '', col: 0 };
  private editing?: { cell: HTMLElement; input: HTMLInputElement | HTMLSelectElement; id: string; key: FactKey; done: boolean };
  private serial = 0;

  constructor(
    private readonly table: HTMLTableElement,
    private readonly onEdit: (id: string, key: FactKey, value: unknown) => void
  ) {
    table.setAttribute('role', 'grid');
    const head = table.createTHead();
    const row = head.insertRow();
    row.setAttribute('role', 'row');
    for (const label of ['Fact', ...COLUMNS.map((c) => c.label)]) {
      const th = document.createElement('th');
      th.setAttribute('role', 'columnheader');
      th.scope = 'col';
      th.textContent = label;
      th.tabIndex = -1;
      row.append(th);
    }
    this.body = table.createTBody();
    const units = document.createElement('datalist');
    units.id = `${table.id || 'facts'}-units`;
    for (const unit of [...CURRENCIES, ...UNITS]) units.append(new Option(unit));
    table.after(units);
    table.addEventListener('keydown', (e) => this.onKey(e));
    table.addEventListener('focusin', (e) => this.onFocusIn(e));
    table.addEventListener('focusout', (e) => {
      if (this.editing && e.target === this.editing.input) this.finish(true, false);
    });
    table.addEventListener('dblclick', (e) => {
      const cell = (e.target as Element).closest<HTMLElement>('[role="gridcell"]');
      if (cell && !this.editing) this.edit(cell);
    });
    this.render();
  }

  /** Shows new facts and problems, keeping the active cell (and the focus, if the sheet has it) on the same fact and column. */
  update(state: SheetState): void {
    this.state = state;
    this.render();
  }

  /** Every row of the grid, the header row first. */
  private get rows(): HTMLTableRowElement[] {
    return [...this.table.rows];
  }

  private render(): void {
    const { facts, problems, readOnly } = this.state;
    const ids = Object.keys(facts);
    const hadFocus = this.table.contains(this.table.ownerDocument.activeElement) && !this.editing;
    // Rows are kept while the facts keep their ids, so no focused cell or open editor is replaced.
    const current = [...this.body.rows].map((r) => r.dataset.id);
    if (current.join('\n') !== ids.join('\n')) {
      this.body.replaceChildren(...ids.map((id) => this.row(id)));
    }
    if (readOnly) this.table.setAttribute('aria-readonly', 'true');
    else this.table.removeAttribute('aria-readonly');
    for (const row of this.body.rows) {
      const id = row.dataset.id!;
      const fact = facts[id];
      const header = row.cells[0];
      this.mark(header, problems.get(cellKey(id, '')));
      COLUMNS.forEach(({ key }, i) => {
        const cell = row.cells[i + 1];
        if (this.editing?.cell === cell) return;
        const list = problems.get(cellKey(id, key));
        cell.replaceChildren();
        const text = document.createElement('span');
        text.className = 'cell-text';
        text.textContent = shown(fact[key]);
        cell.append(text);
        if (key === 'value' && !list && !problems.has(cellKey(id, 'unit')) && !problems.has(cellKey(id, 'qualifier'))) {
          // How a widget shows it, in English: a check on the number of zeros.
          const preview = document.createElement('span');
          preview.className = 'cell-shown';
          try {
            preview.textContent = formatFact(fact as unknown as Fact, 'en');
            cell.append(' ', preview);
          } catch {
            // A currency code Intl does not know: the validator has said so on the unit.
          }
        }
        this.mark(cell, list);
      });
    }
    if (!this.cellAt(this.active.id, this.active.col)) this.active = { id: '', col: 0 };
    const active = this.cellAt(this.active.id, this.active.col)!;
    for (const cell of this.table.querySelectorAll<HTMLElement>('th, td')) cell.tabIndex = cell === active ? 0 : -1;
    if (hadFocus && document.activeElement !== active) active.focus();
  }

  private row(id: string): HTMLTableRowElement {
    const row = document.createElement('tr');
    row.setAttribute('role', 'row');
    row.dataset.id = id;
    const header = document.createElement('th');
    header.setAttribute('role', 'rowheader');
    header.scope = 'row';
    const code = document.createElement('code');
    code.textContent = id;
    header.append(code);
    row.append(header);
    for (const { key } of COLUMNS) {
      const cell = document.createElement('td');
      cell.setAttribute('role', 'gridcell');
      cell.dataset.key = key;
      row.append(cell);
    }
    return row;
  }

  /** Marks a cell wrong (aria-invalid, a visible mark) with its messages, or clears the mark. */
  private mark(cell: HTMLElement, problems: string[] | undefined): void {
    cell.querySelector(':scope > .cell-problem')?.remove();
    if (!problems) {
      cell.removeAttribute('aria-invalid');
      return;
    }
    cell.setAttribute('aria-invalid', 'true');
    const note = document.createElement('span');
    note.className = 'cell-problem';
    note.id = `${this.table.id || 'facts'}-problem-${++this.serial}`;
    note.textContent = problems.join('; ');
    cell.append(note);
  }

  private cellAt(id: string, col: number): HTMLElement | undefined {
    const row = id ? [...this.body.rows].find((r) => r.dataset.id === id) : this.table.tHead!.rows[0];
    return row?.cells[col];
  }

  private position(cell: HTMLElement): { row: number; col: number } {
    const row = cell.closest('tr')!;
    return { row: this.rows.indexOf(row), col: [...row.cells].indexOf(cell as HTMLTableCellElement) };
  }

  private moveTo(row: number, col: number): void {
    const rows = this.rows;
    const r = Math.max(0, Math.min(rows.length - 1, row));
    const cells = rows[r].cells;
    const cell = cells[Math.max(0, Math.min(cells.length - 1, col))];
    cell.focus(); // onFocusIn moves the tab stop
  }

  private onFocusIn(e: FocusEvent): void {
    const cell = (e.target as Element).closest<HTMLElement>('th, td');
    if (!cell || !this.table.contains(cell)) return;
    const row = cell.closest('tr')!;
    this.active = { id: row.dataset.id ?? '', col: [...row.cells].indexOf(cell as HTMLTableCellElement) };
    for (const other of this.table.querySelectorAll<HTMLElement>('[tabindex="0"]')) if (other !== cell && other.matches('th, td')) other.tabIndex = -1;
    cell.tabIndex = 0;
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editing) {
      if (e.target !== this.editing.input) return;
      if (e.key === 'Enter' || e.key === 'Escape') {
        e.preventDefault();
        this.finish(e.key === 'Enter', true);
      }
      return;
    }
    const cell = (e.target as Element).closest<HTMLElement>('th, td');
    if (!cell || e.target !== cell) return;
    const { row, col } = this.position(cell);
    const last = this.rows.length - 1;
    const ctrl = e.ctrlKey || e.metaKey;
    const moves: Record<string, () => void> = {
      ArrowUp: () => this.moveTo(row - 1, col),
      ArrowDown: () => this.moveTo(row + 1, col),
      ArrowLeft: () => this.moveTo(row, col - 1),
      ArrowRight: () => this.moveTo(row, col + 1),
      Home: () => this.moveTo(ctrl ? 0 : row, 0),
      End: () => this.moveTo(ctrl ? last : row, COLUMNS.length),
      PageUp: () => this.moveTo(row - 5, col),
      PageDown: () => this.moveTo(row + 5, col),
    };
    if (moves[e.key] && !e.altKey) {
      e.preventDefault();
      moves[e.key]();
    } else if (e.key === 'Enter' || e.key === 'F2') {
      if (cell.matches('td')) {
        e.preventDefault();
        this.edit(cell);
      }
    } else if (e.key.length === 1 && !ctrl && !e.altKey && e.key !== ' ' && cell.matches('td') && cell.dataset.key !== 'qualifier') {
      // Typing on a cell starts editing it with what was typed, as in a spreadsheet.
      e.preventDefault();
      this.edit(cell, e.key);
    }
  }

  /** Opens the cell's editor: a list for the qualifier, a text field otherwise. */
  private edit(cell: HTMLElement, typed?: string): void {
    if (this.state.readOnly) return;
    const id = cell.closest('tr')!.dataset.id!;
    const key = cell.dataset.key as FactKey;
    const column = COLUMNS.find((c) => c.key === key)!;
    const value = this.state.facts[id]?.[key];
    let input: HTMLInputElement | HTMLSelectElement;
    if (key === 'qualifier') {
      input = document.createElement('select');
      const options = typeof value === 'string' && !(QUALIFIERS as readonly string[]).includes(value) ? [value, ...QUALIFIERS] : QUALIFIERS;
      for (const q of options) input.append(new Option(q));
      input.value = typeof value === 'string' ? value : QUALIFIERS[0];
    } else {
      input = document.createElement('input');
      input.type = 'text';
      input.spellcheck = false;
      input.autocomplete = 'off';
      input.placeholder = column.hint;
      if (key === 'value') input.inputMode = 'decimal';
      if (key === 'unit') input.setAttribute('list', `${this.table.id || 'facts'}-units`);
      input.value = typed ?? shown(value);
    }
    input.className = 'cell-editor';
    input.setAttribute('aria-label', `${column.label} of ${id}`);
    const note = cell.querySelector<HTMLElement>('.cell-problem');
    if (note) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
    }
    this.editing = { cell, input, id, key, done: false };
    cell.replaceChildren(input, ...(note ? [note] : []));
    cell.tabIndex = -1;
    input.focus();
    if (input instanceof HTMLInputElement) {
      if (typed === undefined) input.select();
      else input.setSelectionRange(input.value.length, input.value.length);
    }
  }

  /**
   * Closes the editor: keeps the edit (reported to the page, which answers with `update`) or
   * drops it, and puts the focus back on the cell unless it has gone elsewhere.
   */
  private finish(keep: boolean, refocus: boolean): void {
    const editing = this.editing;
    if (!editing || editing.done) return;
    editing.done = true;
    const { cell, input, id, key } = editing;
    const value = key === 'qualifier' ? input.value : parseCell(key, input.value);
    const before = this.state.facts[id]?.[key];
    this.editing = undefined;
    cell.tabIndex = 0;
    if (refocus) cell.focus(); // before the editor goes, so the focus never falls to the page
    this.render();
    if (keep && JSON.stringify(value) !== JSON.stringify(before)) this.onEdit(id, key, value);
  }
}
