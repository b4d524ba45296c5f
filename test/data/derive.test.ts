import { expect } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { ratio, winner, workflowTotals } from '../../src/data/derive.js';
import { formatRatio } from '../../src/shared/format.js';

const facts = defaultDataset.facts;
const pair = (measure: 'capital' | 'compute') => {
  const c = defaultDataset.computeGap[measure];
  return { subject: structuredClone(facts[c.subject]), rival: structuredClone(facts[c.rival]) };
};

describe('ratios and winners', () => {
  it('computes the capital ratio from the values: 65 / 3.9', () => {
    const { subject, rival } = pair('capital');
    const r = ratio(subject, rival);
    expect(r.value).to.be.closeTo(16.67, 0.01);
    expect(r.bound).to.equal('exact');
    expect(formatRatio(r, 'en')).to.equal('more than 16×');
  });

  it('computes the compute ratio from the values: 10 GW / 200 MW, a lower bound', () => {
    const { subject, rival } = pair('compute');
    const r = ratio(subject, rival);
    expect(r.value).to.equal(50);
    expect(r.bound).to.equal('lower');
    expect(formatRatio(r, 'en')).to.equal('at least 50×');
  });

  it('follows the values when they change', () => {
    const { subject, rival } = pair('capital');
    rival.value = 39e9;
    expect(formatRatio(ratio(subject, rival), 'en')).to.equal('10×');
  });

  it('never claims more than the values support', () => {
    const { subject, rival } = pair('capital');
    subject.qualifier = 'more-than';
    expect(formatRatio(ratio(subject, rival), 'en')).to.equal('less than 17×');
    rival.qualifier = 'more-than';
    expect(formatRatio(ratio(subject, rival), 'en')).to.equal('about 17×');
    rival.qualifier = 'up-to';
    expect(ratio(subject, rival).bound).to.equal('upper');
    subject.qualifier = 'at-least';
    rival.qualifier = 'exact';
    expect(ratio(subject, rival).bound).to.equal('upper');
    const smaller = pair('capital');
    smaller.subject.value = 130e9;
    expect(formatRatio(ratio(smaller.subject, smaller.rival), 'en')).to.equal('2×');
  });

  it('flips the winner on reasoning', () => {
    const byId = Object.fromEntries(defaultDataset.metricToggle.metrics.map((m) => [m.id, winner(m)]));
    expect(byId).to.deep.equal({ speed: 'small', energy: 'small', cost: 'small', reasoning: 'large' });
    expect(winner({ small: 5, large: 5, better: 'lower' })).to.equal('tie');
  });

  it('adds per-call metrics up over a workflow, and not reasoning', () => {
    const [speed] = defaultDataset.metricToggle.metrics;
    expect(workflowTotals(speed, 100)).to.deep.equal({ small: 2500, large: 10000, gap: 7500 });
    const reasoning = defaultDataset.metricToggle.metrics.find((m) => m.id === 'reasoning')!;
    expect(workflowTotals(reasoning, 100)).to.deep.equal({ small: 60, large: 100, gap: 40 });
  });
});
