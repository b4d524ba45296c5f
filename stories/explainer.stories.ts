/** States of <sov-explainer>, in Storybook's Component Story Format 3. */
import '../src/widgets/explainer/explainer.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Explainer',
  component: 'sov-explainer',
  args: { ...commonArgs, sections: '', asOf: '2026-11-22' },
  argTypes: {
    sections: { control: 'text' },
    asOf: { control: 'date' },
    ...commonArgTypes,
  },
  render: renderWith('sov-explainer'),
} satisfies Meta;

export const Whole: Story = { name: 'The whole piece' };
export const QuestionAndGap: Story = { name: 'Question and compute gap', args: { sections: 'question compute-gap' } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: { sections: 'question', data: { meta: { question: 'Your own question, from a dataset override' } } },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['Whole', 'QuestionAndGap', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
