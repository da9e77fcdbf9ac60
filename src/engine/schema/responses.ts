import * as z from 'zod/mini';
import { IdSchema, LevelSchema } from './common.ts';

/** The answer "not applicable": the item is left out of every mean. */
export const NOT_APPLICABLE = 'na';

/**
 * One answer: a level (`1`..`L`) for a rubric question, `met` or
 * `not-met` for a checklist statement, or `na` for either.
 */
export const AnswerSchema = z.union([
  LevelSchema,
  z.enum(['met', 'not-met', NOT_APPLICABLE]),
]);

/**
 * Answers keyed by rubric capacity id or checklist statement id; a key
 * that is absent has not been answered yet.
 */
export const CapacityResponsesSchema = z.record(IdSchema, AnswerSchema);

export type Answer = z.infer<typeof AnswerSchema>;
export type CapacityResponses = z.infer<typeof CapacityResponsesSchema>;
