/** States of <sov-stack-card>, in Storybook's Component Story Format 3. */
import { html } from 'lit';
import '../src/widgets/stack-card/stack-card.js';

interface Args {
  highlight: '' | 'compute' | 'models' | 'platform' | 'consultancy';
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Stack card',
  component: 'sov-stack-card',
  args: { highlight: '', theme: 'auto' } satisfies Args,
  argTypes: {
    highlight: { control: 'select', options: ['', 'compute', 'models', 'platform', 'consultancy'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) => html`<sov-stack-card highlight=${args.highlight} theme=${args.theme}></sov-stack-card>`,
};

export const Default = {};
export const HighlightCompute = { args: { highlight: 'compute' } };
export const HighlightModels = { args: { highlight: 'models' } };
export const HighlightPlatform = { args: { highlight: 'platform' } };
export const HighlightConsultancy = { args: { highlight: 'consultancy' } };
export const Dark = { args: { theme: 'dark' } };
