import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/explainer/explainer.js';
import { resetDatasetCache } from '../../src/data/load.js';
import type { SovElement } from '../../src/shared/sov-element.js';
import { sectionsFor, type SovExplainer } from '../../src/widgets/explainer/explainer.js';
import { errorBox, settled, spyOnFetch, textOf, until } from '../helpers.js';

const parts = (el: SovExplainer) =>
  [...el.shadowRoot!.querySelector('.piece')!.children].map((c) =>
    c.localName.startsWith('sov-') ? c.localName : c.getAttribute('part'),
  );
const inner = (el: SovExplainer) => [...el.shadowRoot!.querySelectorAll<SovElement>('.piece > [theme]')];

describe('<sov-explainer>', () => {
  afterEach(() => resetDatasetCache());

  it('shows every section in the article’s order', async () => {
    const el = await fixture<SovExplainer>(html`<sov-explainer></sov-explainer>`);
    await settled(el);
    expect(parts(el)).to.deep.equal([
      'question',
      'sov-stack-card',
      'sov-metric-toggle',
      'sov-use-cases',
      'sov-compute-gap',
      'sov-bull-bear',
      'sov-milestones',
      'sources',
    ]);
    expect(textOf(el)).to.contain('Different game, or already lost?');
    for (const child of inner(el)) {
      await settled(child);
      expect(errorBox(child), child.localName).to.equal(null);
    }
    const links = [...el.shadowRoot!.querySelectorAll('.all-sources a')].map((a) => a.getAttribute('href'));
    expect(links).to.have.length(3);
    expect(links.every((href) => href!.startsWith('https://'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('makes one dataset request however many sections it holds', async () => {
    const spy = spyOnFetch();
    try {
      const src = new URL('../fixtures/override.json', import.meta.url).href;
      const el = await fixture<SovExplainer>(html`<sov-explainer src=${src}></sov-explainer>`);
      await settled(el);
      const gap = el.shadowRoot!.querySelector<SovElement>('sov-compute-gap')!;
      await settled(gap);
      // override.json raises the rival's capital to $80B: every section sees it.
      expect(textOf(gap)).to.contain('$80B');
      expect(spy.calls).to.deep.equal([src]);
    } finally {
      spy.restore();
    }
  });

  it('picks and orders sections with sections="…"', async () => {
    const el = await fixture<SovExplainer>(html`<sov-explainer sections="compute-gap, question nonsense"></sov-explainer>`);
    await settled(el);
    expect(parts(el)).to.deep.equal(['sov-compute-gap', 'question']);
    expect(sectionsFor('milestones milestones')).to.deep.equal(['milestones']);
    el.sections = 'nothing known';
    await el.updateComplete;
    expect(textOf(el)).to.contain('No known section');
  });

  it('passes its theme, language and as-of date to the widgets it holds', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="de"><sov-explainer theme="dark" as-of="2026-06-01" sections="compute-gap milestones"></sov-explainer></div>`,
    );
    const el = box.firstElementChild as SovExplainer;
    await settled(el);
    const [gap, milestones] = inner(el);
    await settled(gap);
    await settled(milestones);
    expect(gap.theme).to.equal('dark');
    expect(textOf(gap)).to.contain('65 Mrd. $');
    expect(textOf(milestones)).to.contain('1. Juni 2026');
    await expect(el).to.be.accessible();
  });

  it('shows one error box, and no sections, for a bad dataset', async () => {
    const el = await fixture<SovExplainer>(
      html`<sov-explainer><script type="application/json">{"meta": {"asOf": "soon"}}</script></sov-explainer>`,
    );
    await settled(el);
    await until(() => errorBox(el) !== null, 'the error box');
    expect(errorBox(el)!.textContent).to.contain('meta.asOf');
    expect(inner(el)).to.deep.equal([]);
  });
});
