/** States of <sov-metric-toggle>, in Storybook's Component Story Format 3. */
import { html } from 'lit';
import '../src/widgets/metric-toggle/metric-toggle.js';

interface Args {
  metric: 'speed' | 'energy' | 'cost' | 'reasoning';
  calls: number;
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Metric toggle',
  component: 'sov-metric-toggle',
  args: { metric: 'speed', calls: 100, theme: 'auto' } satisfies Args,
  argTypes: {
    metric: { control: 'inline-radio', options: ['speed', 'energy', 'cost', 'reasoning'] },
    calls: { control: { type: 'range', min: 1, max: 500 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) =>
    html`<sov-metric-toggle metric=${args.metric} calls=${args.calls} theme=${args.theme}></sov-metric-toggle>`,
};

export const Speed = {};
export const Energy = { args: { metric: 'energy' } };
export const Cost = { args: { metric: 'cost' } };
export const Reasoning = { args: { metric: 'reasoning' } };
export const OneCall = { args: { calls: 1 } };
export const Dark = { args: { theme: 'dark' } };
