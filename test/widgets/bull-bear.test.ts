import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/bull-bear/bull-bear.js';
import type { SovBullBear } from '../../src/widgets/bull-bear/bull-bear.js';
import { settled, textOf } from '../helpers.js';

async function make(width: number, attrs = html`<sov-bull-bear></sov-bull-bear>`) {
  const box = await fixture<HTMLElement>(html`<div>${attrs}</div>`);
  box.style.width = `${width}px`;
  const el = box.firstElementChild as SovBullBear;
  await settled(el);
  return el;
}
const $ = (el: SovBullBear, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: SovBullBear, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

describe('<sov-bull-bear>', () => {
  it('shows both readings side by side on a wide container, each point with its source', async () => {
    const el = await make(960);
    expect($(el, '[role="tablist"]')).to.equal(null);
    const headings = $$(el, '.reading h3').map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['The optimistic reading', 'The skeptical reading']);
    // Each reading also has its own shape, so it never rests on colour alone.
    const shapes = $$(el, '.reading h3 svg.icon').map((s) => s.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(shapes).to.have.length(2);
    expect(shapes[0]).not.to.equal(shapes[1]);
    const [bull, bear] = $$(el, '.reading');
    expect(bull.getBoundingClientRect().top).to.equal(bear.getBoundingClientRect().top);
    expect(bull.textContent).to.contain('Koyeb');
    expect(bull.textContent).to.contain('€1B of revenue with 1,000 people');
    expect(bear.textContent).to.contain('software consultancy with a data centre');
    expect(bear.textContent).to.contain('Qwen');
    $$(el, '.reading li').forEach((li) => expect(li.querySelector('.src')!.textContent).to.match(/^\(.+\)$/));
    expect($(el, 'figure.quote')!.textContent).to.contain('I want them to win, but I’m worried');
    await expect(el).to.be.accessible();
  });

  it('shows one reading alone on a wide container with side="bull" or side="bear"', async () => {
    const bull = await make(960, html`<sov-bull-bear side="bull"></sov-bull-bear>`);
    expect($$(bull, '.reading').map((r) => r.classList.contains('bull'))).to.deep.equal([true]);
    const bear = await make(960, html`<sov-bull-bear side="bear"></sov-bull-bear>`);
    expect($$(bear, '.reading').map((r) => r.classList.contains('bear'))).to.deep.equal([true]);
    expect(textOf(bear)).not.to.contain('Koyeb');
    await expect(bear).to.be.accessible();
  });

  it('stacks the two readings on a narrow container, with the same markup as on a wide one', async () => {
    const wide = await make(960);
    const el = await make(320);
    const [bull, bear] = $$(el, '.reading');
    expect(bear.getBoundingClientRect().top).to.be.at.least(bull.getBoundingClientRect().bottom);
    expect(bull.getBoundingClientRect().width).to.be.at.most(320);
    // Nothing depends on the width but the CSS grid: a widget pre-rendered on a server, which
    // knows no width, is already what the script draws.
    const markup = (e: SovBullBear) => e.shadowRoot!.querySelector('.card')!.innerHTML.replace(/<!--.*?-->/g, '');
    expect(markup(el)).to.equal(markup(wide));
    expect($$(el, '.reading h3').map((h) => h.textContent!.trim())).to.deep.equal(['The optimistic reading', 'The skeptical reading']);
    await expect(el).to.be.accessible();
  });

  it('keeps its markup as its container is resized', async () => {
    const el = await make(960);
    const before = el.shadowRoot!.innerHTML;
    const resized = new Promise((resolve) => new ResizeObserver(resolve).observe(el));
    el.parentElement!.style.width = '320px';
    await resized;
    await el.updateComplete;
    expect(el.shadowRoot!.innerHTML).to.equal(before);
    expect($$(el, '.reading')).to.have.length(2);
  });
});
