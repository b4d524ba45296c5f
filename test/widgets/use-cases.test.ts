import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/use-cases/use-cases.js';
import type { SovUseCases } from '../../src/widgets/use-cases/use-cases.js';
import { settled, textOf } from '../helpers.js';

async function make(filter?: string) {
  const el = await fixture<SovUseCases>(
    filter === undefined ? html`<sov-use-cases></sov-use-cases>` : html`<sov-use-cases filter=${filter}></sov-use-cases>`,
  );
  await settled(el);
  return el;
}
const customers = (el: SovUseCases) =>
  [...el.shadowRoot!.querySelectorAll('.case')].map((c) => c.querySelector('.meta')!.textContent!.split('·')[1].trim());

describe('<sov-use-cases>', () => {
  it('shows the six cases with their figures and sources', async () => {
    const el = await make();
    expect(customers(el)).to.deep.equal([
      'BNP Paribas',
      'Amazon',
      'ASML',
      'European Patent Office',
      'Austrian Academy of Sciences',
      'Abanca',
    ]);
    const text = textOf(el);
    for (const fact of ['Voxtral', 'Robostral', 'Document AI', 'Emmi', 'Sail Reply', '180,000 documents', '2,000 years', 'more than 1 million customers', 'About 180,000 documents in the collection', 'Belgium']) {
      expect(text, fact).to.contain(fact);
    }
    el.shadowRoot!.querySelectorAll('.case').forEach((c) => expect(c.lastElementChild!.textContent).to.contain('Thorsten Meyer AI'));
    await expect(el).to.be.accessible();
  });

  for (const [filter, expected] of [
    ['finance', ['BNP Paribas', 'Abanca']],
    ['voice', ['Amazon']],
    ['industry', ['ASML']],
    ['documents', ['European Patent Office']],
    ['research', ['Austrian Academy of Sciences']],
    ['voice, research', ['Amazon', 'Austrian Academy of Sciences']],
  ] as const) {
    it(`filters by sector with filter="${filter}"`, async () => {
      const el = await make(filter);
      expect(customers(el)).to.deep.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('says so when no case is in the sector asked for', async () => {
    const el = await make('gardening');
    expect(customers(el)).to.deep.equal([]);
    expect(textOf(el)).to.contain('No use case in the sector "gardening"');
  });
});
