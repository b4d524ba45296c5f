/**
 * The base element's reactive controllers, each on a bare LitElement that uses only it: what a
 * widget gets by stating `new DatasetController(this, …)`, `new LocaleController(this)`,
 * `new ThemeController(this)` or `new DrawnController(this, …)`.
 */
import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { LitElement, html, nothing } from 'lit';
import { resetDatasetCache, setDefaultDataset } from '../../src/data/load.js';
import type { DatasetOverride } from '../../src/data/types.js';
import { DatasetController, SovErrorEvent } from '../../src/shared/controllers/dataset.js';
import { DrawnController } from '../../src/shared/controllers/drawn.js';
import { LocaleController } from '../../src/shared/controllers/locale.js';
import { ServedController } from '../../src/shared/controllers/served.js';
import { ThemeController, type Theme } from '../../src/shared/controllers/theme.js';

/** Resolves after the element's next update that satisfies `check`. */
function updateWhere<T extends Probe>(el: T, check: (el: T) => boolean): Promise<void> {
  if (check(el) && !el.isUpdatePending) return Promise.resolve();
  return new Promise((resolve) => el.waiters.push(() => check(el) && (resolve(), true)));
}

class Probe extends LitElement {
  waiters: (() => boolean)[] = [];
  updates = 0;
  protected override updated() {
    this.updates++;
    this.waiters = this.waiters.filter((w) => !w());
  }
}

class DatasetProbe extends Probe {
  static override properties = { data: { attribute: false }, src: {} };
  data?: DatasetOverride;
  src?: string;
  readonly source = new DatasetController(this, () => 'fr');
  /** The title the probe resolved, or its problem's message. */
  get shown() {
    const { story, problem } = this.source;
    return problem?.message ?? (story ? (story.meta.title as Record<string, string>).en : 'loading');
  }
  protected override render() {
    return html`${this.shown}`;
  }
}
customElements.define('probe-dataset', DatasetProbe);

class LocaleProbe extends Probe {
  readonly locale = new LocaleController(this);
  protected override render() {
    return html`${this.locale.lang}`;
  }
}
customElements.define('probe-locale', LocaleProbe);

class ThemeProbe extends Probe {
  static override properties = { theme: {} };
  theme: Theme = 'auto';
  readonly scheme = new ThemeController(this);
}
customElements.define('probe-theme', ThemeProbe);

class DrawnProbe extends Probe {
  static override properties = { count: { type: Number }, failed: { type: Boolean } };
  count = 3;
  failed = false;
  content = true;
  readonly drawing = new DrawnController(this, () => (this.failed ? 'error' : this.content ? 'content' : undefined));
  /** How many pieces each render drew. */
  drawnPerRender: number[] = [];
  protected override render() {
    const shown = Array.from({ length: this.count }, (_, i) => (this.drawing.piece(i) ? html`<p>${i}</p>` : nothing));
    this.drawnPerRender.push(shown.filter((s) => s !== nothing).length);
    return html`${shown}`;
  }
}
customElements.define('probe-drawn', DrawnProbe);

class ServedProbe extends Probe {
  static override properties = { settled: { type: Boolean } };
  settled = false;
  readonly served = new ServedController(this, () => this.settled);
  protected override render() {
    return this.settled ? html`<p id="new">drawn</p>` : nothing;
  }
}
customElements.define('probe-served', ServedProbe);

const title = (text: string): DatasetOverride => ({ meta: { title: { en: text } } }) as DatasetOverride;
const json = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

describe('DatasetController', () => {
  afterEach(() => resetDatasetCache());

  it('takes .data over inline JSON over src over the page default over the built-in dataset', async () => {
    setDefaultDataset(title('page default'));
    const el = await fixture<DatasetProbe>(fixtureHtml`<probe-dataset src=${json(title('from src'))}>
      <script type="application/json">${JSON.stringify(title('inline'))}</script>
    </probe-dataset>`);
    el.data = title('property');
    await updateWhere(el, (e) => e.shown === 'property');

    el.data = undefined;
    await updateWhere(el, (e) => e.shown === 'inline');
    el.querySelector('script')!.remove();
    await updateWhere(el, (e) => e.shown === 'from src');
    el.removeAttribute('src');
    await updateWhere(el, (e) => e.shown === 'page default');
    setDefaultDataset(undefined);
    await updateWhere(el, (e) => e.shown === 'Mistral AI’s sovereignty bet' || e.shown === "Mistral AI's sovereignty bet");
  });

  it('makes one request for every element naming the same URL', async () => {
    const url = `/test/fixtures/override.json?shared=${Math.random()}`;
    const els = await Promise.all([1, 2, 3].map(() => fixture<DatasetProbe>(fixtureHtml`<probe-dataset src=${url}></probe-dataset>`)));
    await Promise.all(els.map((el) => updateWhere(el, (e) => !!e.source.story)));
    const requests = performance.getEntriesByType('resource').filter((r) => r.name.endsWith(url));
    expect(requests).to.have.length(1);
  });

  it('reports a problem once, as the sov-error event and in the element, and never throws', async () => {
    const el = document.createElement('probe-dataset') as DatasetProbe;
    el.innerHTML = '<script type="application/json">{ "meta": </script>';
    const event = oneEvent(el, 'sov-error') as Promise<SovErrorEvent>;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.message).to.match(/^The inline JSON dataset is not valid JSON/);
    expect(el.shown).to.equal(detail.message);

    let events = 0;
    el.addEventListener('sov-error', () => events++);
    el.requestUpdate(); // the same problem, drawn again: not reported again
    await el.updateComplete;
    expect(events).to.equal(0);

    el.data = { facts: { 'paris-power': { value: -1 } } } as unknown as DatasetOverride;
    const second = (await oneEvent(el, 'sov-error')) as SovErrorEvent;
    expect(second.detail.path).to.equal('facts.paris-power.value');
    expect(second.detail.message).to.contain('facts.paris-power.value: expected a positive number, got -1');
    el.remove();
  });

  it('writes its own messages in the language it is given', async () => {
    const el = await fixture<DatasetProbe>(fixtureHtml`<probe-dataset src="https://[bad"></probe-dataset>`);
    await updateWhere(el, (e) => !!e.source.problem);
    expect(el.source.problem!.message).to.equal('L’URL du jeu de données «\u00a0https://[bad\u00a0» n’est pas valide.');
    expect(el.source.problem!.url).to.equal('https://[bad');
  });

  it('ignores a response that arrives after the element was removed', async () => {
    const url = `/test/fixtures/override.json?late=${Math.random()}`;
    const el = await fixture<DatasetProbe>(fixtureHtml`<probe-dataset src=${url}></probe-dataset>`);
    el.remove();
    await new Promise((resolve) => new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((r) => r.name.endsWith(url))) return;
      observer.disconnect();
      resolve(undefined);
    }).observe({ type: 'resource', buffered: true }));
    await el.updateComplete;
    expect(el.source.story).to.equal(undefined);
  });
});

describe('LocaleController', () => {
  it('reads lang from the element, else its nearest ancestor, across shadow roots, else English', async () => {
    const outer = await fixture<HTMLDivElement>(fixtureHtml`<div lang="de"><div><span></span></div></div>`);
    const inner = document.createElement('probe-locale') as LocaleProbe;
    outer.querySelector('span')!.attachShadow({ mode: 'open' }).append(inner);
    await updateWhere(inner, (e) => e.locale.lang === 'de');
    expect(inner.shadowRoot!.textContent).to.equal('de');

    inner.setAttribute('lang', 'fr-CA');
    await updateWhere(inner, (e) => e.locale.lang === 'fr-CA');
    const lone = await fixture<LocaleProbe>(fixtureHtml`<probe-locale></probe-locale>`);
    expect(lone.locale.lang).to.equal(document.documentElement.getAttribute('lang') || 'en');
  });

  it('updates the element when an ancestor’s lang changes', async () => {
    const outer = await fixture<HTMLDivElement>(fixtureHtml`<div lang="en"><probe-locale></probe-locale></div>`);
    const el = outer.querySelector('probe-locale') as LocaleProbe;
    await updateWhere(el, (e) => e.locale.lang === 'en');
    outer.setAttribute('lang', 'fr');
    await updateWhere(el, (e) => e.locale.lang === 'fr');
    expect(el.shadowRoot!.textContent).to.equal('fr');
  });
});

describe('ThemeController', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme;
    document.documentElement.classList.remove('dark', 'light');
  });

  it('writes the theme as data-scheme, and with auto follows the page’s own switch', async () => {
    const el = await fixture<ThemeProbe>(fixtureHtml`<probe-theme theme="dark"></probe-theme>`);
    expect(el.dataset.scheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.dataset.scheme).to.equal('light');

    el.theme = 'auto';
    document.documentElement.dataset.theme = 'dark';
    await updateWhere(el, (e) => e.dataset.scheme === 'dark');
    delete document.documentElement.dataset.theme;
    document.documentElement.classList.add('light');
    await updateWhere(el, (e) => e.dataset.scheme === 'light');
    document.documentElement.classList.replace('light', 'dark');
    await updateWhere(el, (e) => e.dataset.scheme === 'dark');
  });
});

describe('DrawnController', () => {
  it('draws one more piece a turn, then all of them on every render, and is ready after the last', async () => {
    const el = document.createElement('probe-drawn') as DrawnProbe;
    document.body.append(el);
    await el.drawing.drawn;
    expect(el.hasAttribute('ready')).to.equal(true);
    expect(el.drawnPerRender.slice(0, 3)).to.deep.equal([1, 2, 3]);
    el.count = 5; // later renders draw everything at once
    await el.updateComplete;
    expect(el.drawnPerRender.at(-1)).to.equal(5);
    el.remove();
  });

  it('is ready once the error box is drawn, and not while loading', async () => {
    const el = document.createElement('probe-drawn') as DrawnProbe;
    el.content = false;
    document.body.append(el);
    await el.updateComplete;
    expect(el.hasAttribute('ready')).to.equal(false);
    el.failed = true;
    await el.drawing.drawn;
    expect(el.hasAttribute('ready')).to.equal(true);
    el.remove();
  });

  it('waits for the drawn elements inside it before its next piece and before ready', async () => {
    const outer = document.createElement('probe-drawn') as DrawnProbe;
    document.body.append(outer);
    await outer.updateComplete;
    const inner = document.createElement('probe-drawn') as DrawnProbe;
    inner.content = false; // loading: not drawn
    outer.shadowRoot!.append(inner);
    await inner.updateComplete;
    const pieces = outer.drawnPerRender.length;
    outer.requestUpdate();
    await outer.updateComplete;
    expect(outer.hasAttribute('ready')).to.equal(false);
    expect(outer.drawnPerRender.at(-1)).to.equal(outer.drawnPerRender[pieces - 1]);
    inner.failed = true;
    await outer.drawing.drawn;
    expect(outer.hasAttribute('ready')).to.equal(true);
    outer.remove();
  });
});

describe('ServedController', () => {
  it('keeps a pre-rendered element’s server content until its first settled render replaces it, never showing neither', async () => {
    const box = document.createElement('div');
    box.setHTMLUnsafe('<probe-served><template shadowrootmode="open"><p id="old">served</p></template></probe-served>');
    const el = box.firstElementChild as ServedProbe;
    const root = el.shadowRoot!;
    const states: string[] = [];
    new MutationObserver(() => states.push([root.querySelector('#old') && 'old', root.querySelector('#new') && 'new'].filter(Boolean).join('+'))).observe(root, { childList: true, subtree: true });
    document.body.append(box);
    await el.updateComplete;
    expect(el.served.shown).to.equal(true);
    expect(el.served.atOnce).to.equal(true);
    expect(root.querySelector('#old')).to.not.equal(null);

    el.settled = true;
    await el.updateComplete;
    expect(root.querySelector('#old')).to.equal(null);
    expect(root.querySelector('#new')!.textContent).to.equal('drawn');
    expect(el.served.shown).to.equal(false);
    expect(states).to.not.include('');
    box.remove();
  });

  it('leaves an element with no server content alone', async () => {
    const el = await fixture<ServedProbe>(fixtureHtml`<probe-served></probe-served>`);
    expect(el.served.shown).to.equal(false);
    expect(el.served.atOnce).to.equal(false);
  });
});
