import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/milestones/milestones.js';
import type { SovMilestones } from '../../src/widgets/milestones/milestones.js';
import { settled, textOf } from '../helpers.js';

async function make(asOf?: string) {
  const el = await fixture<SovMilestones>(html`<sov-milestones as-of=${asOf ?? ''}></sov-milestones>`);
  await settled(el);
  return el;
}
const row = (el: SovMilestones, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.milestone')].find((li) => li.textContent!.includes(text))!;
const statusText = (el: SovMilestones, text: string) => row(el, text).querySelector('.status')!.textContent!.trim();

describe('<sov-milestones>', () => {
  it('lists the milestones with dates at the precision the sources give', async () => {
    const el = await make('2026-11-22');
    const whens = [...el.shadowRoot!.querySelectorAll('.date')].map((w) => w.textContent!.trim());
    expect(whens).to.include.members(['April 2023', '2023', 'May 28, 2026', 'Q3 2026', '2026', '2027', 'no date given']);
    expect(textOf(el)).to.contain('Status as of November 22, 2026');
    expect(row(el, 'Series H').textContent).to.contain('(Anthropic)');
  });

  it('shows Les Ulis as due but unconfirmed after Q3 2026, upcoming before', async () => {
    expect(statusText(await make('2026-11-22'), 'Les Ulis')).to.equal('Due, unconfirmed');
    expect(statusText(await make('2026-09-30'), 'Les Ulis')).to.equal('Upcoming');
    expect(statusText(await make('2026-06-01'), 'Les Ulis')).to.equal('Upcoming');
  });

  it('computes every status at several evaluation dates', async () => {
    const early = await make('2026-05-01');
    expect(statusText(early, 'AI Now Summit')).to.equal('Upcoming');
    expect(statusText(early, 'founded')).to.equal('Done');
    expect(statusText(early, 'near Paris')).to.equal('Operating');
    expect(statusText(early, 'Sweden')).to.equal('Under way');
    expect(statusText(early, '€1B of revenue')).to.equal('Target');

    const later = await make('2027-03-01');
    expect(statusText(later, 'AI Now Summit')).to.equal('Done');
    expect(statusText(later, '€1B of revenue')).to.equal('Due, unconfirmed');
    expect(statusText(later, 'European compute')).to.equal('Target');

    const after = await make('2028-01-01');
    expect(statusText(after, 'European compute')).to.equal('Due, unconfirmed');
    await expect(after).to.be.accessible();
  });

  it('never shows status by colour alone: each has a text label and its own shape', async () => {
    const el = await make('2026-11-22');
    const shapes = new Map<string, string>();
    el.shadowRoot!.querySelectorAll<HTMLElement>('.milestone').forEach((li) => {
      expect(li.querySelector('.status')!.textContent!.trim()).not.to.equal('');
      const dot = li.querySelector<HTMLElement>('.dot')!;
      expect(dot.querySelector('svg.icon path, svg.icon circle'), 'a drawn shape').to.not.equal(null);
      shapes.set(li.dataset.status!, dot.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
    });
    expect(new Set(shapes.values()).size).to.equal(shapes.size);
    await expect(el).to.be.accessible();
  });

  it('uses today for a missing or bad as-of date', async () => {
    const today = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date());
    expect(textOf(await make())).to.contain(`Status as of ${today}`);
    expect(textOf(await make('next tuesday'))).to.contain(`Status as of ${today}`);
  });

  it('ends with what to watch next', async () => {
    const el = await make('2026-11-22');
    const items = [...el.shadowRoot!.querySelectorAll('.watch li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(4);
    expect(items.join(' ')).to.contain('Forge, Vibe, Voxtral and Robostral');
  });

  it('recomputes from an override: a quarter-precision target', async () => {
    const el = await make('2026-11-22');
    el.data = {
      milestones: {
        items: { x: { date: '2026-Q4', label: 'A quarter target', state: 'target', party: 'subject', sources: ['tma-bet'] } },
      },
    };
    await settled(el);
    expect(statusText(el, 'A quarter target')).to.equal('Target');
    expect(textOf(el)).to.contain('Q4 2026');
    el.setAttribute('as-of', '2027-01-01');
    await el.updateComplete;
    expect(statusText(el, 'A quarter target')).to.equal('Due, unconfirmed');
  });
});
