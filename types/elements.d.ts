/**
 * What a template may set on each element and the events each one fires, taken from the
 * element classes. The framework files (react, preact, vue) build their typings from these.
 */
import type {
  SovBullBear,
  SovComputeGap,
  SovElement,
  SovErrorEvent,
  SovExplainer,
  SovMetricChangeEvent,
  SovMetricToggle,
  SovMilestones,
  SovStackCard,
  SovUseCases,
} from '../lib/index.js';

/** What every widget has: `.data` (a property only), `src` and `theme`. */
type Common = Partial<Pick<SovElement, 'data' | 'src' | 'theme'>>;

/**
 * Properties by tag. Names with a dash are the attribute (as-of), for frameworks that set an
 * attribute when the element has no property of that name, and for server rendering.
 */
export interface SovElementProps {
  'sov-compute-gap': Common & Partial<Pick<SovComputeGap, 'measure' | 'scale'>>;
  'sov-metric-toggle': Common & Partial<Pick<SovMetricToggle, 'metric' | 'calls'>>;
  'sov-stack-card': Common & Partial<Pick<SovStackCard, 'highlight'>>;
  'sov-bull-bear': Common & Partial<Pick<SovBullBear, 'side'>>;
  'sov-milestones': Common & Partial<Pick<SovMilestones, 'asOf'>> & { 'as-of'?: string };
  'sov-use-cases': Common & Partial<Pick<SovUseCases, 'filter'>>;
  'sov-explainer': Common & Partial<Pick<SovExplainer, 'sections' | 'asOf'>> & { 'as-of'?: string };
}

/** Events by tag (all bubble and are composed). */
export interface SovElementEvents {
  'sov-compute-gap': { 'sov-error': SovErrorEvent };
  'sov-metric-toggle': { 'sov-error': SovErrorEvent; 'sov-metric-change': SovMetricChangeEvent };
  'sov-stack-card': { 'sov-error': SovErrorEvent };
  'sov-bull-bear': { 'sov-error': SovErrorEvent };
  'sov-milestones': { 'sov-error': SovErrorEvent };
  'sov-use-cases': { 'sov-error': SovErrorEvent };
  'sov-explainer': { 'sov-error': SovErrorEvent };
}

export type SovTag = keyof SovElementProps;
