/**
 * The actions menu: opened by keyboard in every widget, each action triggered: the image, the
 * data, the embed code; failures said in the live region; inert CSV from a hostile dataset;
 * the copied code renders the same widget in a blank page; axe with the menu open.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { messages } from '../../src/shared/locales/messages.js';
import type { SovElement } from '../../src/shared/sov-element.js';
import { chartsOf, openPage, settled, TAGS, textOf, until } from '../helpers.js';

const label = (key: keyof typeof messages, lang = 0) => messages[key][lang] as string;
const CHARTS = ['sov-compute-gap', 'sov-metric-toggle'];

async function make(tag: string, attrs: Record<string, string> = {}, data?: unknown) {
  const el = document.createElement(tag) as SovElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data as SovElement['data'];
  const box = await fixture<HTMLElement>(`<div style="width:640px"></div>`);
  box.append(el);
  await settled(el);
  if (CHARTS.includes(tag)) await chartsOf(el);
  return el;
}

const menuButton = (el: SovElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('.actions>button')!;
const item = (el: SovElement, key: keyof typeof messages, lang = 0) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#actions button')].find((b) => b.textContent!.trim() === label(key, lang));
const status = (el: SovElement) => el.shadowRoot!.querySelector('#actions [role="status"]')!.textContent!.trim();

/** Opens the menu as a keyboard user would: Tab-focus the button, then Enter. */
async function openMenu(el: SovElement) {
  const button = menuButton(el);
  button.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => button.getAttribute('aria-expanded') === 'true', 'the menu to open');
  await el.updateComplete;
}

/** Activates a menu item by keyboard. */
async function press(button: HTMLButtonElement | undefined) {
  if (!button) throw new Error('no such item');
  button.focus();
  await sendKeys({ press: 'Enter' });
}

/** The next download a page starts: its blob and file name, without the browser saving it. */
function nextDownload(win: Window & typeof globalThis = window) {
  const { createObjectURL } = win.URL;
  const { click } = win.HTMLAnchorElement.prototype;
  let blob: Blob | undefined;
  return new Promise<{ blob: Blob; name: string }>((resolve) => {
    win.URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), createObjectURL(b));
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      resolve({ blob: blob!, name: this.download });
    };
  }).finally(() => {
    win.URL.createObjectURL = createObjectURL;
    win.HTMLAnchorElement.prototype.click = click;
  });
}

/** A CSV's rows of cells (quoted cells with "" inside, CRLF line ends). */
async function parseCsv(blob: Blob): Promise<(string | number)[][]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { fatal: true })
    .decode(bytes)
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)|(?<=,|^)(?=,|$)/g)].map((m) => (m[2] !== undefined && /^-?[\d.e+]+$/.test(m[2]) ? Number(m[2]) : (m[2] ?? m[1] ?? '').replace(/""/g, '"'))));
}

async function csvOf(el: SovElement) {
  await openMenu(el);
  const download = nextDownload();
  await press(item(el, 'csv'));
  const { blob, name } = await download;
  return { rows: await parseCsv(blob), name, type: blob.type };
}

const HEADER = ['what', 'party', 'value', 'unit', 'qualifier', 'illustrative', 'as_of', 'sources', 'urls'];

describe('the actions menu', () => {
  for (const tag of TAGS) {
    it(`${tag}: opens by keyboard, lists its actions by name, and Escape closes it and returns focus`, async () => {
      const el = await make(tag);
      const button = menuButton(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal(label('actions'));
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(true);
      await openMenu(el);
      expect(panel.hidden).to.equal(false);
      expect(!!item(el, 'png'), 'image').to.equal(CHARTS.includes(tag));
      expect(!!item(el, 'csv'), 'data').to.equal(true);
      expect(!!item(el, 'embed'), 'embed code').to.equal(true);
      item(el, 'embed')!.focus();
      await sendKeys({ press: 'Escape' });
      await until(() => button.getAttribute('aria-expanded') === 'false', 'the menu to close');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(panel.hidden).to.equal(true);
    });
  }

  it('is gone with actions="none", also from the explainer\'s sections', async () => {
    for (const tag of ['sov-compute-gap', 'sov-explainer']) {
      const el = await make(tag, { actions: 'none' });
      expect(el.shadowRoot!.querySelector('.actions'), tag).to.equal(null);
      for (const inner of el.shadowRoot!.querySelectorAll<SovElement>('.piece>[ready]')) expect(inner.shadowRoot!.querySelector('.actions'), inner.localName).to.equal(null);
    }
  });

  it('names its items in French and German', async () => {
    for (const [lang, i] of [['fr', 1], ['de', 2]] as const) {
      const el = await make('sov-compute-gap', { lang });
      expect(menuButton(el).getAttribute('aria-label')).to.equal(label('actions', i));
      await openMenu(el);
      for (const key of ['png', 'csv', 'embed'] as const) expect(item(el, key, i), `${lang} ${key}`).to.not.equal(undefined);
    }
  });

  for (const [tag, attrs, file] of [
    ['sov-compute-gap', { measure: 'capital' }, 'compute-gap-capital.en.png'],
    ['sov-compute-gap', { theme: 'dark' }, 'compute-gap.en.png'],
    ['sov-metric-toggle', { lang: 'de' }, 'metric-toggle-speed.de.png'],
  ] as const) {
    it(`${tag} ${JSON.stringify(attrs)}: downloads an image twice its size, drawn in its theme`, async () => {
      const el = await make(tag, attrs);
      await openMenu(el);
      const download = nextDownload();
      await press(item(el, 'png', attrs.lang === 'de' ? 2 : 0));
      const { blob, name } = await download;
      expect(name).to.equal(file);
      expect(blob.type).to.equal('image/png');
      const image = await createImageBitmap(blob);
      const box = el.getBoundingClientRect();
      expect(image.width).to.equal(Math.round(box.width * 2));
      // Twice the widget's height, and a line below it for the as-of date.
      expect(image.height).to.be.within(Math.round(box.height * 2) + 20, Math.round(box.height * 2) + 80);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
      const background = [...pixels.slice(0, 3)];
      const surface = attrs.theme === 'dark' ? [23, 25, 29] : [255, 255, 255];
      expect(background).to.deep.equal(surface);
      // Not blank: many pixels differ from the background (text and bars), in many colours.
      let differing = 0;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 7) {
        if (pixels[i] !== surface[0] || pixels[i + 1] !== surface[1] || pixels[i + 2] !== surface[2]) differing++;
        colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      }
      expect(differing).to.be.greaterThan(pixels.length / 4 / 7 / 50);
      expect(colours.size).to.be.greaterThan(20);
    });
  }

  it('sov-compute-gap: downloads one CSV row a bar, with the dataset\'s numbers and sources', async () => {
    const el = await make('sov-compute-gap');
    const { rows, name, type } = await csvOf(el);
    expect(name).to.equal('compute-gap.en.csv');
    expect(type).to.equal('text/csv');
    expect(rows[0]).to.deep.equal(HEADER);
    const { facts, computeGap, parties, sources } = defaultDataset;
    const ids = [computeGap.capital.subject, computeGap.capital.rival, computeGap.compute.subject, computeGap.compute.rival];
    expect(rows.length).to.equal(1 + ids.length);
    ids.forEach((id, i) => {
      const [what, party, value, unit, qualifier, illustrative, asOf, names, urls] = rows[i + 1];
      const fact = facts[id];
      expect(value, id).to.equal(fact.value);
      expect([unit, qualifier, illustrative, asOf]).to.deep.equal([fact.unit, fact.qualifier, 'no', fact.asOf]);
      expect(party).to.equal(i % 2 ? parties.rival.name : parties.subject.name);
      expect(what).to.equal(i < 2 ? 'Capital raised' : 'Compute capacity');
      expect(names).to.equal(fact.sources.map((s) => sources[s].publisher).join('; '));
      expect(urls).to.equal(fact.sources.map((s) => sources[s].url ?? '').join(' '));
    });
  });

  it('sov-metric-toggle: downloads every index value, marked illustrative', async () => {
    const el = await make('sov-metric-toggle');
    const { rows } = await csvOf(el);
    const { metrics } = defaultDataset.metricToggle;
    expect(rows.length).to.equal(1 + metrics.length * 2);
    const values = rows.slice(1).map((r) => r[2]);
    expect(values).to.deep.equal(metrics.flatMap((m) => [m.small, m.large]));
    expect(rows.slice(1).every((r) => r[5] === 'yes')).to.equal(true);
  });

  for (const tag of ['sov-stack-card', 'sov-bull-bear', 'sov-use-cases', 'sov-explainer']) {
    it(`${tag}: downloads the facts its text tells, with the dataset's numbers`, async () => {
      const el = await make(tag);
      const { rows } = await csvOf(el);
      expect(rows.length).to.be.greaterThan(1);
      const byValue = Object.values(defaultDataset.facts);
      const metrics = defaultDataset.metricToggle.metrics.flatMap((m) => [m.small, m.large]);
      for (const row of rows.slice(1)) {
        // The explainer's metric toggle: its index values, marked illustrative.
        if (row[5] === 'yes') {
          expect(metrics).to.include(row[2]);
          continue;
        }
        const fact = byValue.find((f) => f.value === row[2] && f.unit === row[3] && f.asOf === row[6]);
        expect(fact, JSON.stringify(row)).to.not.equal(undefined);
        expect(row[4]).to.equal(fact!.qualifier);
      }
    });
  }

  it('writes a hostile dataset\'s texts as inert text, and keeps numbers numbers', async () => {
    const el = await make('sov-compute-gap', {}, {
      parties: { subject: { name: '=HYPERLINK("https://evil.example","x")', short: '+Mistral' }, rival: { name: '@SUM(A1:A9)', short: '-Rival' } },
      computeGap: { capital: { title: '-2+3' }, compute: { title: '\tcmd' } },
      sources: { [defaultDataset.facts[defaultDataset.computeGap.capital.rival].sources[0]]: { publisher: '=1+1' } },
    });
    const { rows } = await csvOf(el);
    const text = rows.slice(1).flatMap((r) => r.filter((c) => typeof c === 'string')) as string[];
    for (const cell of text) expect(/^[=+\-@\t\r]/.test(cell), cell).to.equal(false);
    expect(text).to.include(`'=HYPERLINK("https://evil.example","x")`);
    expect(text).to.include(`'@SUM(A1:A9)`);
    expect(text).to.include(`'-2+3`);
    expect(text.some((c) => c.startsWith(`'=1+1`))).to.equal(true);
    expect(rows.slice(1).every((r) => typeof r[2] === 'number')).to.equal(true);
  });

  it('says so in its live region when the download fails', async () => {
    const el = await make('sov-stack-card');
    await openMenu(el);
    const { createObjectURL } = URL;
    URL.createObjectURL = () => {
      throw new Error('refused');
    };
    try {
      await press(item(el, 'csv'));
      await until(() => status(el) === label('failed'), 'the failure to be said');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
  });

  it('copies the embed code, and falls back to a selected textarea where the clipboard refuses', async () => {
    const el = await make('sov-use-cases', { filter: 'finance' });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      await openMenu(el);
      await press(item(el, 'embed'));
      await until(() => status(el) === label('copied'), 'the copy to be said');
      expect(copied).to.match(/^<script type="module" async src="[^"]+"><\/script>\n<sov-use-cases [^>]*filter="finance"[^>]*><\/sov-use-cases>$/);
      expect(copied).to.contain(' lang="en"');
      expect(copied).not.to.contain(' ready');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
      await press(item(el, 'embed'));
      await until(() => status(el) === label('copyHand'), 'the fallback to be said');
      const area = el.shadowRoot!.querySelector('textarea')!;
      expect(area.readOnly).to.equal(true);
      expect(area.value).to.equal(copied);
      expect(el.shadowRoot!.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, copied.length]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('copies a dataset override as inline JSON that cannot close its script', async () => {
    const el = await make('sov-compute-gap', { measure: 'compute' }, { computeGap: { title: 'Gap </script><b>' } });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      await openMenu(el);
      await press(item(el, 'embed'));
      await until(() => !!copied, 'the copy');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const json = copied.match(/<script type="application\/json">(.*)<\/script><\/sov-compute-gap>$/)![1];
    expect(json).not.to.contain('<');
    expect(JSON.parse(json)).to.deep.equal({ computeGap: { title: 'Gap </script><b>' } });
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations with the menu open, ${theme}`, async () => {
      for (const tag of TAGS) {
        const el = await make(tag, { theme });
        await openMenu(el);
        await expect(el, tag).to.be.accessible();
      }
    });
  }
});

describe('the actions menu from the bundle, under a strict CSP with Trusted Types', () => {
  it('downloads, copies with no violation, and the copied code renders the same widget in a blank page', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:700px;height:900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/csp-strict.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & { __violations: string[]; __errors: string[] };
    const el = frame.contentDocument!.querySelector<SovElement>('sov-compute-gap')!;
    await until(() => el.hasAttribute('ready') && textOf(el).includes('$80B'), 'the widget with its src dataset', 8000);
    await chartsOf(el);
    await openMenu(el);
    for (const key of ['png', 'csv'] as const) {
      const download = nextDownload(win);
      await press(item(el, key));
      const { blob } = await download;
      expect(blob.size, key).to.be.greaterThan(100);
    }
    // The frame has no clipboard permission here or there: either way the code ends up somewhere.
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    await press(item(el, 'embed'));
    await until(() => !!copied, 'the copy');
    expect(copied).to.contain(`src="${new URL('/dist/sovereignty-widgets.js', location.href).href}"`);
    expect(copied).to.contain('src="/test/fixtures/override.json"');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);

    const page = await openPage(copied);
    const pasted = page.contentDocument!.querySelector<SovElement>('sov-compute-gap')!;
    await until(() => pasted.hasAttribute?.('ready') && textOf(pasted).includes('$80B'), 'the pasted widget', 8000);
    const card = (w: SovElement) => w.shadowRoot!.querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ');
    expect(card(pasted)).to.equal(card(el));
    frame.remove();
    page.remove();
  });
});
