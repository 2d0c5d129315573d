/** The answer planner: pure functions from Oppia's exploration player dict to a learner's moves. */
export { planChapter } from './plan';
export { planWrongAnswer } from './wrong';
export { describeAnswer } from './describe';
export { PlanError } from './errors';
export type { PlanErrorReason } from './errors';
export { htmlToText } from './text';
export { SUPPORTED_INTERACTIONS } from './rules';
export type * from './types';
export { containerPoint, type MapView, type Pixel } from './web-mercator';
