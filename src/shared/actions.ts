/**
 * The actions menu every widget shares: download the image (widgets that draw a chart),
 * download the data as CSV (widgets that show figures), copy the embed code. A disclosure
 * button and a list of buttons: the simplest pattern that every screen reader announces
 * ("collapsed", "expanded"). Nothing here runs before the reader opens it, and nothing makes
 * a request: downloads are Blob object URLs on an `<a download>`, which neither CSP nor
 * Trusted Types restrict.
 */
import { css, html, nothing } from 'lit';
import { resolveDataset } from '../data/load.js';
import { evaluationDate } from '../data/derive.js';
import { own, referencesIn } from '../data/template.js';
import type { Dataset, SourceId, Text as Prose } from '../data/types.js';
import { formatDate } from './format.js';
import { msg } from './i18n.js';
import { icon } from './icons.js';
import type { SovElement } from './sov-element.js';
import { say } from './text.js';

/**
 * One row of the CSV: what, party, value, unit, qualifier, illustrative, as of, source
 * names, source URLs. The value is a number; everything else is text.
 */
export type Figure = [string, string, number, string, string, 'yes' | 'no', string, string, string];

/** The publishers and URLs of sources, as two cells. */
export function sourceCells(dataset: Dataset, ids: SourceId[]): [string, string] {
  const sources = ids.map((id) => own(dataset.sources, id)).filter((s) => s !== undefined);
  return [sources.map((s) => s.publisher).join('; '), sources.map((s) => s.url ?? '').join(' ')];
}

/** A fact as a row, with what it is and whose it is. */
export function factFigure(dataset: Dataset, id: string, what: string, party = ''): Figure {
  const f = dataset.facts[id];
  return [what, party, f.value, f.unit, f.qualifier, 'no', f.asOf, ...sourceCells(dataset, f.sources)];
}

/**
 * A cell. Text is quoted; text that opens with = + - @, a tab or a carriage return gets a
 * leading apostrophe, so that a spreadsheet shows it as text and never evaluates it (a dataset
 * may come from anyone's URL). Numbers stay numbers, negative ones included: they come from the
 * validated dataset as JSON numbers, and a number's digits cannot hold a formula.
 */
const cell = (value: string | number) =>
  typeof value === 'number' ? value : `"${/^[=+\-@\t\r]/.test(value) ? "'" : ''}${value.replace(/"/g, '""')}"`;

/** The rows as CSV: UTF-8 with a byte order mark (for Excel), a header row, CRLF line ends. */
export const toCsv = (rows: Figure[]) =>
  `\ufeffwhat,party,value,unit,qualifier,illustrative,as_of,sources,urls\r\n${rows.map((r) => `${r.map(cell).join(',')}\r\n`).join('')}`;

/**
 * The widget as the reader sees it, at twice its size in CSS pixels, in its theme and
 * language: each word where the browser laid it out, each chart's canvas, and below them
 * a line with the as-of date.
 */
async function drawWidget(root: ShadowRoot, lang: string, date: string): Promise<Blob> {
  const card = root.querySelector('[part~=base]')!;
  const box = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  const foot = parseFloat(style.fontSize) * 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * 2);
  canvas.height = Math.round((box.height + foot) * 2);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  ctx.fillStyle = style.backgroundColor;
  ctx.fillRect(0, 0, box.width, box.height + foot);
  ctx.textBaseline = 'middle';
  const write = (text: string, el: Element, r: DOMRect | { x: number; y: number; height: number }) => {
    const s = getComputedStyle(el);
    ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    ctx.fillStyle = s.color;
    ctx.fillText(s.textTransform === 'uppercase' ? text.toUpperCase() : text, r.x - box.x, r.y + r.height / 2 - box.y);
  };
  const at = (el: Element) => {
    const r = el.getBoundingClientRect();
    return [r.x - box.x, r.y - box.y, r.width, r.height] as const;
  };
  // Every box's background (the pills, the inner cards), parents first; then the charts; then
  // every visible word. What is not shown (a closed <details>'s content, which Chromium lays
  // out but skips) and text for screen readers alone (.visually-hidden) are left out.
  const all = [...card.querySelectorAll('*')].filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'));
  for (const el of all) {
    ctx.fillStyle = getComputedStyle(el).backgroundColor;
    ctx.beginPath();
    ctx.roundRect(...at(el), parseFloat(getComputedStyle(el).borderTopLeftRadius));
    ctx.fill();
  }
  for (const el of all) if (el instanceof HTMLCanvasElement) ctx.drawImage(el, ...at(el));
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!all.includes(node.parentElement!)) continue;
    for (const word of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const r = range.getBoundingClientRect();
      if (r.width) write(word[0], node.parentElement!, r);
    }
  }
  write(msg(lang, 'asOf', { date }), card, { x: box.x + parseFloat(style.paddingLeft), y: box.bottom, height: foot });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject())));
}

/** Starts the download of `blob` as `name`. */
function save(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.download = name;
  a.href = URL.createObjectURL(blob);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 6e4);
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The widget's embed code: the script (this bundle's own URL) and the element with its
 * attributes (its language too, when it comes from the page), and its dataset override as
 * inline JSON when it has one. The explainer hands its own resolved dataset to its sections:
 * that is the page's, not an override, and is left out.
 */
export function embedCode(el: SovElement, lang: string): string {
  const tag = el.localName;
  const base = resolveDataset();
  const data = el.data && !(base.ok && base.dataset === el.data) ? JSON.stringify(el.data) : el.querySelector(':scope>script[type="application/json"]')?.textContent;
  const attrs = [...el.attributes].filter((a) => a.name !== 'ready' && a.name !== 'data-scheme').map((a) => ` ${a.name}="${attr(a.value)}"`);
  if (!el.hasAttribute('lang')) attrs.push(` lang="${attr(lang)}"`);
  // `<` escaped in the JSON, so that no text in it can close the script element.
  const json = data ? `<script type="application/json">${data.replace(/</g, '\\u003c')}</script>` : '';
  return `<script type="module" async src="${import.meta.url}"></script>\n<${tag}${attrs.join('')}>${json}</${tag}>`;
}

/**
 * The menu's state and markup, one per widget. The panel stays open after an action, with
 * what happened in its live region; Escape or the button closes it.
 */
export class Actions {
  open = false;
  /** What the live region says after an action. */
  note = '';
  /** The embed code, in a textarea to copy by hand, where the Clipboard API refused it. */
  code = '';
  /** The facts the host's latest render told, each with the first sentence it was told in. */
  readonly told = new Map<string, string>();

  constructor(private readonly host: SovElement) {}

  /** Notes the facts of `dataset` that `text` refers to, told in the sentence `said`; returns `said`. */
  tell(text: Prose, said: string, { facts }: Dataset) {
    for (const id of referencesIn(text)) if (own(facts, id) && !this.told.has(id)) this.told.set(id, said);
    return said;
  }

  /** A row for each fact told, described by its label, or else by the sentence it was told in. */
  figures(dataset: Dataset, lang: string): Figure[] {
    return [...this.told].map(([id, sentence]) => {
      const label = dataset.facts[id].label;
      return factFigure(dataset, id, label ? say(label, dataset, lang, evaluationDate(this.host.asOf)) : sentence);
    });
  }

  private set(state: Partial<Pick<Actions, 'open' | 'note' | 'code'>>) {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  private async run(lang: string, action: () => Promise<unknown> | void) {
    this.set({ note: '' });
    try {
      await action();
    } catch {
      this.set({ note: msg(lang, 'failed') });
    }
  }

  private async copy(lang: string) {
    const code = embedCode(this.host, lang);
    try {
      await navigator.clipboard.writeText(code);
      this.set({ note: msg(lang, 'copied') });
    } catch {
      this.set({ code, note: msg(lang, 'copyHand') });
      await this.host.updateComplete;
      const area = this.host.renderRoot.querySelector('textarea')!;
      area.focus();
      area.select();
    }
  }

  render(dataset: Dataset, lang: string) {
    const host = this.host;
    if (host.actions === 'none') return nothing;
    const root = host.renderRoot as ShadowRoot;
    const name = `${host.localName.slice(4)}${host.variant}.${lang}`;
    const item = (key: 'png' | 'csv' | 'embed', action: () => Promise<unknown> | void) =>
      html`<li><button @click=${() => this.run(lang, action)}>${msg(lang, key)}</button></li>`;
    const items = () => {
      const rows = host.figures(dataset, lang);
      const dates = rows.map((r) => r[6]).filter(Boolean).sort();
      return [
        root.querySelector('canvas') ? item('png', async () => save(await drawWidget(root, lang, formatDate(dates.pop() ?? dataset.meta.asOf, lang)), `${name}.png`)) : '',
        rows.length ? item('csv', () => save(new Blob([toCsv(rows)], { type: 'text/csv' }), `${name}.csv`)) : '',
        item('embed', () => this.copy(lang)),
      ];
    };
    return html`<div
      class="actions"
      part="actions"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.open) {
          this.set({ open: false });
          ((e.currentTarget as Element).firstElementChild as HTMLElement).focus();
        }
      }}
    >
      <button aria-expanded=${String(this.open)} aria-controls="actions" aria-label=${msg(lang, 'actions')} @click=${() => this.set({ open: !this.open, note: '', code: '' })}>
        ${icon('more')}
      </button>
      <ul id="actions" ?hidden=${!this.open}>
        ${this.open
          ? html`${items()}
              <li>
                ${this.code ? html`<textarea readonly rows="4" aria-label=${msg(lang, 'embed')} .value=${this.code}></textarea>` : ''}
                <span role="status">${this.note}</span>
              </li>`
          : nothing}
      </ul>
    </div>`;
  }
}

export const actionsStyles = css`
  :host {
    position: relative;
  }
  .actions {
    position: absolute;
    z-index: 1;
    top: 0.5em;
    right: 0.5em;
    display: grid;
    justify-items: end;
    gap: 0.25em;
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
  }
  /* :where() keeps the items' rule below the button's and the panel's. */
  .actions :where(button) {
    display: block;
    padding: 0.4em 0.6em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  .actions > * {
    margin: 0;
    padding: 0.4em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    list-style: none;
  }
  .actions button:hover {
    background: var(--_subtle);
  }
  li button {
    width: 100%;
  }
  #actions {
    box-shadow: 0 4px 16px #0004;
  }
  #actions span {
    display: block;
    color: var(--_muted);
  }
  textarea {
    width: 100%;
    font: 0.8em monospace;
  }
  .title {
    margin-inline-end: 2em;
  }
`;
