import * as z from 'zod/mini';
import { IdSchema, LevelSchema, ScoreSchema } from './common.ts';

/** A score and its level, both `null` where there is no data. */
export const ScoredSchema = z.object({
  score: z.nullable(ScoreSchema),
  level: z.nullable(LevelSchema),
});

/** A scored part of a measurement: an axis, a dimension, a capacity. */
export const ScoredPartSchema = z.object({
  id: IdSchema,
  ...ScoredSchema.shape,
});

/** How many items of a part were answered, out of how many asked. */
const ProgressShape = {
  answered: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(0)),
};

/** The score of one capacity of the self-diagnosis. */
export const CapacityScoreSchema = z.object({
  ...ScoredPartSchema.shape,
  ...ProgressShape,
});

/** The score of one enabling axis and of its capacities. */
export const AxisResultSchema = z.object({
  ...ScoredPartSchema.shape,
  ...ProgressShape,
  capacities: z.array(CapacityScoreSchema),
});

/**
 * The capacity measurement: the mean of the axis scores, the axes, and
 * the ids of the axes that had no data (`missing`).
 */
export const CapacityResultSchema = z.object({
  ...ScoredSchema.shape,
  ...ProgressShape,
  axes: z.array(AxisResultSchema),
  missing: z.array(IdSchema),
});

export type Scored = z.infer<typeof ScoredSchema>;
export type ScoredPart = z.infer<typeof ScoredPartSchema>;
export type CapacityScore = z.infer<typeof CapacityScoreSchema>;
export type AxisResult = z.infer<typeof AxisResultSchema>;
export type CapacityResult = z.infer<typeof CapacityResultSchema>;
