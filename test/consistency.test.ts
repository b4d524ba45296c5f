/**
 * One fact, one place: a fact changed once changes every widget that shows it, alone and
 * inside the explainer, in every language, and no widget keeps the old figure; a milestone
 * reads the same in every widget at any evaluation date.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import { period, statusOf, type Status } from '../src/data/derive.js';
import { referencesIn } from '../src/data/template.js';
import type { Dataset, DatasetOverride, Text } from '../src/data/types.js';
import { formatFact } from '../src/shared/format.js';
import { statusPhrase } from '../src/shared/text.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { elementsOf, settled } from './helpers.js';

const LANGS = ['en', 'fr', 'de'];
const AS_OF = '2026-06-15';
// Case folded too: a text that opens with a reference capitalises it ("About 180,000…").
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').toLowerCase();

/** What a reader can see or hear of a widget: its text and its labels, through nested widgets. */
const seen = (el: Element) =>
  fold([el.shadowRoot!.textContent, ...elementsOf(el).map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.shadowRoot?.textContent ?? ''}`)].join(' '));

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Every text in a part of the dataset. */
function texts(value: unknown): Text[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    /^(text|label|title|summary|takeaway|note|question|speaker|role|model|unit|small|large)$/.test(key) && (typeof v === 'string' || (typeof v === 'object' && v && 'en' in v))
      ? [v as Text]
      : texts(v),
  );
}

/** The facts a widget shows: those its section refers to, and those its facts' labels do. */
function factsShownBy(tag: string, d: Dataset): Set<string> {
  const section = { 'sov-stack-card': d.stack, 'sov-bull-bear': d.bullBear, 'sov-milestones': d.milestones, 'sov-use-cases': d.useCases, 'sov-metric-toggle': d.metricToggle, 'sov-compute-gap': d.computeGap }[tag];
  const ids = new Set(texts(section).flatMap(referencesIn));
  if (tag === 'sov-compute-gap') for (const c of [d.computeGap.capital, d.computeGap.compute]) ids.add(c.subject).add(c.rival);
  if (tag === 'sov-milestones') for (const m of Object.values(d.milestones.items)) referencesIn(m.label).forEach((id) => ids.add(id));
  // A milestone's label is shown where the milestone is; a fact's label, by the compute gap.
  for (const id of [...ids]) {
    const fact = Object.hasOwn(d.facts, id) ? d.facts[id] : undefined;
    if (fact?.label && tag === 'sov-compute-gap') referencesIn(fact.label).forEach((r) => ids.add(r));
  }
  return new Set([...ids].filter((id) => Object.hasOwn(d.facts, id)));
}

const WIDGETS = ['sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases', 'sov-metric-toggle', 'sov-compute-gap'];

async function render(tag: string, lang: string, data?: DatasetOverride, asOf = AS_OF) {
  const el = document.createElement(tag) as SovElement;
  el.setAttribute('lang', lang);
  el.setAttribute('as-of', asOf);
  if (data) el.data = data;
  const box = await fixture<HTMLElement>(html`<div></div>`);
  box.style.width = '900px';
  box.append(el);
  await settled(el);
  return el;
}

describe('one fact, one place', function () {
  this.timeout(60000); // each fact's test draws six explainers and every widget that shows it
  it('has prose with no number in it, in the built-in dataset and the example', async () => {
    const example = await (await fetch(new URL('../examples/northwind-vs-contoso.json', import.meta.url))).json();
    for (const d of [defaultDataset, example]) {
      const prose = texts(d).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
      expect(prose.length).to.be.greaterThan(50);
      for (const s of prose.filter((s) => typeof s === 'string')) {
        const words = s.replace(/\{[a-z][a-z0-9-]*(:date)?\}/g, '');
        expect(/(^|[^\p{L}\d])\d/u.test(words), s).to.equal(false); // "B2B" is a name; "40 MW" is a figure
      }
    }
  });

  it('knows which widgets show which facts (every fact is shown by one at least)', () => {
    const shown = Object.keys(defaultDataset.facts).filter((id) => WIDGETS.some((tag) => factsShownBy(tag, defaultDataset).has(id)));
    expect(shown).to.deep.equal(Object.keys(defaultDataset.facts));
  });

  for (const [id, fact] of Object.entries(defaultDataset.facts)) {
    it(`changes "${id}" everywhere it is shown, alone and in the explainer, in en, fr and de`, async () => {
      const override: DatasetOverride = { facts: { [id]: { value: fact.value * 3 } } };
      const tags = WIDGETS.filter((tag) => factsShownBy(tag, defaultDataset).has(id));
      for (const lang of LANGS) {
        const before = fold(formatFact(fact, lang));
        const after = fold(formatFact({ ...fact, value: fact.value * 3 }, lang));
        const explainer = await render('sov-explainer', lang, override);
        const plain = await render('sov-explainer', lang);
        const inside = (root: SovElement, tag: string) => root.shadowRoot!.querySelector(tag)!;
        for (const tag of tags) {
          for (const [where, changed, original] of [
            ['alone', await render(tag, lang, override), await render(tag, lang)],
            ['in the explainer', inside(explainer, tag), inside(plain, tag)],
          ] as const) {
            const [now, was] = [seen(changed), seen(original)];
            const what = `${tag} ${where} (${lang}): ${id}`;
            expect(count(was, after), `${what}: the new figure ${after} is not in the default`).to.equal(0);
            expect(count(now, after), `${what} shows ${after}`).to.be.greaterThan(0);
            // Every place that showed the old figure shows the new one now; another fact may
            // read the same as the old one ("more than 1 million"), and only it may stay.
            expect(count(was, before) - count(now, before), `${what}: no ${before} left of this fact`).to.equal(count(now, after));
            const twins = Object.entries(defaultDataset.facts).filter(([other, f]) => other !== id && fold(formatFact(f, lang)).includes(before));
            if (!twins.length) expect(now, what).not.to.contain(before);
          }
        }
      }
    });
  }

  it('shows the $80B / 300 MW experiment everywhere, and the old figures nowhere, in en, fr and de', async () => {
    const data: DatasetOverride = { facts: { 'anthropic-series-h': { value: 80e9 }, 'compute-target': { value: 300 } } };
    const expected = { en: ['$80B', '300 MW', '$65B', '200 MW'], fr: ['80 Md $', '300 MW', '65 Md $', '200 MW'], de: ['80 Mrd. $', '300 MW', '65 Mrd. $', '200 MW'] };
    for (const [lang, [money, power, oldMoney, oldPower]] of Object.entries(expected)) {
      const el = await render('sov-explainer', lang, data);
      const text = seen(el);
      for (const tag of ['sov-stack-card', 'sov-milestones', 'sov-compute-gap']) {
        const section = seen(el.shadowRoot!.querySelector(tag)!);
        expect(section, `${tag} (${lang})`).to.contain(fold(tag === 'sov-stack-card' ? power : money));
      }
      expect(text, lang).to.contain(fold(power));
      expect(text, lang).not.to.contain(fold(oldMoney));
      expect(text, lang).not.to.contain(fold(oldPower));
    }
  });
});

describe('milestones agree at every evaluation date', () => {
  const dated = Object.entries(defaultDataset.milestones.items).filter(([, m]) => m.date);
  const day = (iso: string, by: number) => new Date(Date.parse(iso) + by * 864e5).toISOString().slice(0, 10);
  const dates = [...new Set(dated.flatMap(([, m]) => [day(period(m.date!).start, -1), period(m.date!).start, period(m.date!).end, day(period(m.date!).end, 1)]))].sort();
  // The statuses a dated milestone's phrase tells with its date ("under way" has none).
  const STATUSES: Status[] = ['done', 'upcoming', 'target', 'due-unconfirmed'];

  for (const lang of LANGS) {
    it(`no two widgets in the explainer disagree about a milestone (${lang}), before and after each date`, async function () {
      this.timeout(120000);
      for (const asOf of lang === 'en' ? dates : dates.filter((d) => d >= '2026-06-30' && d <= '2027-01-01')) {
        const el = await render('sov-explainer', lang, undefined, asOf);
        const milestones = el.shadowRoot!.querySelector('sov-milestones')!;
        const others = ['sov-stack-card', 'sov-bull-bear', 'sov-use-cases'].map((tag) => seen(el.shadowRoot!.querySelector(tag)!)).join(' ');
        for (const [id, m] of Object.entries(defaultDataset.milestones.items)) {
          const row = milestones.shadowRoot!.querySelector<HTMLElement>(`[data-item="${id}"]`)!;
          const status = row.dataset.status as Status;
          expect(status, `${id} at ${asOf}`).to.equal(statusOf(m, asOf));
          // Prose tells a status where it writes {id} (not {id:date}).
          const mentioned = [defaultDataset.stack, defaultDataset.bullBear, defaultDataset.useCases].some((part) =>
            texts(part).some((t) => JSON.stringify(t).includes(`{${id}}`)),
          );
          if (!mentioned) continue;
          expect(fold(others), `${id} at ${asOf} (${lang})`).to.contain(fold(statusPhrase(m, status, lang)));
          if (!m.date) continue; // an undated status is a common word ("operating"); the check above suffices
          for (const other of STATUSES.filter((s) => s !== status))
            expect(fold(others), `${id} at ${asOf} (${lang}) is not also "${other}"`).not.to.contain(fold(statusPhrase(m, other, lang)));
        }
      }
    });
  }
});

describe('errors in facts and references', () => {
  for (const [what, data, path] of [
    ['an unknown fact', { stack: { pillars: { compute: { items: { paris: { text: { fr: 'Un site de {paris-powr}' } } } } } } }, 'stack.pillars.compute.items.paris.text.fr'],
    ['an unbalanced brace', { milestones: { items: { sweden: { label: 'A {sweden-cost data centre' } } } }, 'milestones.items.sweden.label'],
    ['a unit that cannot be formatted', { facts: { 'paris-power': { unit: 'kWh' } } }, 'facts.paris-power.unit'],
    ['a fact of the wrong kind', { computeGap: { capital: { subject: 'paris-power' } } }, 'computeGap.capital.subject'],
  ] as const) {
    it(`shows ${what} in the error box and a sov-error event naming the path, and nothing else`, async () => {
      for (const tag of ['sov-stack-card', 'sov-compute-gap', 'sov-explainer']) {
        const el = document.createElement(tag) as SovElement;
        const event = new Promise<CustomEvent>((resolve) => el.addEventListener('sov-error', resolve as EventListener, { once: true }));
        el.data = data as unknown as DatasetOverride;
        await fixture(el);
        const { detail } = await event;
        await settled(el);
        expect(detail.path, tag).to.equal(path);
        const box = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(box.textContent, tag).to.contain(path);
        expect(el.shadowRoot!.querySelectorAll('[part~="base"]:not([part~="error"])'), tag).to.have.length(0);
      }
    });
  }
});
