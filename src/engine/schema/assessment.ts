import * as z from 'zod/mini';
import { IdSchema } from './common.ts';
import { EntitySchema } from './entity.ts';
import { ScoredPartSchema, ScoredSchema } from './result.ts';
import { CapacityResponsesSchema } from './responses.ts';
import { RoadmapSchema } from './roadmap.ts';

export { EntitySchema, type Entity } from './entity.ts';

/** A dimension scored by perception or results, with its parts. */
export const ScoredDimensionSchema = z.object({
  ...ScoredPartSchema.shape,
  subdimensions: z.array(ScoredPartSchema),
});

/** The capacity measurement as an assessment holds it. */
export const CapacityPartSchema = z.object({
  ...ScoredSchema.shape,
  axes: z.array(ScoredPartSchema),
});

/** The perception or results measurement as an assessment holds it. */
export const DimensionalPartSchema = z.object({
  ...ScoredSchema.shape,
  n: z.optional(z.int().check(z.minimum(0))),
  dimensions: z.array(ScoredDimensionSchema),
});

/** The three measurements of one entity; a measurement not taken is null. */
export const AssessmentSchema = z.object({
  format: z.literal('sctmm/assessment@1'),
  edition: z._default(z.string(), '2020'),
  entity: EntitySchema,
  measuredAt: z.iso.date(),
  capacity: z.nullable(CapacityPartSchema),
  perception: z.nullable(DimensionalPartSchema),
  results: z.nullable(DimensionalPartSchema),
  instrument: z.optional(
    z.object({ id: IdSchema, version: z.string() }),
  ),
  responses: z.optional(CapacityResponsesSchema),
  index: z.optional(ScoredSchema),
  roadmap: z.optional(RoadmapSchema),
});

export type CapacityPart = z.infer<typeof CapacityPartSchema>;
export type DimensionalPart = z.infer<typeof DimensionalPartSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
