import * as z from 'zod/mini';
import {
  IdSchema,
  LevelSchema,
  LocalizedTextSchema,
  WeightSchema,
} from './common.ts';

/** One answer option of a rubric question: what an entity at `level` does. */
export const RubricOptionSchema = z.object({
  level: LevelSchema,
  text: LocalizedTextSchema,
});

/** A capacity asked as one question with one option per level. */
export const RubricCapacitySchema = z.object({
  kind: z.literal('rubric'),
  id: IdSchema,
  title: LocalizedTextSchema,
  question: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  weight: z.optional(WeightSchema),
  options: z.array(RubricOptionSchema),
});

/** A statement of a checklist, met or not met, tagged with a level. */
export const ChecklistStatementSchema = z.object({
  id: IdSchema,
  level: LevelSchema,
  text: LocalizedTextSchema,
});

/** A capacity asked as levelled statements, each met or not met. */
export const ChecklistCapacitySchema = z.object({
  kind: z.literal('checklist'),
  id: IdSchema,
  title: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  weight: z.optional(WeightSchema),
  statements: z.array(ChecklistStatementSchema).check(z.minLength(1)),
});

/** A capacity: a rubric question or a checklist. */
export const CapacitySchema = z.discriminatedUnion('kind', [
  RubricCapacitySchema,
  ChecklistCapacitySchema,
]);

/** The capacities asked under one enabling axis. */
export const InstrumentAxisSchema = z.object({
  id: IdSchema,
  capacities: z.array(CapacitySchema).check(z.minLength(1)),
});

/**
 * How a checklist becomes a score: `staged` counts the consecutive levels
 * fully met plus the share met of the next one; `share` is L times the
 * share of statements met.
 */
export const ChecklistRuleSchema = z.enum(['staged', 'share']);

/** A capacity self-diagnosis questionnaire. */
export const InstrumentSchema = z.object({
  format: z.literal('sctmm/instrument@1'),
  id: IdSchema,
  version: z.string().check(z.minLength(1)),
  edition: z.string().check(z.minLength(1)),
  levels: z.int().check(z.minimum(2)),
  title: LocalizedTextSchema,
  checklistRule: z.optional(ChecklistRuleSchema),
  axes: z.array(InstrumentAxisSchema).check(z.minLength(1)),
});

export type RubricOption = z.infer<typeof RubricOptionSchema>;
export type RubricCapacity = z.infer<typeof RubricCapacitySchema>;
export type ChecklistStatement = z.infer<typeof ChecklistStatementSchema>;
export type ChecklistCapacity = z.infer<typeof ChecklistCapacitySchema>;
export type Capacity = z.infer<typeof CapacitySchema>;
export type InstrumentAxis = z.infer<typeof InstrumentAxisSchema>;
export type ChecklistRule = z.infer<typeof ChecklistRuleSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
