/**
 * The perception measurement: citizens' ratings counted into aggregates
 * that merge by adding counts, and scored per statement, sub-dimension,
 * dimension and segment.
 */
export {
  type PerceptionResponse,
  addResponse,
  aggregate,
  emptyAggregate,
} from './perception-aggregate.ts';
export { PerceptionInputError } from './perception-error.ts';
export { compareVersions, merge } from './perception-merge.ts';
export { perceptionPart, scorePerception } from './perception-score.ts';
export {
  parsePerceptionAggregate,
  parseSurvey,
  parseSurveyResponse,
  surveyIssues,
} from './parse-perception.ts';
