/**
 * Zero layout shift: the reservation stylesheet (dist/sovereignty-widgets.css, from
 * src/reserve.ts) holds each widget's space before the script runs, and the widget then draws
 * at that height, at every common column width, so a page of every widget does not move.
 * The heights are measured in the reference font: Firefox's fonts differ, so it skips.
 */
import { expect } from '@open-wc/testing';
import { AS_OF, FONT, HEIGHTS, WIDTHS, reservedHeight } from '../src/reserve.js';
import { firefox, until } from './helpers.js';

/** Every widget, and the attribute variants that have rules of their own: 'sov-bull-bear[side="bull"]'. */
const SELECTORS = Object.keys(HEIGHTS);
const markup = (selector: string) => {
  const [, tag, attribute = ''] = selector.match(/^([\w-]+)(?:\[(.+)\])?$/)!;
  return `<${tag} ${attribute} as-of="${AS_OF}"><p>Fallback text for ${tag}, <a href="https://example.org/">with a link</a>.</p></${tag}>`;
};

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/** A phone-tall page `width` px wide with the reservation stylesheet, `body` in it, and no script yet. */
async function framed(width: number, body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:844px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><base href="${document.baseURI}">
<link rel="stylesheet" href="/dist/sovereignty-widgets.css"></head>
<body style="margin:0;font:16px ${FONT}">
${body}
</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: frame.contentDocument! };
}

/** A page `width` px wide holding every widget, each with fallback text, between paragraphs. */
const page = (width: number) =>
  framed(width, SELECTORS.map((s) => `<div class="slot">${markup(s)}</div>`).join('\n<p>Article text between widgets.</p>\n'));

/** The page's cumulative layout shift so far, from the moment this is called. */
function watchShift(win: Window & typeof globalThis): () => number {
  let shift = 0;
  new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  return () => shift;
}

/** Loads the bundle into the page. */
function startScript(doc: Document): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/sovereignty-widgets.js';
  doc.head.append(script);
}

/**
 * Two frames: the one that lays the last drawing out, and the one after, by which Chromium has
 * reported any layout shift of it.
 */
async function twoFrames(win: Window): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

const widgets = (doc: Document) => [...doc.querySelectorAll('.slot')].map((slot) => slot.firstElementChild!);
const heights = (doc: Document) => widgets(doc).map((w) => Math.round(w.getBoundingClientRect().height));

describe('space reserved before the script runs', function () {
  this.timeout(60000);

  for (const width of WIDTHS) {
    it(`at ${width} px: each widget's reserved height is the height it draws at, and nothing shifts`, async function () {
      if (firefox) this.skip();
      const { frame, win, doc } = await page(width);
      const reserved = SELECTORS.map((s) => reservedHeight(s, width)!);
      expect(heights(doc), 'before the script').to.deep.equal(reserved);

      const shift = watchShift(win);
      startScript(doc);
      await until(() => widgets(doc).every((w) => w.hasAttribute('ready')), 'every widget ready', 15000);
      await twoFrames(win);

      const drawn = heights(doc);
      drawn.forEach((h, i) => expect(Math.abs(h - reserved[i]), `${SELECTORS[i]}: drew ${h} px, reserved ${reserved[i]} px`).to.be.at.most(2));
      expect(shift(), 'cumulative layout shift').to.be.below(0.005);
      frame.remove();
    });
  }

  // Before the script, the heights are the stylesheet's alone, whatever the font: Firefox too.
  it('between those widths and beyond them, each widget holds the height of the widest one it reaches', async () => {
    const { frame, doc } = await page(1024);
    for (const width of [200, 300, 319, 319.5, 319.99, 320, 320.5, 344, 401, 520, 700, 767.9, 768, 1000]) {
      for (const slot of doc.querySelectorAll<HTMLElement>('.slot')) slot.style.width = `${width}px`;
      const column = widgets(doc)[0].getBoundingClientRect().width; // in layout units: 319.99 is 319.984
      const reserved = SELECTORS.map((s) => reservedHeight(s, column)!);
      expect(heights(doc), `at ${column} px`).to.deep.equal(reserved);
    }
    frame.remove();
  });

  // In a box sized by its content, the element asks for 40em before the script as after it
  // (src/reserve.ts, src/shared/styles.ts): 640 px, one of the measured widths.
  it('in boxes sized by their content, each widget keeps the width and height it had before the script, and nothing shifts', async function () {
    if (firefox) this.skip();
    const contexts = [
      (w: string) => `<div style="display:flex;gap:16px">${w}<p>Text beside it.</p></div>`,
      (w: string) => `<div><span style="display:inline-block">${w}</span></div>`,
      (w: string) => `<table><tr><td>${w}</td><td>Text beside it.</td></tr></table>`,
      (w: string) => `<div style="display:flow-root"><div style="float:left">${w}</div></div>`,
      (w: string) => `<div style="display:grid;grid-template-columns:auto 1fr">${w}<p>Text beside it.</p></div>`,
      (w: string) => `<div style="width:fit-content">${w}</div>`,
    ];
    const tags = SELECTORS.filter((s) => !s.includes('['));
    const { frame, win, doc } = await framed(1280, contexts.flatMap((context) => tags.map((tag) => context(markup(tag)))).join('\n'));
    const all = () => [...doc.querySelectorAll<HTMLElement>(tags.join(','))];
    const boxes = () => all().map((w) => [Math.round(w.getBoundingClientRect().width), Math.round(w.getBoundingClientRect().height)]);
    const before = boxes();
    all().forEach((w, i) => expect(before[i], `${w.localName}: before the script`).to.deep.equal([640, reservedHeight(w.localName, 640)]));

    const shift = watchShift(win);
    startScript(doc);
    await until(() => all().every((w) => w.hasAttribute('ready')), 'every widget ready', 30000);
    await twoFrames(win);
    boxes().forEach(([width, height], i) => {
      expect(width, `${all()[i].localName}: width once drawn`).to.equal(before[i][0]);
      expect(Math.abs(height - before[i][1]), `${all()[i].localName}: drew ${height} px, reserved ${before[i][1]} px`).to.be.at.most(2);
    });
    expect(shift(), 'cumulative layout shift').to.be.below(0.005);
    frame.remove();
  });

  it('makes no size container of an element before it is defined', async () => {
    // A size container on the page has Chromium lay the page out as its parser finishes, in the
    // parser's task, since style then depends on layout.
    const { frame, win, doc } = await page(WIDTHS[0]);
    for (const widget of widgets(doc)) expect(win.getComputedStyle(widget).containerType, widget.localName).to.equal('normal');
    frame.remove();
  });
});
