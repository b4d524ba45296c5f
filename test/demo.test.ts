/**
 * The built demo (site/, made by `npm run build`), loaded as a visitor would, with its
 * console errors and uncaught errors recorded from the first script on.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { widgets } from '../stories/index.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import type { Dataset } from '../src/data/types.js';
import { until } from './helpers.js';

type DemoWindow = Window & typeof globalThis & { __errors: string[]; axe?: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

/** The text a reader sees in a widget, through the shadow roots of the widgets it holds, white space folded. */
function seen(el: Element): string {
  const walk = (root: Node): string =>
    [...root.childNodes]
      // nodeType, not instanceof: the nodes are the demo frame's, of another realm.
      .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : n.nodeType === Node.ELEMENT_NODE ? `${(n as Element).shadowRoot ? walk((n as Element).shadowRoot!) : ''} ${walk(n)}` : ''))
      .join(' ');
  return (el.shadowRoot ? walk(el.shadowRoot) : '').replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** A key pressed with a modifier held. */
async function withKey(modifier: string, key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}


const RECORD_ERRORS = `<script>
  window.__errors = [];
  const error = console.error.bind(console);
  console.error = (...args) => { window.__errors.push(args.join(' ')); error(...args); };
  addEventListener('error', (e) => window.__errors.push(e.message));
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
</script>`;

/** Opens a page of site/ (or raw markup) in an iframe, with error recording injected first. */
async function open(page: string, markup?: string, [width, height] = [1280, 900]) {
  const html = markup ?? (await (await fetch(`/site/${page}`)).text());
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html.replace('<head>', `<head><base href="${location.origin}/site/">${RECORD_ERRORS}`);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as DemoWindow;
  return { frame, win, doc: frame.contentDocument! };
}

const settledIn = (el: Element | null) => !!el?.hasAttribute('ready') && !!el.shadowRoot?.querySelector('[part~="base"]');
const storyCount = widgets.reduce((n, w) => n + w.stories.length, 0);

describe('the demo', function () {
  this.timeout(60000);
  let demo: Awaited<ReturnType<typeof open>>;
  const figures = () => [...demo.doc.querySelectorAll<HTMLElement>('figure.story')];
  const widgetIn = (figure: HTMLElement) => figure.querySelector(`[data-story] ${figure.dataset.story!.split('--')[0]}, ${figure.dataset.story!.split('--')[0]}`)!;

  before(async () => {
    demo = await open('index.html');
    await until(() => figures().length === storyCount, 'the gallery', 15000);
    await until(() => figures().every((f) => settledIn(widgetIn(f))), 'every story to render', 20000);
  });
  after(() => demo.frame.remove());

  it('shows every story, grouped by widget, with its name and attributes', () => {
    for (const { meta, stories } of widgets) {
      const group = demo.doc.getElementById(meta.component)!;
      const names = [...group.querySelectorAll('.story-name')].map((n) => n.textContent);
      expect(names).to.deep.equal(stories.map((s) => s.name));
      group.querySelectorAll('figure code').forEach((c) => expect(c.textContent).to.match(new RegExp(`^<${meta.component}`)));
    }
  });

  it('renders every story with no error box, except the error stories', () => {
    for (const figure of figures()) {
      const alert = widgetIn(figure).shadowRoot!.querySelector('[role="alert"]');
      if (figure.dataset.story!.endsWith('--ErrorState')) expect(alert, figure.dataset.story).not.to.equal(null);
      else expect(alert, figure.dataset.story).to.equal(null);
    }
  });

  it('loads with no console error', () => {
    expect(demo.win.__errors).to.deep.equal([]);
  });

  it('applies the theme, language and width controls to every widget at once', async () => {
    const form = demo.doc.querySelector<HTMLFormElement>('#controls')!;
    const set = (name: string, value: string) => {
      (form.elements.namedItem(name) as HTMLSelectElement).value = value;
      form.dispatchEvent(new Event('change'));
    };
    set('theme', 'dark');
    set('lang', 'de');
    set('width', '320');
    for (const figure of figures()) {
      const widget = widgetIn(figure) as HTMLElement & { theme: string };
      expect(widget.getAttribute('theme'), figure.dataset.story).to.equal('dark');
      expect(widget.getAttribute('lang'), figure.dataset.story).to.equal('de');
      expect(widget.getBoundingClientRect().width, figure.dataset.story).to.be.at.most(320);
    }
    const gap = demo.doc.querySelector('[data-story="sov-compute-gap--Default"] sov-compute-gap')!;
    await until(() => gap.shadowRoot!.textContent!.includes('Mrd.'), 'German number formats');
    set('theme', '');
    set('lang', '');
    set('width', '');
    const darkStory = demo.doc.querySelector('[data-story="sov-compute-gap--Dark"] sov-compute-gap')!;
    expect(darkStory.getAttribute('theme')).to.equal('dark');
    expect(gap.getAttribute('theme')).to.equal('auto');
  });

  it('rejects bad JSON and invalid values in the editor, naming the path', async () => {
    const area = demo.doc.querySelector<HTMLTextAreaElement>('#dataset')!;
    const status = demo.doc.querySelector('#editor-status')!;
    const type = (text: string) => {
      area.value = text;
      area.dispatchEvent(new Event('input'));
    };
    type('{ "meta": ');
    await until(() => status.textContent!.startsWith('Not valid JSON'), 'the JSON error');

    const data = JSON.parse(JSON.stringify((await import('../src/data/default-dataset.js')).defaultDataset));
    data.facts['anthropic-series-h'].value = '65B';
    type(JSON.stringify(data, null, 2));
    await until(() => status.textContent!.includes('problem'), 'the validation error');
    const errors = [...demo.doc.querySelectorAll('#editor-errors li')].map((li) => li.textContent);
    expect(errors).to.deep.equal(['facts.anthropic-series-h.valueexpected a positive number, got "65B"']);
  });

  it('re-renders the gallery from a valid edit, and puts the edit in the snippet', async () => {
    const area = demo.doc.querySelector<HTMLTextAreaElement>('#dataset')!;
    const data = JSON.parse(JSON.stringify((await import('../src/data/default-dataset.js')).defaultDataset));
    data.computeGap.title = 'Edited in the demo';
    area.value = JSON.stringify(data, null, 2);
    area.dispatchEvent(new Event('input'));
    const gap = demo.doc.querySelector('[data-story="sov-compute-gap--Default"] sov-compute-gap')!;
    await until(() => gap.shadowRoot!.textContent!.includes('Edited in the demo'), 'the gallery to follow the edit');
    const snippet = demo.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('<script type="application/json">{"computeGap":{"title":"Edited in the demo"}}</script>');
  });

  it('makes a snippet that, pasted into a blank page, renders the same widget', async () => {
    const form = demo.doc.querySelector<HTMLFormElement>('#embed')!;
    const widget = form.elements.namedItem('widget') as HTMLSelectElement;
    widget.value = 'sov-compute-gap';
    widget.dispatchEvent(new Event('change', { bubbles: true }));
    const measure = form.querySelector<HTMLSelectElement>('[name="measure"]')!;
    measure.value = 'capital';
    measure.dispatchEvent(new Event('change', { bubbles: true }));
    const snippet = demo.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    // The published bundle's versioned URL, pinned by the hash of the one built beside the demo.
    const { integrity } = await (await fetch('/site/integrity.json')).json();
    expect(snippet).to.match(/^<script type="module" async src="https:\/\/cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@\d+\.\d+\.\d+[^/"]*\/dist\/sovereignty-widgets\.js" integrity="([^"]+)" crossorigin="anonymous"><\/script>\n<style>/);
    expect(snippet).to.contain(`integrity="${integrity}"`);
    // The widget's space reservation (inside an HTML comment, see src/snippet.ts), the element,
    // and the fallback sentence from the edited dataset.
    expect(snippet).to.match(/<style><!--sov-compute-gap:not\(:defined\)\{display:flow-root\}[^<]*sov-compute-gap\[measure="capital"\]:not\(\[ready\]\)::before[^<]*--><\/style>/);
    expect(snippet).to.contain('\n<sov-compute-gap measure="capital">\n  <script type="application/json">');
    expect(snippet).to.match(/<\/script>\n {2}<p dir="ltr"><strong>Edited in the demo\.<\/strong> Capital raised: more than 16× /);
    // The published image shows the built-in dataset with both measures: not this widget.
    expect(snippet).not.to.contain('<img');

    demo.doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => /copied|ctrl\+c/i.test(demo.doc.querySelector('#copy-status')!.textContent!), 'the copy report');

    // Pasted into a blank page, with the CDN URL pointed at the same file here: the hash holds.
    const local = snippet.replace(/src="[^"]+"/, `src="${location.origin}/site/sovereignty-widgets.js"`);
    const pasted = await open('', `<!doctype html><html lang="en"><head></head><body>${local}</body></html>`);
    const el = pasted.doc.querySelector('sov-compute-gap')!;
    await until(() => settledIn(el), 'the pasted widget');
    expect(el.getAttribute('measure')).to.equal('capital');
    expect(el.shadowRoot!.querySelectorAll('canvas')).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.contain('Edited in the demo');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.querySelector('p')!.getBoundingClientRect().height, 'the fallback, hidden once upgraded').to.equal(0);
    expect(pasted.win.__errors).to.deep.equal([]);
    pasted.frame.remove();
  });

  it('offers the published image in the snippet only where it shows what the snippet draws', async () => {
    demo.doc.querySelector<HTMLButtonElement>('#reset')!.click();
    const form = demo.doc.querySelector<HTMLFormElement>('#embed')!;
    const set = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const snippet = () => demo.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    set('widget', 'sov-milestones');
    set('lang', 'fr');
    // Beside the published bundle, in the snippet's language, with alt text from the dataset in it.
    const img = /<img src="(https:\/\/cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@[^/"]+\/dist\/img\/sov-milestones\.fr\.png)" alt="([^"]+)"/.exec(snippet());
    expect(img, 'the image').not.to.equal(null);
    expect(img![2]).to.contain((defaultDataset.milestones.title as Record<string, string>).fr);
    // A sector filter draws fewer cards than the image shows.
    set('widget', 'sov-use-cases');
    expect(snippet()).to.contain('<img');
    set('filter', 'finance');
    expect(snippet()).not.to.contain('<img');
  });
});

describe('the demo: the facts sheet', function () {
  this.timeout(60000);
  let demo: Awaited<ReturnType<typeof open>>;
  let area: HTMLTextAreaElement;
  let grid: HTMLTableElement;
  const figures = () => [...demo.doc.querySelectorAll<HTMLElement>('figure.story')];
  const widgetIn = (figure: HTMLElement) => figure.querySelector(figure.dataset.story!.split('--')[0])!;
  const cell = (id: string, key: string) => grid.querySelector<HTMLElement>(`tr[data-id="${id}"] [data-key="${key}"]`)!;
  const active = () => demo.doc.activeElement as HTMLElement;
  const copy = () => JSON.parse(JSON.stringify(defaultDataset));
  /** The dataset a story's widget drew from (the widget's own record of it). */
  const datasetOf = (figure: HTMLElement) => (widgetIn(figure) as unknown as { story?: Dataset }).story;

  /** Moves the grid's focus from its first cell to a fact's cell, by keyboard only. */
  async function goTo(id: string, key: string) {
    grid.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await withKey('Control', 'Home');
    const row = [...grid.tBodies[0].rows].findIndex((r) => r.dataset.id === id);
    for (let i = 0; i <= row; i++) await sendKeys({ press: 'ArrowDown' });
    for (let i = 0; i <= ['value', 'unit', 'qualifier', 'asOf', 'sources'].indexOf(key); i++) await sendKeys({ press: 'ArrowRight' });
    expect(active()).to.equal(cell(id, key));
  }

  beforeEach(async () => {
    demo = await open('index.html');
    await until(() => figures().length > 0 && figures().every((f) => settledIn(widgetIn(f))), 'every story to render', 30000);
    area = demo.doc.querySelector<HTMLTextAreaElement>('#dataset')!;
    grid = demo.doc.querySelector<HTMLTableElement>('#facts')!;
  });
  afterEach(() => demo.frame.remove());

  it('edits a fact by keyboard: every story that shows it, and the snippet, follow; the JSON changes in that one place', async () => {
    const shows = (mw: number) => new RegExp(`(^|[^\\d.,])${mw} (MW|GW)`);
    const stories = figures().filter((f) => !f.dataset.story!.endsWith('--ErrorState'));
    const showing = stories.filter((f) => shows(200).test(seen(widgetIn(f))));
    // The 2027 target is in the compute gap, the stack card, the milestones and the explainer.
    const tags = new Set(showing.map((f) => f.dataset.story!.split('--')[0]));
    expect([...tags].sort()).to.deep.equal(['sov-compute-gap', 'sov-explainer', 'sov-milestones', 'sov-stack-card']);
    // Every story draws from the default dataset (their own `.data` is merged over it),
    // metric toggles included, though they show no fact.
    for (const f of stories) expect(datasetOf(f)!.facts['compute-target'].value, f.dataset.story).to.equal(200);
    const before = area.value;

    await goTo('compute-target', 'value');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '300' });
    await sendKeys({ press: 'Enter' });
    expect(active()).to.equal(cell('compute-target', 'value'));
    expect(cell('compute-target', 'value').textContent).to.contain('300');

    await until(() => showing.every((f) => shows(300).test(seen(widgetIn(f)))), 'every story that showed 200 MW to show 300 MW', 15000);
    for (const f of stories) expect(seen(widgetIn(f)), f.dataset.story).not.to.match(shows(200));
    for (const f of stories) expect(datasetOf(f)!.facts['compute-target'].value, f.dataset.story).to.equal(300);
    const snippet = demo.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('<script type="application/json">{"facts":{"compute-target":{"value":300}}}</script>');
    // The JSON view: that value, and nothing else, changed.
    const expected = copy();
    expected.facts['compute-target'].value = 300;
    expect(before).to.equal(JSON.stringify(defaultDataset, null, 2));
    expect(area.value).to.equal(JSON.stringify(expected, null, 2));
    expect(demo.win.__errors).to.deep.equal([]);
  });

  it('follows the JSON as it is typed, and keeps the JSON typing and its caret when the sheet is edited', async () => {
    // JSON → sheet.
    area.focus();
    area.value = area.value.replace('"value": 40,', '"value": 45,');
    area.dispatchEvent(new Event('input'));
    await until(() => cell('paris-power', 'value').querySelector('.cell-text')!.textContent === '45', 'the sheet to follow the JSON');
    expect(demo.doc.activeElement).to.equal(area);

    // Typing in the JSON, not yet checked, then straight to the sheet: the sheet catches up
    // first, and the sheet's edit keeps what was typed.
    area.value = area.value.replace('"Mistral AI\'s sovereignty bet"', '"Typed, not yet checked"');
    area.dispatchEvent(new Event('input'));
    const caret = area.value.indexOf('not yet checked');
    area.setSelectionRange(caret, caret);
    await goTo('sweden-cost', 'value');
    await sendKeys({ press: 'F2' });
    await sendKeys({ type: '1500000000' });
    await sendKeys({ press: 'Enter' });
    const expected = copy();
    expected.meta.title.en = 'Typed, not yet checked';
    expected.facts['paris-power'].value = 45;
    expected.facts['sweden-cost'].value = 1500000000;
    expect(area.value).to.equal(JSON.stringify(expected, null, 2));
    expect(area.value.slice(area.selectionStart)).to.match(/^not yet checked/);

    // JSON that does not parse: the sheet keeps its facts, says why, and takes no edit.
    area.value = area.value.replace('{', '{,');
    area.dispatchEvent(new Event('input'));
    await until(() => grid.getAttribute('aria-readonly') === 'true', 'the sheet to be read-only');
    expect(demo.doc.querySelector('#facts-note')!.textContent).to.contain('does not parse');
    await goTo('paris-power', 'unit');
    await sendKeys({ press: 'Enter' });
    expect(active()).to.equal(cell('paris-power', 'unit'));
    area.value = area.value.replace('{,', '{');
    area.dispatchEvent(new Event('input'));
    await until(() => !grid.hasAttribute('aria-readonly'), 'the sheet to take edits again');
  });

  it('takes another whole story pasted into the JSON, shows its facts, and edits them', async () => {
    const northwind = await (await fetch('/examples/northwind-vs-contoso.json')).text();
    area.value = northwind;
    area.dispatchEvent(new Event('input'));
    const rows = () => [...grid.tBodies[0].rows].map((r) => r.dataset.id);
    await until(() => rows().join() === Object.keys(JSON.parse(northwind).facts).join(), 'the sheet to show the Northwind facts');
    const gap = widgetIn(demo.doc.querySelector<HTMLElement>('[data-story="sov-compute-gap--Default"]')!);
    await until(() => seen(gap).includes('Northwind'), 'the gallery to tell the Northwind story');
    expect(gap.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

    await goTo('northwind-capacity', 'value');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '95' });
    await sendKeys({ press: 'Enter' });
    await until(() => / 95 MW/.test(seen(gap)), 'the gallery to follow the edit');
    expect(area.value).to.equal(northwind.replace('"value": 80,', '"value": 95,'));
    // The snippet carries the whole story (none of the default's facts), with the edit.
    const json = /<script type="application\/json">(.*)<\/script>/.exec(demo.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value)![1];
    expect(JSON.parse(json)).to.deep.equal(JSON.parse(area.value));
    expect(demo.win.__errors).to.deep.equal([]);
  });

  it('marks a wrong cell with the validator’s words, and has no axe violations in the editor', async () => {
    await goTo('paris-power', 'unit');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'MWh' });
    await sendKeys({ press: 'Enter' });
    const unit = cell('paris-power', 'unit');
    expect(unit.getAttribute('aria-invalid')).to.equal('true');
    expect(unit.querySelector('.cell-problem')!.textContent).to.match(/^expected a unit: .*, got "MWh"$/);
    expect(getComputedStyle(unit).boxShadow, 'a visible mark').not.to.equal('none');
    expect(demo.doc.querySelector('#editor-status')!.textContent).to.match(/^1 problem; the gallery keeps the last valid dataset/);
    expect(area.value).to.contain('"unit": "MWh"');

    await goTo('paris-power', 'asOf');
    await sendKeys({ type: '2026-13' });
    await sendKeys({ press: 'Enter' });
    expect(cell('paris-power', 'asOf').querySelector('.cell-problem')!.textContent).to.equal('expected a date as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, got "2026-13"');

    // axe, run inside the demo page on the editor, wrong cells and an open editor included.
    await sendKeys({ press: 'Enter' });
    const script = Object.assign(demo.doc.createElement('script'), { src: `${location.origin}/node_modules/axe-core/axe.min.js` });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    demo.doc.head.append(script);
    await loaded;
    const { violations } = await demo.win.axe!.run(demo.doc.querySelector('section[aria-labelledby="editor-title"]')!);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });
});

describe('the article page', () => {
  it('shows each widget in the prose with no error', async function () {
    this.timeout(30000);
    const page = await open('article.html');
    const tags = [...page.doc.querySelectorAll('article > *')].filter((e) => e.localName.startsWith('sov-'));
    expect(tags.length).to.be.greaterThan(4);
    await until(() => tags.every(settledIn), 'the widgets in the article', 15000);
    tags.forEach((t) => expect(t.shadowRoot!.querySelector('[role="alert"]'), t.localName).to.equal(null));
    expect(page.win.__errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('moves nothing as its widgets draw, at Lighthouse’s phone size (412 × 823)', async function () {
    this.timeout(30000);
    // Chromium reports layout shifts; Firefox has no such entry type.
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    const page = await open('article.html', undefined, [412, 823]);
    const tags = [...page.doc.querySelectorAll('article > *')].filter((e) => e.localName.startsWith('sov-'));
    // As Lighthouse loads it: no scrolling (a reader scrolling to a widget before it has drawn can
    // see it settle by the difference between its height and the reservation's step below it).
    await until(() => tags.every(settledIn), 'the widgets in the article', 15000);
    // The shifts recorded so far: a buffered observer holds them at once.
    const observer = new page.win.PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const shifts = observer.takeRecords() as Shift[];
    observer.disconnect();
    // What moved, for the failure message: the element, its box before and after.
    const box = (r: DOMRectReadOnly) => `${Math.round(r.y)}+${Math.round(r.height)}`;
    const moved = shifts.flatMap((s) => s.sources.map((m) => `${(m.node as Element)?.localName ?? m.node?.nodeName} ${box(m.previousRect)} → ${box(m.currentRect)}`));
    expect(shifts.reduce((a, s) => a + s.value, 0), moved.join('; ')).to.equal(0);
    page.frame.remove();
  });

  it('has headings that descend one level at a time, through the widgets', async function () {
    this.timeout(30000);
    const page = await open('article.html');
    const tags = [...page.doc.querySelectorAll('article > *')].filter((e) => e.localName.startsWith('sov-'));
    await until(() => tags.every(settledIn), 'the widgets in the article', 15000);
    // In the order a screen reader reads them: the page's, and each shadow root's in place.
    const levels = (root: ParentNode): number[] =>
      [...root.querySelectorAll('*')].flatMap((e) => {
        const own = /^h[1-6]$/.test(e.localName) ? [Number(e.localName[1])] : [];
        return e.shadowRoot ? [...own, ...levels(e.shadowRoot)] : own;
      });
    const found = levels(page.doc.body);
    expect(found[0]).to.equal(1);
    found.forEach((level, i) => expect(level, `heading ${i + 1} of ${found.join(', ')}`).to.be.at.most((found[i - 1] ?? 0) + 1));
    page.frame.remove();
  });
});
