import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components';
import manifest from '../custom-elements.json';

// Controls and docs pages read each element's attributes, properties, events, parts, slots
// and CSS properties from the generated manifest (`npm run manifest`), i.e. from the JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
