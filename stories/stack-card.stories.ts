/** States of <sov-stack-card>, in Storybook's Component Story Format 3. */
import '../src/widgets/stack-card/stack-card.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Stack card',
  component: 'sov-stack-card',
  args: { ...commonArgs, highlight: '' },
  argTypes: {
    highlight: { control: 'select', options: ['', 'compute', 'models', 'platform', 'consultancy'] },
    ...commonArgTypes,
  },
  render: renderWith('sov-stack-card'),
} satisfies Meta;

export const Default: Story = {};
export const HighlightCompute: Story = { name: 'Highlight: compute', args: { highlight: 'compute' } };
export const HighlightModels: Story = { name: 'Highlight: models', args: { highlight: 'models' } };
export const HighlightPlatform: Story = { name: 'Highlight: platform', args: { highlight: 'platform' } };
export const HighlightConsultancy: Story = { name: 'Highlight: consultancy', args: { highlight: 'consultancy' } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: { data: { stack: { title: 'Your own title, from a dataset override' } } },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['Default', 'HighlightCompute', 'HighlightModels', 'HighlightPlatform', 'HighlightConsultancy', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
