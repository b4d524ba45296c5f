/**
 * The designers' page: a gallery of every story (the stories are its only source of states),
 * controls for the whole gallery, a dataset editor and an embed-code generator.
 */
import { widgets, type StoryEntry } from '../stories/index.js';
import { attributesOf, type Meta, type StoryArgs } from '../stories/kit.js';
import { defaultDataset, mergeDataset, resolveDataset, setDefaultDataset, validateDataset } from '../src/index.js';
import { escapeHtml } from '../src/fallback.js';
import { datasetSchema } from '../src/data/schema.js';
import { snippet } from '../src/snippet.js';
import { FactsSheet, problemsByCell, type FactKey } from './facts-sheet.js';
import { isObject, replaceText, withValue } from './json-text.js';
import { Prerenderer, requestFor } from './prerendered.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

// ---- The gallery ------------------------------------------------------------------------

interface Shown {
  story: StoryEntry;
  box: HTMLElement;
  widget: HTMLElement;
}
const shown: Shown[] = [];

function code(text: string) {
  const el = document.createElement('code');
  el.textContent = text;
  return el;
}

function renderGallery() {
  const gallery = $('#gallery');
  const toc = $('.toc');
  for (const { meta, stories } of widgets) {
    const group = document.createElement('section');
    group.className = 'widget-group';
    group.id = meta.component;
    const heading = document.createElement('h2');
    heading.append(`${meta.title} `, code(`<${meta.component}>`));
    group.append(heading);
    const link = document.createElement('a');
    link.href = `#${meta.component}`;
    link.textContent = meta.title;
    toc.append(link);
    for (const story of stories) {
      const figure = document.createElement('figure');
      figure.className = 'story';
      figure.dataset.story = `${meta.component}--${story.id}`;
      const caption = document.createElement('figcaption');
      const name = document.createElement('span');
      name.className = 'story-name';
      name.textContent = story.name;
      const attributes = attributesOf(story.args).map(([k, v]) => `${k}="${v}"`);
      if (story.args.data) attributes.push('.data={…}');
      if (story.args.width) attributes.push(`(in a ${story.args.width} px box)`);
      caption.append(name, code(`<${meta.component}${attributes.length ? ' ' : ''}${attributes.join(' ')}>`));
      const box = story.render();
      figure.append(caption, box);
      group.append(figure);
      shown.push({ story, box, widget: box.querySelector<HTMLElement>(meta.component)! });
    }
    gallery.append(group);
  }
}

// ---- Controls for the whole gallery -------------------------------------------------------

function applyControls() {
  const form = $<HTMLFormElement>('#controls');
  const { theme, lang, width } = Object.fromEntries(new FormData(form)) as Record<string, string>;
  for (const { story, box, widget } of shown) {
    widget.setAttribute('theme', theme || String(story.args.theme ?? 'auto'));
    widget.setAttribute('lang', lang || String(story.args.lang ?? 'en'));
    const px = width ? (width === 'full' ? 0 : Number(width)) : Number(story.args.width ?? 0);
    box.style.maxWidth = px ? `${px}px` : '';
  }
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

// ---- The dataset editor -----------------------------------------------------------------

/**
 * What the edit changes against the default: objects by key, anything else whole, and `null`
 * for a key the edit removed (a fact, a milestone, a pillar item…), which the merge removes too.
 */
function diff(edited: unknown, base: unknown): unknown {
  if (JSON.stringify(edited) === JSON.stringify(base)) return undefined;
  if (!isObject(edited) || !isObject(base)) return edited;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(edited)) {
    const d = diff(edited[key], base[key]);
    if (d !== undefined) out[key] = d;
  }
  for (const key of Object.keys(base)) if (!(key in edited)) out[key] = null;
  return Object.keys(out).length ? out : undefined;
}

/** The valid edit, as a partial dataset, or undefined when it equals the default. */
let editedOverride: unknown;
/** The valid edited dataset as written (what Download saves), when it differs from the default. */
let editedWhole: unknown;

let sheet: FactsSheet;
/** The facts the sheet shows: kept while the JSON does not parse. */
let sheetFacts: Record<string, Record<string, unknown>> = {};
/** The pending check of the JSON typed into the text area (it waits for a pause in the typing). */
let pending = 0;

function checkEditor() {
  clearTimeout(pending);
  pending = 0;
  const text = $<HTMLTextAreaElement>('#dataset').value;
  const status = $('#editor-status');
  const list = $('#editor-errors');
  const note = $('#facts-note');
  list.replaceChildren();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    status.textContent = `Not valid JSON: ${(error as Error).message}. The gallery keeps the last valid dataset.`;
    note.textContent = 'The JSON does not parse: the sheet shows the facts as they were, and takes edits again once the JSON is fixed.';
    sheet.update({ facts: sheetFacts, problems: new Map(), readOnly: true });
    return;
  }
  const merged = mergeDataset(defaultDataset, parsed);
  const result = validateDataset(merged);
  // The sheet shows the facts of the merged dataset as written, wrong values included.
  const facts = isObject(merged) && isObject(merged.facts) ? merged.facts : undefined;
  sheetFacts = Object.fromEntries(Object.entries(facts ?? {}).map(([id, fact]) => [id, isObject(fact) ? fact : {}]));
  note.textContent = facts ? '' : 'The dataset has no object of facts by id, so the sheet is empty.';
  sheet.update({ facts: sheetFacts, problems: result.ok ? new Map() : problemsByCell(result.errors, merged), readOnly: false });
  if (!result.ok) {
    status.textContent = `${result.errors.length} problem${result.errors.length > 1 ? 's' : ''}; the gallery keeps the last valid dataset.`;
    for (const { path, problem } of result.errors.slice(0, 25)) {
      const item = document.createElement('li');
      item.append(code(path || '(the whole dataset)'), problem);
      list.append(item);
    }
    return;
  }
  // The edit against the default, unless that holds every section: a whole dataset replaces
  // the default rather than merging over it, so then the whole edited dataset is the override
  // (pasting another story, such as examples/northwind-vs-contoso.json, into the editor).
  const change = diff(parsed, defaultDataset);
  editedOverride = isObject(change) && datasetSchema.required!.every((key) => key in change) ? parsed : change;
  editedWhole = editedOverride === undefined ? undefined : parsed;
  setDefaultDataset(editedOverride as Parameters<typeof setDefaultDataset>[0]);
  status.textContent = editedOverride ? 'Valid: the gallery shows the edited dataset.' : 'Valid: the default dataset.';
  updateEmbed(); // the snippet carries the edit
}

/**
 * A cell edited in the sheet: the JSON text gets the new value in place of the old one, and
 * nothing else of it changes (the user's layout, and their caret, stay where they were).
 */
function editFact(id: string, key: FactKey, value: unknown) {
  const area = $<HTMLTextAreaElement>('#dataset');
  try {
    replaceText(area, withValue(area.value, ['facts', id, key], value));
  } catch {
    // The JSON stopped parsing (the sheet is read-only then): leave the typing alone.
  }
  checkEditor();
}

function setupEditor() {
  const area = $<HTMLTextAreaElement>('#dataset');
  area.value = JSON.stringify(defaultDataset, null, 2);
  sheet = new FactsSheet($<HTMLTableElement>('#facts'), editFact);
  area.addEventListener('input', () => {
    clearTimeout(pending);
    pending = window.setTimeout(checkEditor, 250);
  });
  // Moving from the JSON to the sheet: the sheet first catches up with what was just typed.
  $('#facts').addEventListener('focusin', () => {
    if (pending) checkEditor();
  });
  $('#download').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([area.value], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'dataset.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  $('#reset').addEventListener('click', () => {
    area.value = JSON.stringify(defaultDataset, null, 2);
    checkEditor();
  });
  checkEditor();
}

// ---- The embed-code generator -------------------------------------------------------------


/**
 * The published bundle this build is: its versioned CDN URL and SHA-384 (dist/integrity.json,
 * written by the build and copied beside the demo). Until it has loaded, or if it is missing,
 * snippets point at the bundle beside the demo, with no hash.
 */
let release: { url: string; integrity: string } | undefined;

/**
 * The snippet a blogger pastes: the script tag (with `integrity` and `crossorigin` when the
 * bundle's hash is known), the element, the edited dataset inline, and the fallback (the
 * widget's image, when it shows what the snippet draws, and a sentence).
 */
export function snippetFor(tag: string, args: StoryArgs, defaults: StoryArgs, override: unknown, bundleUrl: string, integrity?: string) {
  const pairs = changedAttributes(args, defaults);
  const attributes = pairs.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  // `<` escaped so the JSON can never close the script element early.
  const json = override ? `\n  <script type="application/json">${JSON.stringify(override).replace(/</g, '\\u003c')}</script>` : '';
  // The script, the widget's space reservation, and a fallback sentence from the edited dataset.
  const resolved = resolveDataset(override);
  return snippet(tag, {
    bundleUrl,
    ...(integrity ? { integrity: escapeHtml(integrity) } : {}),
    attributes,
    inner: json,
    ...(resolved.ok ? { dataset: resolved.dataset } : {}),
    lang: String(args.lang ?? 'en'),
    // The published image (dist/img/) shows the built-in dataset with every attribute that
    // changes the drawing at its default (light theme; its own as-of, which it states): with
    // an edited dataset or such an attribute, it would show something else, so none is offered.
    image: !override && pairs.every(([name]) => IMAGE_SAFE.includes(name)),
  });
}

/** The attributes a snippet carries: those set away from the widget's defaults, and `as-of`. */
function changedAttributes(args: StoryArgs, defaults: StoryArgs) {
  return attributesOf(args)
    .filter(([name, value]) => !(name in defaults) || String(defaults[name as keyof StoryArgs]) !== value || name === 'as-of')
    .filter(([name]) => name !== 'lang' || args.lang !== 'en');
}

/** The attributes a widget can carry and still look like its published image. */
const IMAGE_SAFE = ['lang', 'theme', 'as-of'];

function currentMeta(): Meta {
  const tag = $<HTMLSelectElement>('#embed [name="widget"]').value;
  return widgets.find((w) => w.meta.component === tag)!.meta;
}

function embedArgs(meta: Meta): StoryArgs {
  const args: StoryArgs = { ...meta.args };
  for (const input of $('#embed-attributes').querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    args[input.name] = input.type === 'number' && input.value !== '' ? Number(input.value) : input.value;
  }
  return args;
}

function buildAttributeControls() {
  const meta = currentMeta();
  const box = $('#embed-attributes');
  box.replaceChildren();
  for (const [name, type] of Object.entries(meta.argTypes)) {
    if (name === 'width') continue;
    const label = document.createElement('label');
    label.append(code(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)));
    const value = String(meta.args[name] ?? '');
    let input: HTMLInputElement | HTMLSelectElement;
    if (type.options) {
      input = document.createElement('select');
      for (const option of type.options) input.append(new Option(String(option) || '(none)', String(option)));
    } else {
      input = document.createElement('input');
      const control = type.control as string | { type: string; min?: number; max?: number };
      if (control === 'date') input.type = 'date';
      else if (typeof control === 'object' && control.type === 'range') {
        Object.assign(input, { type: 'number', min: String(control.min), max: String(control.max) });
      }
    }
    input.name = name;
    input.value = value;
    label.append(input);
    box.append(label);
  }
}

function updateEmbed() {
  const meta = currentMeta();
  const args = embedArgs(meta);
  const bundle = release?.url ?? new URL('sovereignty-widgets.js', document.baseURI).href;
  $<HTMLTextAreaElement>('#snippet').value = snippetFor(meta.component, args, meta.args, editedOverride, bundle, release?.integrity);
  const { request, command } = requestFor(meta.component, changedAttributes(args, meta.args), editedWhole);
  $('#command').textContent = command;
  $('#command-data').hidden = editedWhole === undefined;
  $('#prerendered').setAttribute('aria-busy', 'true');
  prerenderer.render(request);
  const preview = $('#preview');
  preview.dataset.width = $<HTMLSelectElement>('#embed [name="preview"]').value;
  preview.replaceChildren(meta.render({ ...args, width: 0 }));
  $('#copy-status').textContent = '';
  $('#copy-prerendered-status').textContent = '';
}

/** The pre-rendered snippet's box: the snippet, or the reason there is none. */
const prerenderer = new Prerenderer(({ snippet, problem }) => {
  const area = $<HTMLTextAreaElement>('#prerendered');
  area.value = snippet ?? '';
  area.removeAttribute('aria-busy');
  $('#prerendered-status').textContent = problem ?? '';
  $<HTMLButtonElement>('#copy-prerendered').disabled = !snippet;
  area.dispatchEvent(new Event('prerendered')); // for the tests: the box holds the latest answer
});

/** The button `button` copies the text area `from`, and says so in `status`. */
function copyButton(button: string, from: string, status: string) {
  $(button).addEventListener('click', async () => {
    const area = $<HTMLTextAreaElement>(from);
    try {
      // Some browsers leave the promise pending (an unfocused frame, a permission prompt).
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 1500));
      await Promise.race([navigator.clipboard.writeText(area.value), timeout]);
      $(status).textContent = 'Copied to the clipboard.';
    } catch {
      area.select();
      $(status).textContent = document.execCommand('copy') ? 'Copied to the clipboard.' : 'Select the snippet and press Ctrl+C to copy it.';
    }
  });
}

function setupEmbed() {
  const select = $<HTMLSelectElement>('#embed [name="widget"]');
  for (const { meta } of widgets) select.append(new Option(`${meta.title} <${meta.component}>`, meta.component));
  select.value = 'sov-compute-gap';
  buildAttributeControls();
  select.addEventListener('change', buildAttributeControls);
  $('#embed').addEventListener('change', updateEmbed);
  $('#embed').addEventListener('input', updateEmbed);
  copyButton('#copy', '#snippet', '#copy-status');
  copyButton('#copy-prerendered', '#prerendered', '#copy-prerendered-status');
  updateEmbed();
  fetch(new URL('integrity.json', document.baseURI))
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json) => {
      if (typeof json?.url === 'string' && typeof json?.integrity === 'string') {
        release = json;
        updateEmbed();
      }
    })
    .catch(() => {}); // opened from disk, or no integrity.json: the local URL stays
}

renderGallery();
$('#controls').addEventListener('change', applyControls);
applyControls();
setupEmbed();
setupEditor();
