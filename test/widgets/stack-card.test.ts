import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/stack-card/stack-card.js';
import type { SovStackCard } from '../../src/widgets/stack-card/stack-card.js';
import { settled, textOf } from '../helpers.js';

async function make(template = html`<sov-stack-card></sov-stack-card>`) {
  const el = await fixture<SovStackCard>(template);
  await settled(el);
  return el;
}
const pillars = (el: SovStackCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pillar')];

describe('<sov-stack-card>', () => {
  it('shows the four pillars in order with their items and figures', async () => {
    const el = await make();
    expect(pillars(el).map((p) => p.querySelector('h3')!.textContent!.replace(/^\d/, '').trim())).to.deep.equal([
      'Compute',
      'Models',
      'Platform',
      'Consultancy',
    ]);
    const text = textOf(el);
    for (const fact of ['40 MW', 'Bruyères-le-Châtel', 'Sweden', 'Les Ulis', 'Q3 2026', '200 MW', '2027', 'Voxtral', 'Forge', 'Vibe for Work', 'Koyeb', 'European provenance']) {
      expect(text, fact).to.contain(fact);
    }
  });

  it('captions the card with the chief executive’s quote, attributed', async () => {
    const el = await make();
    const quote = el.shadowRoot!.querySelector('figure.quote')!;
    expect(quote.querySelector('blockquote')!.textContent).to.contain('own the full stack');
    expect(quote.querySelector('figcaption')!.textContent).to.contain('Arthur Mensch');
  });

  for (const id of ['compute', 'models', 'platform', 'consultancy']) {
    it(`emphasises ${id} with highlight="${id}", and stays accessible`, async () => {
      const el = await make(html`<sov-stack-card highlight=${id}></sov-stack-card>`);
      const on = pillars(el).map((p) => p.classList.contains('highlight'));
      expect(on.filter(Boolean)).to.have.length(1);
      const index = ['compute', 'models', 'platform', 'consultancy'].indexOf(id);
      expect(on[index]).to.equal(true);
      expect(getComputedStyle(pillars(el)[index]).borderTopWidth).not.to.equal(getComputedStyle(pillars(el)[(index + 1) % 4]).borderTopWidth);
      await expect(el).to.be.accessible();
    });
  }

  it('lays out four columns on a wide container and one on a narrow one', async () => {
    const box = await fixture<HTMLElement>(html`<div><sov-stack-card></sov-stack-card></div>`);
    const el = box.firstElementChild as SovStackCard;
    await settled(el);
    const columns = () => new Set(pillars(el).map((p) => Math.round(p.getBoundingClientRect().left))).size;
    box.style.width = '960px';
    await new Promise(requestAnimationFrame);
    expect(columns()).to.equal(4);
    box.style.width = '320px';
    await new Promise(requestAnimationFrame);
    expect(columns()).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('renders an override, and accessibly in dark', async () => {
    const el = await make(html`<sov-stack-card theme="dark"></sov-stack-card>`);
    el.data = { stack: { quote: { text: 'A different quote', speaker: 'Someone', sources: ['tma-bet'] } } };
    await settled(el);
    expect(textOf(el)).to.contain('“A different quote”');
    expect(textOf(el)).to.contain('— Someone');
    await expect(el).to.be.accessible();
  });
});
