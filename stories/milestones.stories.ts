/** States of <sov-milestones>, in Storybook's Component Story Format 3: several evaluation dates. */
import { html } from 'lit';
import '../src/widgets/milestones/milestones.js';

interface Args {
  asOf: string;
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Milestones',
  component: 'sov-milestones',
  args: { asOf: '2026-11-22', theme: 'auto' } satisfies Args,
  argTypes: {
    asOf: { control: 'date' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) => html`<sov-milestones as-of=${args.asOf} theme=${args.theme}></sov-milestones>`,
};

export const AfterTheSummit = { args: { asOf: '2026-06-01' } };
export const LesUlisDue = { args: { asOf: '2026-11-22' } };
export const In2027 = { args: { asOf: '2027-03-01' } };
export const After2027 = { args: { asOf: '2028-01-01' } };
export const Dark = { args: { theme: 'dark' } };
