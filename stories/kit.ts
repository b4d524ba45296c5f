/**
 * What every widget's stories share: the render function (attributes from args, `.data`, a
 * width box), the common argTypes and the states every widget has. Each story file re-exports
 * these states by name, since Storybook reads a file's named exports.
 */
import type { DatasetOverride } from '../src/data/types.js';

export interface StoryArgs {
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  /** Width of the box around the widget, in CSS pixels; 0 for the full width. */
  width?: number;
  data?: DatasetOverride;
  [attribute: string]: unknown;
}

export interface Story {
  name?: string;
  args?: StoryArgs;
}

export interface Meta {
  title: string;
  component: string;
  args: StoryArgs;
  argTypes: Record<string, { control: unknown; options?: readonly unknown[] }>;
  render: (args: StoryArgs) => HTMLElement;
}

/** Arguments that are not attributes of the widget. */
const NOT_ATTRIBUTES = new Set(['width', 'data']);
export const attributeName = (arg: string) => arg.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The widget's attributes for these args, as the embed snippet writes them (empty ones left out). */
export function attributesOf(args: StoryArgs): [string, string][] {
  return Object.entries(args)
    .filter(([key, value]) => !NOT_ATTRIBUTES.has(key) && value !== undefined && value !== '' && value !== null)
    .map(([key, value]) => [attributeName(key), String(value)]);
}

/** Renders `tag` with the args as attributes and `.data`, inside a box of the story's width. */
export function renderWith(tag: string) {
  return (args: StoryArgs): HTMLElement => {
    const el = document.createElement(tag) as HTMLElement & { data?: DatasetOverride };
    for (const [name, value] of attributesOf(args)) el.setAttribute(name, value);
    if (args.data) el.data = args.data;
    const box = document.createElement('div');
    box.className = 'sov-story';
    if (args.width) box.style.maxWidth = `${args.width}px`;
    box.append(el);
    return box;
  };
}

export const commonArgTypes = {
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  lang: { control: 'inline-radio', options: ['en', 'fr', 'de'] },
  width: { control: 'select', options: [0, 320, 480, 720] },
} as const;

export const commonArgs: StoryArgs = { theme: 'auto', lang: 'en', width: 0 };

/** A dataset that fails validation, for the error state: the path is shown in the box. */
export const invalidData = { meta: { asOf: 'soon' } } as unknown as DatasetOverride;

export const Dark: Story = { args: { theme: 'dark' } };
export const French: Story = { args: { lang: 'fr' } };
export const German: Story = { args: { lang: 'de' } };
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: 320 } };
export const ErrorState: Story = { name: 'Error state', args: { data: invalidData } };
