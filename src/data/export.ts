// Entry for the build step that writes dist/dataset.json and dist/dataset.schema.json.
export { defaultDataset } from './default-dataset.js';
export { datasetSchema } from './schema.js';
export { validateDataset } from './validate.js';
