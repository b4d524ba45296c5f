/**
 * Every reader: the host page's dark-mode switch, three languages with nothing left in
 * English, announcements, keyboard use, reduced motion, forced colours, contrast and reflow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import { messages } from '../src/shared/locales/messages.js';
import type { SovElement } from '../src/shared/sov-element.js';
import type { SovMetricToggle } from '../src/widgets/metric-toggle/metric-toggle.js';
import { chartOn, TAGS, firefox, settled, until } from './helpers.js';

/** The UI strings of one language: a column of the messages table (English, French, German). */
const column = (i: number) => Object.fromEntries(Object.entries(messages).map(([key, row]) => [key, row[i] as string]));
const [en, fr, de] = [0, 1, 2].map(column);

/** All the text a reader sees, through nested shadow roots. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent} `;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLElement && (node.localName === 'script' || node.localName === 'style')) return;
    // Source titles stay in the language they were published in.
    if (node instanceof HTMLElement && node.localName === 'li' && node.closest('.sources, .all-sources')) return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

async function settleAll(root: SovElement) {
  await settled(root);
  for (const inner of root.shadowRoot!.querySelectorAll<SovElement>('[part~="base"] > *, .piece > *')) {
    if (inner.localName.startsWith('sov-')) await settled(inner);
  }
}

describe('theming that follows the host page', () => {
  afterEach(() => {
    const root = document.documentElement;
    delete root.dataset.theme;
    root.classList.remove('dark');
    root.style.colorScheme = '';
  });

  for (const [how, mark] of [
    ['data-theme="dark"', () => (document.documentElement.dataset.theme = 'dark')],
    ['class="dark"', () => document.documentElement.classList.add('dark')],
    ['color-scheme: dark', () => (document.documentElement.style.colorScheme = 'dark')],
  ] as const) {
    it(`re-themes every widget, charts too, when the root gets ${how}`, async () => {
      if (!firefox) await emulateMedia({ colorScheme: 'light' }); // Firefox's headless default is light
      const box = await fixture<HTMLElement>(html`<div>${TAGS.filter((t) => t !== 'sov-explainer').map((t) => document.createElement(t))}</div>`);
      const widgets = [...box.children] as SovElement[];
      await Promise.all(widgets.map(settled));
      const gap = widgets[0];
      const chart = await chartOn(gap.shadowRoot!.querySelector('canvas'));
      const bars = () => chart.data.datasets[0].backgroundColor;
      expect(bars()).to.deep.equal(['#d35400', '#3d5a80']);
      mark();
      await until(() => widgets.every((w) => w.dataset.scheme === 'dark'), 'every widget to turn dark');
      await until(() => JSON.stringify(bars()) === JSON.stringify(['#ff8c42', '#5b8bd6']), 'the chart to turn dark');
      widgets.forEach((w) => expect(getComputedStyle(w.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(23, 25, 29)'));
    });
  }

  it('lets an explicit theme win over the host page, and follows the system when the host says nothing', async function () {
    if (firefox) this.skip(); // needs colour-scheme emulation (Chrome DevTools protocol)
    document.documentElement.dataset.theme = 'dark';
    const light = await fixture<SovElement>(html`<sov-stack-card theme="light"></sov-stack-card>`);
    await settled(light);
    expect(light.dataset.scheme).to.equal('light');
    delete document.documentElement.dataset.theme;
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture<SovElement>(html`<sov-stack-card></sov-stack-card>`);
    await until(() => auto.dataset.scheme === 'dark', 'the system preference');
    await emulateMedia({ colorScheme: 'light' });
    await until(() => auto.dataset.scheme === 'light', 'the system preference to change back');
  });
});

describe('languages', () => {
  it('has every UI string in French and German', () => {
    for (const catalogue of [fr, de]) {
      expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(catalogue)) {
        const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g))].sort(); // a plural unit repeats {n} once a form
        expect(placeholders(value), key).to.deep.equal(placeholders(en[key]));
      }
    }
  });

  it('has every piece of the built-in dataset’s prose in French and German', () => {
    let texts = 0;
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string') {
        texts++;
        expect(record.fr, `${path}.fr`).to.be.a('string').and.not.equal('');
        expect(record.de, `${path}.de`).to.be.a('string').and.not.equal('');
        return;
      }
      Object.entries(record).forEach(([k, v]) => walk(v, path ? `${path}.${k}` : k));
    };
    walk(defaultDataset, '');
    expect(texts).to.be.greaterThan(80);
  });

  for (const lang of ['fr', 'de'] as const) {
    it(`reads entirely in ${lang === 'fr' ? 'French' : 'German'}: <sov-explainer lang="${lang}">`, async () => {
      const el = await fixture<SovElement>(html`<sov-explainer lang=${lang} as-of="2026-11-22"></sov-explainer>`);
      await settleAll(el);
      const text = deepText(el);
      // No English prose from the dataset, and no English UI string, is left.
      const english: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (typeof v !== 'object' || v === null) return;
        const r = v as Record<string, unknown>;
        if (typeof r.en === 'string' && r.en !== r[lang]) english.push(r.en);
        else Object.values(r).forEach(walk);
      };
      walk(defaultDataset);
      const catalogue = lang === 'fr' ? fr : de;
      for (const [key, value] of Object.entries(en)) {
        const fixed = value.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0].trim();
        if (fixed.length > 6 && value !== catalogue[key]) english.push(fixed);
      }
      for (const phrase of english) expect(text, phrase).not.to.contain(phrase);
      // Numbers, money and dates in the language's own forms.
      if (lang === 'fr') {
        expect(text).to.contain('3,9 Md $');
        expect(text).to.contain('T3 2026');
        expect(text).to.contain('22 novembre 2026');
      } else {
        expect(text).to.contain('65 Mrd. $');
        expect(text).to.contain('Q3 2026');
        expect(text).to.contain('22. November 2026');
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('a change of language', () => {
  it('reaches the widgets an explainer holds, and follows lang on any ancestor live', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="en"><sov-explainer sections="stack bull-bear"></sov-explainer></div>`);
    const el = box.firstElementChild as SovElement;
    await settleAll(el);
    expect(deepText(el)).to.contain('Four pillars');
    box.setAttribute('lang', 'de');
    await until(() => deepText(el).includes('Vier Säulen') && deepText(el).includes('Die optimistische Lesart'), 'German in every section');
    el.setAttribute('lang', 'fr');
    await until(() => deepText(el).includes('Les quatre piliers'), 'French from the element itself');
  });
});

describe('the metric toggle for keyboard and screen-reader users', () => {
  it('announces a change of metric once, politely, and nothing on first render', async () => {
    const el = await fixture<SovMetricToggle>(html`<sov-metric-toggle></sov-metric-toggle>`);
    await settled(el);
    // One live region only (an <output> would be a second, speaking every step of the slider).
    expect(el.shadowRoot!.querySelectorAll('[role="status"], output, [aria-live]')).to.have.length(1);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.textContent!.trim()).to.equal('');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="reasoning"]')!.click();
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Reasoning. Large general model comes out ahead on reasoning (higher is better).');
    el.metric = 'energy'; // set from outside: not announced
    await el.updateComplete;
    expect(region.textContent).to.contain('Reasoning.');
  });

  it('moves the calls slider with the keyboard and announces the compounding', async () => {
    const el = await fixture<SovMetricToggle>(html`<sov-metric-toggle metric="cost" calls="100"></sov-metric-toggle>`);
    await settled(el);
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.calls).to.equal(101);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.textContent).to.contain('Calls per workflow: 101.');
    expect(region.textContent).to.contain('the gap grows to 8,585 index points: 1,515 against 10,100');
  });

  it('shows the data table with a visible toggle, and keeps it in a real table', async () => {
    const el = await fixture<SovMetricToggle>(html`<sov-metric-toggle></sov-metric-toggle>`);
    await settled(el);
    const details = el.shadowRoot!.querySelector('details.data')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).to.equal('Show the data');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.hasAttribute('open')).to.equal(true);
    expect(details.querySelector('table th[scope="col"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('the keyboard reaches every control', () => {
  for (const tag of TAGS.filter((t) => t !== 'sov-explainer')) {
    it(`<${tag}>: Tab visits every control in order, and Enter opens each toggle`, async () => {
      const box = await fixture<HTMLElement>(html`<div><button>before</button>${document.createElement(tag)}</div>`);
      const el = box.querySelector<SovElement>(tag)!;
      await settled(el);
      const root = el.shadowRoot!;
      // Controls a reader can operate: one stop per radio group, any roving tabindex once.
      const expected = [...root.querySelectorAll<HTMLElement>('summary, a, button, input, [tabindex="0"]')].filter(
        (c) =>
          c.getClientRects().length > 0 &&
          c.tabIndex >= 0 &&
          !(c instanceof HTMLInputElement && c.type === 'radio' && !c.checked) &&
          !(c.localName !== 'summary' && c.closest('details:not([open])')),
      );
      box.querySelector('button')!.focus();
      const visited: Element[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(root.activeElement!);
      }
      expect(visited).to.deep.equal(expected);
      for (const summary of root.querySelectorAll<HTMLElement>('summary')) {
        summary.focus();
        await sendKeys({ press: 'Enter' });
        expect(summary.parentElement!.hasAttribute('open'), summary.textContent!).to.equal(true);
        // The focus ring is visible on what the keyboard reached.
        expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
      }
    });
  }
});

describe('reduced motion and forced colours', () => {
  // Emulating these media features needs Chrome's DevTools protocol.
  beforeEach(function () {
    if (firefox) this.skip();
  });
  afterEach(async () => {
    if (firefox) return;
    await emulateMedia({ reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('draws charts with no animation when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
    await settled(el);
    const chart = await chartOn(el.shadowRoot!.querySelector('canvas'));
    expect(chart.options.animation).to.equal(false);
  });

  it('animates otherwise', async () => {
    const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
    await settled(el);
    expect((await chartOn(el.shadowRoot!.querySelector('canvas'))).options.animation).not.to.equal(false);
  });

  it('uses system colours for marks, borders and focus in forced-colours mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<SovElement>(html`<sov-compute-gap></sov-compute-gap>`);
    await settled(el);
    const chart = await chartOn(el.shadowRoot!.querySelector('canvas'));
    expect(chart.data.datasets[0].backgroundColor).to.deep.equal(['Highlight', 'CanvasText']);
    // The canvas understands system colours.
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = '#123456';
    ctx.fillStyle = 'Highlight';
    expect(ctx.fillStyle).not.to.equal('#123456');
    const card = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string) {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast', () => {
  for (const theme of ['light', 'dark']) {
    it(`meets AA for every text and chart mark on its background, ${theme}`, async () => {
      const el = await fixture<SovElement>(html`<sov-compute-gap theme=${theme}></sov-compute-gap>`);
      await settled(el);
      const style = getComputedStyle(el);
      const c = (name: string) => style.getPropertyValue(`--_${name}`).trim();
      for (const bg of ['surface', 'subtle']) {
        for (const text of ['text', 'muted', 'accent', 'error', 'focus']) {
          expect(contrast(c(text), c(bg)), `${text} on ${bg}`).to.be.at.least(4.5);
        }
        // Marks (bars, rules, dots) need 3:1 against what they sit on.
        for (const mark of ['subject', 'rival', 'small', 'large', 'bull', 'bear']) {
          expect(contrast(c(mark), c(bg)), `${mark} on ${bg}`).to.be.at.least(3);
        }
      }
      // The two compared series are told apart by more than hue.
      expect(contrast(c('subject'), c('rival'))).to.be.at.least(1.3);
    });
  }
});

describe('reflow', () => {
  for (const tag of TAGS) {
    it(`<${tag}> needs no horizontal scrolling at 320 CSS px`, async () => {
      const box = document.createElement('div');
      box.style.width = '320px';
      box.append(document.createElement(tag));
      await fixture(box);
      const el = box.firstElementChild as SovElement;
      await settleAll(el);
      await until(() => el.scrollWidth <= 320, 'the widget to fit 320 px');
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth, 'its content').to.be.at.most(base.clientWidth + 2);
    });
  }
});
