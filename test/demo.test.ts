/**
 * The built demo (site/, made by `npm run build`), loaded as a visitor would, with its
 * console errors and uncaught errors recorded from the first script on.
 */
import { expect } from '@open-wc/testing';
import { widgets } from '../stories/index.js';
import { until } from './helpers.js';

type DemoWindow = Window & typeof globalThis & { __errors: string[] };

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
