/**
 * Start-up that never blocks and never shifts: each widget draws first in a task of its own,
 * a long one in pieces over several, and says `ready` once it (and every widget inside it)
 * has drawn. The explainer adds its sections one after the other, each once the one before
 * is drawn, so that nothing already on screen moves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { resetDatasetCache } from '../src/data/load.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { TAGS, canvasesOf, settled, until } from './helpers.js';

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

const drawn = (el: Element) => !!el.shadowRoot?.querySelector('[part~="base"]');
const microtasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('start-up', () => {
  afterEach(() => resetDatasetCache());

  for (const tag of TAGS) {
    it(`<${tag}> draws first in a later task, then sets ready`, async () => {
      const box = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as SovElement;
      box.append(el);
      await microtasks();
      expect(drawn(el), 'drawn in the task that connected it').to.equal(false);
      expect(el.hasAttribute('ready')).to.equal(false);
      await until(() => drawn(el), 'the first render');
      await settled(el);
      expect(el.hasAttribute('ready')).to.equal(true);
    });
  }

  it('draws a long widget in pieces, one a turn, and is ready once the last is drawn', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sov-stack-card') as SovElement;
    box.append(el);
    const pillars = () => el.shadowRoot!.querySelectorAll('[part~="pillar"]').length;
    // Each render's result, as it lands (a mutation record batch a render).
    const seen: [number, boolean][] = [];
    const watch = new MutationObserver(() => seen.push([pillars(), el.hasAttribute('ready')]));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(el);
    watch.disconnect();
    expect(seen[0], 'the first render: one pillar, not ready').to.deep.equal([1, false]);
    expect(seen.map(([n]) => n)).to.deep.equal([...seen.map(([n]) => n)].sort(), 'pieces only ever added');
    expect(pillars()).to.equal(4);
    expect(el.shadowRoot!.querySelector('.quote'), 'the quote, in the last piece').not.to.equal(null);
    // Once drawn, a change draws everything in one render.
    (el as SovElement & { highlight?: string }).highlight = 'models';
    await el.updateComplete;
    expect(pillars()).to.equal(4);
    expect(el.shadowRoot!.querySelector('.highlight')).not.to.equal(null);
  });

  it('upgrades elements already on the page, and new ones, when the script runs', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><body><sov-milestones></sov-milestones>
      <script type="module">
        import '/dist/sovereignty-widgets.js';
        window.atImport = { onPage: !!customElements.get('sov-milestones'), other: !!customElements.get('sov-use-cases') };
        const fresh = document.createElement('sov-use-cases');
        window.freshUpgraded = typeof fresh.requestUpdate === 'function';
      </script></body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { atImport?: { onPage: boolean; other: boolean }; freshUpgraded?: boolean };
    await until(() => !!win.atImport, 'the page script');
    expect(win.atImport, 'defined when the script has run').to.deep.equal({ onPage: true, other: true });
    expect(win.freshUpgraded, 'an element made after the script').to.equal(true);
    frame.remove();
  });

  it('the explainer still gets ready when its sections change while it draws', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sov-explainer') as SovElement;
    box.append(el);
    await until(() => !!el.shadowRoot!.querySelector('.piece > [theme]'), 'a first widget section');
    el.setAttribute('sections', 'question milestones');
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('.piece > [theme]')).to.have.length(1);
  });

  it('sets ready only once a dataset from src has arrived and been drawn', async () => {
    // fixture() returns right after the first render: the request is still out.
    const el = await fixture<SovElement>(html`<sov-stack-card src=${fixtureUrl('override.json')}></sov-stack-card>`);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').not.to.equal(null);
    expect(el.hasAttribute('ready'), 'while loading').to.equal(false);
    await settled(el);
    expect(drawn(el)).to.equal(true);
  });

  it('sets ready on an error box too', async () => {
    const el = await fixture<SovElement>(html`<sov-compute-gap src=${fixtureUrl('missing.json')}></sov-compute-gap>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
  });

  it('the explainer adds each section once the one before is drawn, so nothing drawn moves, and is ready after the last', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sov-explainer') as SovElement;
    box.append(el);
    const sections = () => [...el.shadowRoot!.querySelectorAll<SovElement>('.piece > [theme]')];
    // At every change inside the explainer: each section but the last is drawn, and the tops
    // of those seen before have not moved.
    const tops = new Map<Element, number>();
    const problems: string[] = [];
    let changes = 0;
    const watch = new MutationObserver(() => {
      changes++;
      const all = sections();
      if (el.hasAttribute('ready') && all.some((s) => !s.hasAttribute('ready'))) problems.push('ready before every section is drawn');
      all.slice(0, -1).forEach((s, i) => s.hasAttribute('ready') || problems.push(`section ${i} not drawn when the next came`));
      for (const s of all) {
        const top = s.getBoundingClientRect().top - el.getBoundingClientRect().top;
        if (tops.has(s) && Math.abs(tops.get(s)! - top) > 0.5) problems.push(`${s.localName} moved`);
        tops.set(s, top);
      }
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(el);
    watch.disconnect();
    expect(changes, 'a change a section').to.be.at.least(sections().length);
    expect(problems).to.deep.equal([]);
    expect(sections().every((s) => s.hasAttribute('ready') && drawn(s))).to.equal(true);
    expect(canvasesOf(el)).to.have.length(3);
  });
});
