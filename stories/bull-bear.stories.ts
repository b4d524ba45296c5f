/** States of <sov-bull-bear>, in Storybook's Component Story Format 3. */
import { html } from 'lit';
import '../src/widgets/bull-bear/bull-bear.js';

interface Args {
  side: 'both' | 'bull' | 'bear';
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Bull and bear',
  component: 'sov-bull-bear',
  args: { side: 'both', theme: 'auto' } satisfies Args,
  argTypes: {
    side: { control: 'inline-radio', options: ['both', 'bull', 'bear'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) => html`<sov-bull-bear side=${args.side} theme=${args.theme}></sov-bull-bear>`,
};

export const Both = {};
export const Bull = { args: { side: 'bull' } };
export const Bear = { args: { side: 'bear' } };
export const Dark = { args: { theme: 'dark' } };
