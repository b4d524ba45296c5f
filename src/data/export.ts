// Entry for the build step that writes dist/dataset.json, dist/dataset.schema.json and
// dist/sovereignty-widgets.css and dist/snippets/<tag>.html.
export { defaultDataset } from './default-dataset.js';
export { datasetSchema } from './schema.js';
export { validateDataset } from './validate.js';
export { reserveCss } from '../reserve.js';
export { snippet, TAGS } from '../snippet.js';
