/**
 * Server rendering (sovereignty-widgets/ssr): every widget rendered in Node by renderWidget
 * (served by the test runner's `/__ssr`, see web-test-runner.config.mjs) holds the same text
 * as the widget drawn in the browser; and a page of pre-rendered widgets upgrades when the
 * script arrives without a frame that shows a widget empty or at another size, and without a
 * layout shift, in English, French and German, in a serif host font, with another dataset.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { TAGS, firefox, settled, until } from './helpers.js';

const AS_OF = '2026-12-01';
const LANGS = ['en', 'fr', 'de'];

interface Options {
  lang: string;
  theme?: string;
  data?: 'northwind';
  attrs?: string[];
}

/** renderWidget's HTML for `tag`, from the server. */
async function serverHtml(tag: string, { lang, theme = 'light', data, attrs = [] }: Options): Promise<string> {
  const q = new URLSearchParams({ tag, lang, theme, 'as-of': AS_OF });
  if (data) q.set('data', data);
  attrs.forEach((a) => q.append('attr', a));
  const response = await fetch(`/__ssr?${q}`);
  if (!response.ok) throw new Error(`/__ssr answered ${response.status}`);
  return response.text();
}

/**
 * What a reader with scripts on reads in a widget: its shadow root's text, through the widgets
 * it holds, without styles, scripts and what a canvas holds (shown only with scripts off),
 * without what is not shown (`rendered`: in a page), nor what matches `skip`, white space
 * folded.
 */
export function readerText(host: Element, { skip = '', rendered = true } = {}): string {
  const walk = (node: Node): string => {
    // By node type, not instanceof: the pages under test are other windows.
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (['STYLE', 'SCRIPT', 'CANVAS', 'TEMPLATE'].includes(element.tagName) || (skip && element.matches(skip))) return '';
      // What the page does not show (the server's layout for other widths, a hidden tab panel).
      if (rendered && !element.checkVisibility()) return '';
      if (element.shadowRoot) return walk(element.shadowRoot);
    }
    return [...node.childNodes].map(walk).join('');
  };
  return walk(host).replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

describe('server rendering', function () {
  this.timeout(120000);
  let northwind: SovElement['data'];
  before(async () => (northwind = await (await fetch('/examples/northwind-vs-contoso.json')).json()));

  for (const tag of TAGS)
    for (const lang of LANGS)
      it(`${tag} in ${lang}: the server's text is the browser's, with either dataset`, async () => {
        for (const data of [undefined, 'northwind'] as const) {
          const served = Document.parseHTMLUnsafe(await serverHtml(tag, { lang, data })).body.firstElementChild!;
          expect(served.shadowRoot, 'a declarative shadow root').to.not.equal(null);
          const el = Object.assign(document.createElement(tag) as SovElement, { data: data ? northwind : undefined });
          Object.entries({ lang, theme: 'light', 'as-of': AS_OF }).forEach(([name, value]) => el.setAttribute(name, value));
          await fixture(el);
          await settled(el);
          expect(readerText(el).length).to.be.greaterThan(50);
          expect(readerText(served, { rendered: false }), `${tag}, ${lang}, ${data ?? 'built-in'} dataset`).to.equal(
            readerText(el, { rendered: false }),
          );
        }
      });
});

interface Page {
  win: Window & typeof globalThis;
  doc: Document;
}

/** A page `width` px wide in a serif font, `body` in it, and no script yet. */
async function framed(width: number, lang: string, body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:844px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><base href="${document.baseURI}"></head>
<body style="margin:0;font:17px Georgia,'DejaVu Serif',serif">${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

/** A page of every widget pre-rendered, between paragraphs. */
async function prerendered(width: number, options: Options): Promise<Page & { widgets: SovElement[]; frame: HTMLIFrameElement }> {
  const parts = await Promise.all(TAGS.map((tag) => serverHtml(tag, options)));
  const page = await framed(width, options.lang, parts.map((p) => `<div class="slot">${p}</div>`).join('\n<p>Article text between widgets.</p>\n'));
  const widgets = [...page.doc.querySelectorAll('.slot')].map((slot) => slot.firstElementChild as SovElement);
  return { ...page, widgets, frame: page.win.frameElement as HTMLIFrameElement };
}

/** Loads the bundle into the page. */
function startScript(doc: Document): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/sovereignty-widgets.js';
  doc.head.append(script);
}

/**
 * Watches every frame until stopped: each widget's height, and whether it showed any text (a
 * frame that shows a widget empty or at another size is what the reader would notice), and the
 * page's layout shifts.
 */
function watch({ win }: Page, widgets: Element[]) {
  const heights = widgets.map(() => new Set<number>());
  let empty = 0;
  let frames = 0;
  let shift = 0;
  let on = true;
  new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    if (!on) return;
    frames++;
    widgets.forEach((w, i) => {
      heights[i].add(Math.round(w.getBoundingClientRect().height * 4) / 4);
      if (!readerText(w)) empty++;
    });
    win.requestAnimationFrame(frame);
  };
  win.requestAnimationFrame(frame);
  return {
    stop: () => ((on = false), { heights: heights.map((h) => [...h]), empty, frames, shift }),
  };
}

async function twoFrames(win: Window): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

describe('pre-rendered widgets upgrade without a flash', function () {
  this.timeout(120000);

  for (const width of [390, 1280])
    for (const lang of LANGS)
      for (const data of [undefined, 'northwind'] as const)
        it(`at ${width} px, in ${lang}, with the ${data ?? 'built-in'} dataset: same text, same size in every frame, no layout shift`, async () => {
          const theme = lang === 'fr' ? 'dark' : 'light';
          const page = await prerendered(width, { lang, theme, data });
          const { win, doc, widgets } = page;
          const before = widgets.map((w) => readerText(w));
          before.forEach((text, i) => expect(text.length, `${TAGS[i]}'s server text`).to.be.greaterThan(50));
          const watcher = watch(page, widgets);
          startScript(doc);
          await until(() => widgets.every((w) => w.hasAttribute('ready')), 'every widget to be ready', 30000);
          await twoFrames(win);
          const { heights, empty, frames, shift } = watcher.stop();
          expect(frames).to.be.greaterThan(1);
          expect(widgets.every((w) => w.matches(':defined'))).to.equal(true);
          expect(empty, 'frames showing a widget without text').to.equal(0);
          heights.forEach((h, i) => expect(h, `${TAGS[i]}'s heights over the frames`).to.have.length(1));
          expect(shift).to.be.at.most(0.005);
          expect(widgets.map((w) => readerText(w))).to.deep.equal(before);
          page.frame.remove();
        });

  for (const scheme of ['dark', 'light'] as const)
    it(`theme auto, the system prefers ${scheme}: ${scheme} from the server's first frame, and no colour changes on upgrade`, async function () {
      if (firefox) this.skip(); // colour-scheme emulation needs the Chrome DevTools protocol
      await emulateMedia({ colorScheme: scheme });
      try {
        const page = await prerendered(390, { lang: 'de', theme: 'auto', data: 'northwind' });
        const { win, doc, widgets } = page;
        // Each widget's card (the explainer's: its first nested widget's), read in every frame.
        const card = (w: Element) => {
          const root = w.localName === 'sov-explainer' ? w.shadowRoot!.querySelector('sov-stack-card')!.shadowRoot! : w.shadowRoot!;
          return root.querySelector('[part~="base"]')!;
        };
        const colours = widgets.map(() => new Set<string>());
        let on = true;
        const frame = () => {
          if (!on) return;
          widgets.forEach((w, i) => colours[i].add(win.getComputedStyle(card(w)).backgroundColor));
          win.requestAnimationFrame(frame);
        };
        frame();
        startScript(doc);
        await until(() => widgets.every((w) => w.hasAttribute('ready')), 'every widget to be ready', 30000);
        await twoFrames(win);
        on = false;
        const surface = scheme === 'dark' ? 'rgb(23, 25, 29)' : 'rgb(255, 255, 255)';
        colours.forEach((c, i) => expect([...c], `${TAGS[i]}'s card over the frames`).to.deep.equal([surface]));
        widgets.forEach((w) => expect(w.dataset.scheme).to.equal(scheme));
        page.frame.remove();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

  it('the metric toggle and the compute gap work once upgraded', async () => {
    const page = await prerendered(1280, { lang: 'en' });
    const { doc, widgets } = page;
    startScript(doc);
    await until(() => widgets.every((w) => w.hasAttribute('ready')), 'every widget to be ready', 30000);
    const toggle = widgets[TAGS.indexOf('sov-metric-toggle')];
    const verdict = () => toggle.shadowRoot!.querySelector('.verdict')!.textContent;
    const was = verdict();
    toggle.shadowRoot!.querySelector<HTMLInputElement>('input[value="energy"]')!.click();
    await until(() => verdict() !== was, 'the verdict to change');
    expect(toggle.getAttribute('metric')).to.equal('energy');
    expect(toggle.shadowRoot!.querySelectorAll('input[type="radio"]:checked')).to.have.length(1);
    const gap = widgets[TAGS.indexOf('sov-compute-gap')];
    gap.setAttribute('scale', 'log');
    await until(() => !!gap.shadowRoot!.querySelector('.scale-note'), 'the log scale note');
    // Charts start near the viewport; the compute gap is first on the page.
    await until(() => !!gap.shadowRoot!.querySelector('canvas')!.width && gap.shadowRoot!.querySelectorAll('canvas').length === 2, 'the charts');
    // The server's nodes are gone: one set of content, no leftover.
    expect(gap.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect(gap.shadowRoot!.querySelector('.bars')).to.equal(null);
    page.frame.remove();
  });
});
