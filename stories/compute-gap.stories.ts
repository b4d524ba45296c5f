/**
 * States of <sov-compute-gap>, in Storybook's Component Story Format 3. The demo gallery
 * renders these same exports, so each state is written once.
 */
import '../src/widgets/compute-gap/compute-gap.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Compute gap',
  component: 'sov-compute-gap',
  args: { ...commonArgs, measure: 'both', scale: 'linear' },
  argTypes: {
    measure: { control: 'inline-radio', options: ['both', 'capital', 'compute'] },
    scale: { control: 'inline-radio', options: ['linear', 'log'] },
    ...commonArgTypes,
  },
  render: renderWith('sov-compute-gap'),
} satisfies Meta;

export const Default: Story = {};
export const Capital: Story = { args: { measure: 'capital' } };
export const Compute: Story = { args: { measure: 'compute' } };
export const LogScale: Story = { name: 'Log scale', args: { scale: 'log' } };
export const CapitalLog: Story = { name: 'Capital, log scale', args: { measure: 'capital', scale: 'log' } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: {
    data: {
      // One fact changed by its id: every widget that shows it follows.
      facts: {
        'anthropic-series-h': { value: 7.8e9, qualifier: 'exact', label: 'Hypothetical, for this demo: twice Mistral’s funding' },
      },
    },
  },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['Default', 'Capital', 'Compute', 'LogScale', 'CapitalLog', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
