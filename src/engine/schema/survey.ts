import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema } from './common.ts';

/**
 * The four segments of the quadruple helix a respondent chooses from:
 * academia, the public sector, the private sector and civil society.
 */
export const SEGMENTS = [
  'academia',
  'public',
  'private',
  'civil-society',
] as const;

/** A segment of the quadruple helix. */
export const SegmentSchema = z.enum(SEGMENTS);

/** One statement a citizen rates, tagged with its sub-dimension. */
export const StatementSchema = z.object({
  id: IdSchema,
  subdimension: IdSchema,
  text: LocalizedTextSchema,
});

/**
 * The perception survey: statements rated from 1 (totally disagree) to
 * the model's number of levels (totally agree). `agreement` names each
 * point of the scale, one text per level; without it the survey uses the
 * library's wording.
 */
export const SurveySchema = z.object({
  format: z.literal('sctmm/survey@1'),
  id: IdSchema,
  version: z.string().check(z.minLength(1)),
  edition: z._default(z.string(), '2020'),
  title: LocalizedTextSchema,
  intro: z.optional(LocalizedTextSchema),
  agreement: z.optional(z.array(LocalizedTextSchema)),
  statements: z.array(StatementSchema).check(z.minLength(1)),
});

/** The answer "don't know": left out of every mean. */
export const DONT_KNOW = 'dont-know';

/** One rating: `1`..`L`, or `dont-know`. */
export const RatingSchema = z.union([
  z.int().check(z.minimum(1)),
  z.literal(DONT_KNOW),
]);

/**
 * One citizen's answers. `id` is unique per response, so a response sent
 * twice is counted once by whoever stores it. A statement that is absent
 * from `answers` was skipped, which counts as "don't know". No personal
 * data: only the segment and the ratings.
 */
export const SurveyResponseSchema = z.object({
  format: z.literal('sctmm/survey-response@1'),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  survey: z.object({ id: IdSchema, version: z.string() }),
  segment: z.nullable(SegmentSchema),
  submittedAt: z.iso.datetime({ offset: true }),
  answers: z.record(IdSchema, RatingSchema),
});

export type Segment = z.infer<typeof SegmentSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Survey = z.infer<typeof SurveySchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
