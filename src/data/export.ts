// Entry for the build step that writes dist/dataset.json, dist/dataset.schema.json and
// dist/sovereignty-widgets.css and dist/snippets/<tag>.html, and for scripts/images.mjs.
export { defaultDataset } from './default-dataset.js';
export { datasetSchema } from './schema.js';
export { validateDataset } from './validate.js';
export { reserveCss, FONT } from '../reserve.js';
export { snippet, TAGS, IMAGE_AS_OF } from '../snippet.js';
export { IMAGE_LANGS, IMAGE_WIDTH } from '../fallback.js';
