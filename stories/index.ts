/** Every widget's stories, in the article's order: what the demo gallery and the tests read. */
import * as explainer from './explainer.stories.js';
import * as stackCard from './stack-card.stories.js';
import * as metricToggle from './metric-toggle.stories.js';
import * as useCases from './use-cases.stories.js';
import * as computeGap from './compute-gap.stories.js';
import * as bullBear from './bull-bear.stories.js';
import * as milestones from './milestones.stories.js';
import type { Meta, Story, StoryArgs } from './kit.js';

export interface StoryEntry {
  id: string;
  name: string;
  args: StoryArgs;
  render: () => HTMLElement;
}
export interface WidgetStories {
  meta: Meta;
  stories: StoryEntry[];
}

export const modules = [explainer, stackCard, metricToggle, useCases, computeGap, bullBear, milestones];

/** "LogScale" → "Log scale", for stories without a name of their own. */
const title = (id: string) => id.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ ([A-Z])(?=[a-z])/g, (s) => s.toLowerCase());

export const widgets: WidgetStories[] = modules.map((module) => {
  const { default: meta, __namedExportsOrder: order, ...named } = module as unknown as {
    default: Meta;
    __namedExportsOrder: string[];
  } & Record<string, Story>;
  return {
    meta,
    stories: order.map((id) => [id, named[id]] as const).map(([id, story]) => {
      const args = { ...meta.args, ...story.args };
      return { id, name: story.name ?? title(id), args, render: () => meta.render(args) };
    }),
  };
});
