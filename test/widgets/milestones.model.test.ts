import { expect } from '@open-wc/testing';
import { evaluationDate, period, statusOf } from '../../src/widgets/milestones/milestones.model.js';
import { defaultDataset } from '../../src/data/default-dataset.js';

const item = (id: string) => defaultDataset.milestones.items[id];

describe('milestone status', () => {
  it('knows the days a date of each precision covers', () => {
    expect(period('2026-05-28')).to.deep.equal({ start: '2026-05-28', end: '2026-05-28' });
    expect(period('2026-02')).to.deep.equal({ start: '2026-02-01', end: '2026-02-28' });
    expect(period('2024-02')).to.deep.equal({ start: '2024-02-01', end: '2024-02-29' });
    expect(period('2026-Q3')).to.deep.equal({ start: '2026-07-01', end: '2026-09-30' });
    expect(period('2026-Q4')).to.deep.equal({ start: '2026-10-01', end: '2026-12-31' });
    expect(period('2027')).to.deep.equal({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('makes Les Ulis (planned, Q3 2026) upcoming until the quarter ends, then due but unconfirmed', () => {
    const lesUlis = item('les-ulis');
    expect(statusOf(lesUlis, '2026-06-30')).to.equal('upcoming');
    expect(statusOf(lesUlis, '2026-07-01')).to.equal('upcoming');
    expect(statusOf(lesUlis, '2026-09-30')).to.equal('upcoming');
    expect(statusOf(lesUlis, '2026-10-01')).to.equal('due-unconfirmed');
    expect(statusOf(lesUlis, '2026-11-22')).to.equal('due-unconfirmed');
  });

  it('keeps a year target a target through its year, then due but unconfirmed', () => {
    expect(statusOf(item('revenue-2026'), '2026-12-31')).to.equal('target');
    expect(statusOf(item('revenue-2026'), '2027-01-01')).to.equal('due-unconfirmed');
    expect(statusOf(item('compute-2027'), '2026-11-22')).to.equal('target');
    expect(statusOf(item('compute-2027'), '2027-12-31')).to.equal('target');
    expect(statusOf(item('compute-2027'), '2028-01-01')).to.equal('due-unconfirmed');
  });

  it('shows a done event as upcoming before its date', () => {
    expect(statusOf(item('summit'), '2026-05-27')).to.equal('upcoming');
    expect(statusOf(item('summit'), '2026-05-28')).to.equal('done');
    expect(statusOf(item('founded'), '2023-03-31')).to.equal('upcoming');
    expect(statusOf(item('founded'), '2023-04-01')).to.equal('done');
    expect(statusOf(item('first-customer'), '2022-12-31')).to.equal('upcoming');
    expect(statusOf(item('first-customer'), '2023-01-01')).to.equal('done');
  });

  it('treats undated items by their state alone', () => {
    expect(statusOf(item('paris-dc'), '2020-01-01')).to.equal('done');
    expect(statusOf(item('sweden'), '2030-01-01')).to.equal('under-way');
    expect(statusOf({ state: 'planned' }, '2030-01-01')).to.equal('upcoming');
    expect(statusOf({ state: 'target' }, '2030-01-01')).to.equal('target');
  });

  it('takes a valid as-of date and falls back to today for anything else', () => {
    const today = new Date('2026-11-22T10:00:00Z');
    expect(evaluationDate('2026-07-01', today)).to.equal('2026-07-01');
    for (const bad of [null, '', 'yesterday', '2026-13-01', '2026-02-30', '2026-7-1']) {
      expect(evaluationDate(bad, today), String(bad)).to.equal('2026-11-22');
    }
  });
});
