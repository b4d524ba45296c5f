import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/bull-bear/bull-bear.js';
import type { SovBullBear } from '../../src/widgets/bull-bear/bull-bear.js';
import { settled, textOf, until } from '../helpers.js';

async function make(width: number, attrs = html`<sov-bull-bear></sov-bull-bear>`) {
  const box = await fixture<HTMLElement>(html`<div>${attrs}</div>`);
  box.style.width = `${width}px`;
  const el = box.firstElementChild as SovBullBear;
  await settled(el);
  return el;
}
const $ = (el: SovBullBear, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: SovBullBear, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const tabsShown = (el: SovBullBear) => until(() => $(el, '[role="tablist"]') !== null, 'the tabs');

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

  it('becomes two tabs on a narrow container, following the WAI-ARIA tabs pattern', async () => {
    const el = await make(320);
    await tabsShown(el);
    const tabs = $$(el, '[role="tab"]');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1]);
    const panels = $$(el, '[role="tabpanel"]');
    expect(panels.map((p) => p.hidden)).to.deep.equal([false, true]);
    expect(panels[0].getAttribute('aria-labelledby')).to.equal(tabs[0].id);
    await expect(el).to.be.accessible();

    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-bear', 'focus on the second tab');
    expect($$(el, '[role="tab"]').map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
    expect($$(el, '[role="tabpanel"]').map((p) => p.hidden)).to.deep.equal([true, false]);
    await sendKeys({ press: 'ArrowRight' }); // wraps round
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-bull', 'focus back on the first tab');
    await sendKeys({ press: 'End' });
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-bear', 'End to the last tab');
    $$(el, '[role="tab"]')[0].click();
    await el.updateComplete;
    expect($$(el, '[role="tabpanel"]').map((p) => p.hidden)).to.deep.equal([false, true]);
    await expect(el).to.be.accessible();
  });

  it('opens on the skeptical tab with side="bear" on a narrow container', async () => {
    const el = await make(320, html`<sov-bull-bear side="bear"></sov-bull-bear>`);
    await tabsShown(el);
    expect($$(el, '[role="tab"]').map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
  });

  it('switches between columns and tabs as its container is resized', async () => {
    const el = await make(960);
    const box = el.parentElement!;
    box.style.width = '320px';
    await tabsShown(el);
    box.style.width = '900px';
    await until(() => $(el, '[role="tablist"]') === null, 'the columns again');
    expect($$(el, '.reading')).to.have.length(2);
  });
});
