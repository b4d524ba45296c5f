/** States of <sov-metric-toggle>, in Storybook's Component Story Format 3. */
import '../src/widgets/metric-toggle/metric-toggle.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Metric toggle',
  component: 'sov-metric-toggle',
  args: { ...commonArgs, metric: 'speed', calls: 100 },
  argTypes: {
    metric: { control: 'inline-radio', options: ['speed', 'energy', 'cost', 'reasoning'] },
    calls: { control: { type: 'range', min: 1, max: 500 } },
    ...commonArgTypes,
  },
  render: renderWith('sov-metric-toggle'),
} satisfies Meta;

export const Speed: Story = {};
export const Energy: Story = { args: { metric: 'energy' } };
export const Cost: Story = { name: 'Cost per token', args: { metric: 'cost' } };
export const Reasoning: Story = { args: { metric: 'reasoning' } };
export const OneCall: Story = { name: 'One call', args: { calls: 1 } };
export const FiveHundredCalls: Story = { name: '500 calls', args: { calls: 500 } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: { data: { metricToggle: { title: 'Your own title, from a dataset override' } } },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['Speed', 'Energy', 'Cost', 'Reasoning', 'OneCall', 'FiveHundredCalls', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
