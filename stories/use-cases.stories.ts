/** States of <sov-use-cases>, in Storybook's Component Story Format 3: each sector filter. */
import { html } from 'lit';
import '../src/widgets/use-cases/use-cases.js';

interface Args {
  filter: string;
  theme: 'auto' | 'light' | 'dark';
}

export default {
  title: 'Widgets/Use cases',
  component: 'sov-use-cases',
  args: { filter: '', theme: 'auto' } satisfies Args,
  argTypes: {
    filter: { control: 'select', options: ['', 'finance', 'voice', 'industry', 'documents', 'research'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args: Args) => html`<sov-use-cases filter=${args.filter} theme=${args.theme}></sov-use-cases>`,
};

export const All = {};
export const Finance = { args: { filter: 'finance' } };
export const Voice = { args: { filter: 'voice' } };
export const Industry = { args: { filter: 'industry' } };
export const Documents = { args: { filter: 'documents' } };
export const Research = { args: { filter: 'research' } };
export const Dark = { args: { theme: 'dark' } };
