/** Every story renders its widget: with no error box, except the error stories, which show one. */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as bullBear from '../stories/bull-bear.stories.js';
import * as computeGap from '../stories/compute-gap.stories.js';
import * as explainer from '../stories/explainer.stories.js';
import * as metricToggle from '../stories/metric-toggle.stories.js';
import * as milestones from '../stories/milestones.stories.js';
import * as stackCard from '../stories/stack-card.stories.js';
import * as useCases from '../stories/use-cases.stories.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { errorBox, settled } from './helpers.js';

interface Meta<A> {
  title: string;
  component: string;
  args: A;
  render: (args: A) => TemplateResult;
}
type Story<A> = { args?: Partial<A>; render?: (args: A) => TemplateResult };

for (const module of [computeGap, metricToggle, stackCard, bullBear, milestones, useCases, explainer]) {
  const { default: meta, ...stories } = module as unknown as { default: Meta<object> } & Record<string, Story<object>>;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name} renders ${name.startsWith('Error') ? 'its error box' : 'without an error'}, accessibly`, async () => {
        const args = { ...meta.args, ...story.args };
        const el = await fixture<SovElement>((story.render ?? meta.render)(args));
        expect(el.localName).to.equal(meta.component);
        await settled(el);
        if (name.startsWith('Error')) expect(errorBox(el)).not.to.equal(null);
        else expect(errorBox(el)).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
}
