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
export * from './schema/index-snapshot.ts';
export * from './maturity-index.ts';
export * from './snapshot.ts';
export * from './shields.ts';
export * from './schema/survey.ts';
export * from './schema/perception.ts';
export * from './perception.ts';
export * from './perception-labels.ts';
