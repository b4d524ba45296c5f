// Storybook 10 for the widgets' stories (stories/*.stories.ts, the same CSF3 files the demo
// gallery renders). `npm run storybook` serves it; `npm run build-storybook` writes
// storybook-static/, which scripts/site.mjs copies into the built site as site/storybook/.
/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  stories: ['../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
};
