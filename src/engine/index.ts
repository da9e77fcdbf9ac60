/**
 * The sctmm engine: the maturity model as data, its formats as zod
 * schemas, and pure scoring functions. No DOM: it runs in a page, a
 * worker or Node.
 */
export * from './schema/common.ts';
export * from './schema/model.ts';
export * from './schema/instrument.ts';
export * from './schema/responses.ts';
export * from './schema/result.ts';
export * from './schema/assessment.ts';
export * from './schema/issues.ts';
export * from './levels.ts';
export * from './checklist.ts';
export * from './items.ts';
export * from './capacity.ts';
export * from './parse-instrument.ts';
export * from './assessment.ts';
export * from './csv.ts';
export * from './model/index.ts';
export * from './next-level.ts';
export * from './editions.ts';
export * from './edition-levels.ts';
export * from './schema/index-snapshot.ts';
export * from './maturity-index.ts';
export * from './snapshot.ts';
export * from './shields.ts';
export * from './schema/survey.ts';
export * from './schema/perception.ts';
export * from './perception.ts';
export * from './perception-labels.ts';
export * from './schema/indicators.ts';
export * from './results-rule.ts';
export { ruleBranch, trendOf } from './results-branch.ts';
export type { RuleOutcome, Trend, TurnedValues } from './results-branch.ts';
export * from './results-peers.ts';
export * from './results-indicator.ts';
export * from './results.ts';
export * from './parse-indicators.ts';
export * from './period.ts';
export * from './indicator-set.ts';
export * from './locale-number.ts';
export * from './delimited.ts';
export { DEFAULT_MISSING, headerKey } from './table-columns.ts';
export type {
  ColumnSpec,
  ColumnSpecs,
  ColumnType,
  TableValues,
} from './table-columns.ts';
export * from './table.ts';
export * from './indicators-csv-columns.ts';
export * from './indicators-csv.ts';
export * from './schema/roadmap.ts';
export * from './model/roadmap.ts';
export * from './assessment-format.ts';
export * from './import-assessment.ts';
export * from './recompute-assessment.ts';
export * from './migrate-edition.ts';
export * from './assessment-gaps.ts';
export * from './strengths.ts';
export * from './responses-csv.ts';
export { CsvAggregator } from './csv-aggregator.ts';
export type { CsvAggregation, CsvAggregatorOptions } from './csv-aggregator.ts';
export type { ColumnPlan } from './response-columns.ts';
export type { ResponseRowProblem } from './response-reader.ts';
export type { CsvEncoding } from './csv-opening.ts';
export type { UnknownAnswer, UnknownAnswers } from './row-faults.ts';
export { aggregateFromCounts, COUNTS_COLUMNS } from './counts-table.ts';
export * from './schema/response-mapping.ts';
export { parseResponseMapping } from './response-mapping.ts';
export * from './draft-mapping.ts';
export * from './survey-levels.ts';
