/**
 * States of <sov-compute-gap>, in Storybook's Component Story Format 3. The demo gallery
 * reads the same exports, so each state is written once.
 */
import { html } from 'lit';
import '../src/widgets/compute-gap/compute-gap.js';

interface Args {
  measure: 'both' | 'capital' | 'compute';
  scale: 'linear' | 'log';
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Compute gap',
  component: 'sov-compute-gap',
  args: { measure: 'both', scale: 'linear', theme: 'auto' } satisfies Args,
  argTypes: {
    measure: { control: 'inline-radio', options: ['both', 'capital', 'compute'] },
    scale: { control: 'inline-radio', options: ['linear', 'log'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) =>
    html`<sov-compute-gap measure=${args.measure} scale=${args.scale} theme=${args.theme}></sov-compute-gap>`,
};

export const Default = {};
export const Capital = { args: { measure: 'capital' } };
export const Compute = { args: { measure: 'compute' } };
export const LogScale = { args: { scale: 'log' } };
export const Dark = { args: { theme: 'dark' } };
export const ErrorState = {
  render: () => html`<sov-compute-gap>
    <script type="application/json">
      { "computeGap": { "capital": { "rival": { "value": "65B" } } } }
    </script>
  </sov-compute-gap>`,
};
