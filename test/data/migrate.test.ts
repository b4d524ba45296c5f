import { expect } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { mergeDataset } from '../../src/data/merge.js';
import { migrateDataset } from '../../src/data/migrate.js';
import { validateDataset } from '../../src/data/validate.js';

const figure = (value: number) => ({ value, unit: 'USD', qualifier: 'exact', label: 'Funding', sources: ['tma-bet'], asOf: '2026-05' });

describe('converting a dataset from before facts', () => {
  it('keys lists by id, turns figures into facts, and lists prose that still spells numbers', () => {
    const old = {
      sources: [{ id: 'tma-bet', title: 'T', publisher: 'P', date: '2026-05' }],
      computeGap: { capital: { title: 'Capital', subject: figure(1e9), rival: figure(5e9) } },
      bullBear: { bull: [{ text: 'A 40 MW site', sources: ['tma-bet'] }] },
      milestones: { items: [{ id: 'opening', label: 'Opens', state: 'planned', party: 'subject', sources: ['tma-bet'] }] },
    };
    const { dataset, digits } = migrateDataset(old);
    expect(dataset.sources).to.deep.equal({ 'tma-bet': { title: 'T', publisher: 'P', date: '2026-05' } });
    expect((dataset.computeGap as { capital: unknown }).capital).to.deep.equal({ title: 'Capital', subject: 'capital-subject', rival: 'capital-rival' });
    expect((dataset.facts as Record<string, { value: number }>)['capital-rival'].value).to.equal(5e9);
    expect(Object.keys((dataset.bullBear as { bull: object }).bull)).to.deep.equal(['bull-1']);
    expect(Object.keys((dataset.milestones as { items: object }).items)).to.deep.equal(['opening']);
    expect(digits).to.deep.equal(['bullBear.bull.bull-1.text']);
    // The converted override is valid over the default once its facts are there.
    expect(validateDataset(mergeDataset(defaultDataset, dataset)).ok).to.equal(true);
  });
});
