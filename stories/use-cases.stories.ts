/** States of <sov-use-cases>, in Storybook's Component Story Format 3: each sector filter. */
import '../src/widgets/use-cases/use-cases.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Use cases',
  component: 'sov-use-cases',
  args: { ...commonArgs, filter: '' },
  argTypes: {
    filter: { control: 'select', options: ['', 'finance', 'voice', 'industry', 'documents', 'research'] },
    ...commonArgTypes,
  },
  render: renderWith('sov-use-cases'),
} satisfies Meta;

export const All: Story = {};
export const Finance: Story = { args: { filter: 'finance' } };
export const Voice: Story = { args: { filter: 'voice' } };
export const Industry: Story = { args: { filter: 'industry' } };
export const Documents: Story = { args: { filter: 'documents' } };
export const Research: Story = { args: { filter: 'research' } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: { data: { useCases: { title: 'Your own title, from a dataset override' } } },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['All', 'Finance', 'Voice', 'Industry', 'Documents', 'Research', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
