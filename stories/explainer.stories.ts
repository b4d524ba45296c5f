/** States of <sov-explainer>, in Storybook's Component Story Format 3. */
import { html } from 'lit';
import '../src/widgets/explainer/explainer.js';

interface Args {
  sections: string;
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Explainer',
  component: 'sov-explainer',
  args: {
    sections: 'question stack metrics use-cases compute-gap bull-bear milestones sources',
    theme: 'auto',
  } satisfies Args,
  argTypes: {
    sections: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) => html`<sov-explainer sections=${args.sections} theme=${args.theme}></sov-explainer>`,
};

export const Whole = {};
export const QuestionAndGap = { args: { sections: 'question compute-gap' } };
export const Dark = { args: { theme: 'dark' } };
