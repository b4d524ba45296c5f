/**
 * sovereignty-widgets: one module that defines every `sov-` element and exports the data API.
 * Include it once with `<script type="module" async src=".../sovereignty-widgets.js"></script>`.
 */
export { SovComputeGap } from './widgets/compute-gap/compute-gap.js';
export { SovMetricToggle, SovMetricChangeEvent } from './widgets/metric-toggle/metric-toggle.js';
export { SovStackCard } from './widgets/stack-card/stack-card.js';
export { SovBullBear } from './widgets/bull-bear/bull-bear.js';
export { SovMilestones } from './widgets/milestones/milestones.js';
export { SovUseCases } from './widgets/use-cases/use-cases.js';
export { SovExplainer } from './widgets/explainer/explainer.js';
export { SovElement, SovErrorEvent } from './shared/sov-element.js';
export { defaultDataset } from './data/default-dataset.js';
export { setDefaultDataset, resolveDataset } from './data/load.js';
export { mergeDataset } from './data/merge.js';
export { validateDataset, type ValidationError, type ValidationResult } from './data/validate.js';
export { ratio, winner } from './data/derive.js';
export type * from './data/types.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'sov-error': import('./shared/sov-element.js').SovErrorEvent;
  }
}
