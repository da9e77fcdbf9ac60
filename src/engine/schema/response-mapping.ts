import * as z from 'zod/mini';
import { IdSchema } from './common.ts';
import { SegmentKeySchema } from './perception.ts';
import { RatingSchema } from './survey.ts';

/**
 * What a column of an export can hold besides a statement's ratings:
 * the respondent's segment, the time of the answer, the response's id,
 * or nothing to read (`ignore`).
 */
export const COLUMN_ROLES = ['segment', 'submittedAt', 'id', 'ignore'] as
  const;

/** What a column holds: one of `COLUMN_ROLES` or a statement id. */
export const ColumnTargetSchema = z.union([
  z.enum(COLUMN_ROLES),
  IdSchema,
]);

/**
 * How to read a CSV exported by another survey tool (Google Forms,
 * KoboToolbox, LimeSurvey…): what each column holds, by its header text,
 * and what answer texts mean. `answers` maps an answer text to a rating
 * or `dont-know`; `segments` maps a text to a segment key. Texts not
 * listed are read by the library's defaults (a leading number, "No sé",
 * the agreement and segment names). `notes` are for people and are not
 * read.
 */
export const ResponseMappingSchema = z.object({
  format: z.literal('sctmm/response-mapping@1'),
  survey: z.optional(z.object({
    id: IdSchema,
    version: z.optional(z.string()),
  })),
  columns: z.record(z.string(), ColumnTargetSchema),
  answers: z.optional(z.record(z.string(), RatingSchema)),
  segments: z.optional(z.record(z.string(), SegmentKeySchema)),
  notes: z.optional(z.record(z.string(), z.string())),
});

/** One of `COLUMN_ROLES`. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];
/** What a column holds: a role or a statement id. */
export type ColumnTarget = z.infer<typeof ColumnTargetSchema>;
/** A response mapping, `sctmm/response-mapping@1`. */
export type ResponseMapping = z.infer<typeof ResponseMappingSchema>;
