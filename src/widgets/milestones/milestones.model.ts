// The status logic lives in src/data/derive.ts, where every widget that mentions a milestone
// finds it; re-exported here for the milestones' own imports.
export { evaluationDate, period, statusOf, type Status } from '../../data/derive.js';
