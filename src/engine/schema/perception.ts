import * as z from 'zod/mini';
import { IdSchema } from './common.ts';
import { ScoredPartSchema, ScoredSchema } from './result.ts';
import { SEGMENTS } from './survey.ts';

/**
 * Where a response's segment is stored in an aggregate: one of the four
 * segments, or `unspecified` when the response did not say.
 */
export const SEGMENT_KEYS = [...SEGMENTS, 'unspecified'] as const;

/** A key of an aggregate's `segments`. */
export const SegmentKeySchema = z.enum(SEGMENT_KEYS);

/**
 * The counts of one statement: index 0 counts "don't know" and skipped
 * answers, index `v` (1..L) counts the rating `v`. Length L + 1.
 */
export const StatementCountsSchema = z.array(
  z.int().check(z.minimum(0)),
);

/** The respondents and counts of one segment. */
export const SegmentCountsSchema = z.object({
  respondents: z.int().check(z.minimum(0)),
  counts: z.record(IdSchema, StatementCountsSchema),
});

/**
 * Counts of answers per segment, statement and rating: all that scoring
 * needs, and nothing about any one person. Two aggregates of the same
 * survey and scale merge by adding their counts, so a municipality, a
 * department and the country are the same computation.
 */
export const PerceptionAggregateSchema = z.object({
  format: z.literal('sctmm/perception-aggregate@1'),
  survey: z.object({ id: IdSchema, version: z.string() }),
  levels: z.int().check(z.minimum(2)),
  segments: z.partialRecord(SegmentKeySchema, SegmentCountsSchema),
});

/** A part scored from ratings: `n` is the number of ratings it rests on. */
export const RatedPartSchema = z.object({
  ...ScoredPartSchema.shape,
  n: z.int().check(z.minimum(0)),
});

/** A dimension scored from ratings, with its sub-dimensions. */
export const RatedDimensionSchema = z.object({
  ...RatedPartSchema.shape,
  subdimensions: z.array(RatedPartSchema),
});

/**
 * The perception measurement of a group of respondents: the mean of its
 * dimensions, `n` respondents, and each dimension and sub-dimension.
 */
export const PerceptionScoreSchema = z.object({
  ...ScoredSchema.shape,
  n: z.int().check(z.minimum(0)),
  dimensions: z.array(RatedDimensionSchema),
});

/** The perception measurement overall and cut by segment. */
export const PerceptionResultSchema = z.object({
  ...PerceptionScoreSchema.shape,
  bySegment: z.partialRecord(SegmentKeySchema, PerceptionScoreSchema),
});

export type SegmentKey = z.infer<typeof SegmentKeySchema>;
export type StatementCounts = z.infer<typeof StatementCountsSchema>;
export type SegmentCounts = z.infer<typeof SegmentCountsSchema>;
export type PerceptionAggregate = z.infer<typeof PerceptionAggregateSchema>;
export type RatedPart = z.infer<typeof RatedPartSchema>;
export type RatedDimension = z.infer<typeof RatedDimensionSchema>;
export type PerceptionScore = z.infer<typeof PerceptionScoreSchema>;
export type PerceptionResult = z.infer<typeof PerceptionResultSchema>;
