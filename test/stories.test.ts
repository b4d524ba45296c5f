/** Every story renders its widget: with no error box, except the error stories, which show one. */
import { expect, fixture } from '@open-wc/testing';
import { modules, widgets } from '../stories/index.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { errorBox, settled } from './helpers.js';

describe('stories', () => {
  it('cover every widget with its own states plus dark, French, German, narrow, override and error', () => {
    expect(widgets.map((w) => w.meta.component)).to.have.members([
      'sov-compute-gap', 'sov-metric-toggle', 'sov-stack-card', 'sov-bull-bear', 'sov-milestones', 'sov-use-cases', 'sov-explainer',
    ]);
    for (const { meta, stories } of widgets) {
      const ids = stories.map((s) => s.id);
      expect(ids, meta.title).to.include.members(['Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState']);
      expect(ids.length, meta.title).to.be.greaterThan(7);
    }
  });

  it('list every exported story in __namedExportsOrder', () => {
    for (const module of modules) {
      const { default: meta, __namedExportsOrder: order, ...named } = module as unknown as Record<string, unknown> & {
        default: { title: string };
        __namedExportsOrder: string[];
      };
      expect([...order].sort(), meta.title).to.deep.equal(Object.keys(named).sort());
    }
  });

  for (const { meta, stories } of widgets) {
    describe(meta.title, () => {
      for (const story of stories) {
        const failing = story.id === 'ErrorState';
        it(`${story.name} renders ${failing ? 'its error box' : 'without an error'}, accessibly in light and dark`, async () => {
          const box = await fixture<HTMLElement>(story.render());
          const el = box.querySelector<SovElement>(meta.component)!;
          expect(el, 'the widget').not.to.equal(null);
          await settled(el);
          if (failing) expect(errorBox(el)!.textContent).to.contain('meta.asOf');
          else expect(errorBox(el)).to.equal(null);
          for (const theme of ['light', 'dark']) {
            el.setAttribute('theme', theme);
            await el.updateComplete;
            expect(el.dataset.scheme).to.equal(theme);
            await expect(el).to.be.accessible();
          }
        });
      }
    });
  }
});
