/** States of <sov-milestones>, in Storybook's Component Story Format 3: several evaluation dates. */
import '../src/widgets/milestones/milestones.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Milestones',
  component: 'sov-milestones',
  args: { ...commonArgs, asOf: '2026-11-22' },
  argTypes: {
    asOf: { control: 'date' },
    ...commonArgTypes,
  },
  render: renderWith('sov-milestones'),
} satisfies Meta;

export const BeforeTheSummit: Story = { name: 'As of 1 May 2026', args: { asOf: '2026-05-01' } };
export const AfterTheSummit: Story = { name: 'As of 1 June 2026', args: { asOf: '2026-06-01' } };
export const LesUlisDue: Story = { name: 'As of 22 November 2026: Les Ulis due', args: { asOf: '2026-11-22' } };
export const In2027: Story = { name: 'As of 1 March 2027', args: { asOf: '2027-03-01' } };
export const After2027: Story = { name: 'As of 1 January 2028', args: { asOf: '2028-01-01' } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: { data: { milestones: { title: 'Your own title, from a dataset override' } } },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['BeforeTheSummit', 'AfterTheSummit', 'LesUlisDue', 'In2027', 'After2027', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
