/** States of <sov-bull-bear>, in Storybook's Component Story Format 3. */
import '../src/widgets/bull-bear/bull-bear.js';
import { commonArgs, commonArgTypes, renderWith, type Meta, type Story } from './kit.js';

export default {
  title: 'Bull and bear',
  component: 'sov-bull-bear',
  args: { ...commonArgs, side: 'both' },
  argTypes: {
    side: { control: 'inline-radio', options: ['both', 'bull', 'bear'] },
    ...commonArgTypes,
  },
  render: renderWith('sov-bull-bear'),
} satisfies Meta;

export const Both: Story = {};
export const Bull: Story = { name: 'Optimistic alone', args: { side: 'bull' } };
export const Bear: Story = { name: 'Skeptical alone', args: { side: 'bear' } };
export const NarrowBear: Story = { name: 'Skeptical reading alone (320 px)', args: { side: 'bear', width: 320 } };
export const DatasetOverride: Story = {
  name: 'Dataset override',
  args: { data: { bullBear: { title: 'Your own title, from a dataset override' } } },
};
export { Dark, French, German, Narrow, ErrorState } from './kit.js';

/** Storybook's CSF convention for the order of the stories (a module's exports are alphabetical). */
export const __namedExportsOrder = ['Both', 'Bull', 'Bear', 'NarrowBear', 'Dark', 'French', 'German', 'Narrow', 'DatasetOverride', 'ErrorState'];
