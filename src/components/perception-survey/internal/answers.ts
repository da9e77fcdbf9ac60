import {
  DONT_KNOW,
  type Rating,
  SEGMENTS,
  type Segment,
  type Survey,
  type SurveyResponse,
} from '../../../engine/schema/survey.ts';

/**
 * The answer key of the segment question. It cannot be a statement's id,
 * which is kebab-case.
 */
export const SEGMENT_ID = 'respondent_segment';

/** The segment a respondent chose; `null` when they prefer not to say. */
export type SegmentChoice = Segment | null;

/** What a respondent has answered so far. */
export interface SurveyAnswers {
  /** `undefined` until the respondent chooses. */
  segment: SegmentChoice | undefined;
  ratings: Readonly<Record<string, Rating>>;
}

/** What is saved on the device while a response is in progress. */
export interface SavedAnswers {
  responseId: string;
  segment?: SegmentChoice;
  ratings: Readonly<Record<string, Rating>>;
}

/** Whether `value` is a rating on a scale of `levels` points. */
export function isRating(value: unknown, levels: number): value is Rating {
  return value === DONT_KNOW ||
    (Number.isInteger(value) && (value as number) >= 1 &&
      (value as number) <= levels);
}

/** A segment choice read from anywhere, or `undefined` when it is none. */
export function readSegment(value: unknown): SegmentChoice | undefined {
  if (value === null) return null;
  return SEGMENTS.find((segment) => segment === value);
}

/** The ratings among `given` that rate a statement of `survey`. */
export function keepValidRatings(
  survey: Survey,
  levels: number,
  given: unknown,
): Record<string, Rating> {
  const kept: Record<string, Rating> = {};
  if (typeof given !== 'object' || given === null) return kept;
  const values = given as Record<string, unknown>;
  for (const { id } of survey.statements) {
    const value = values[id];
    if (Object.hasOwn(values, id) && isRating(value, levels)) {
      kept[id] = value;
    }
  }
  return kept;
}

/** What can be used of answers saved for `survey`. */
export function readSaved(
  saved: Readonly<Record<string, unknown>>,
  survey: Survey,
  levels: number,
): Partial<SavedAnswers> & Pick<SavedAnswers, 'ratings'> {
  const id = saved.responseId;
  return {
    responseId: typeof id === 'string' && id.length > 0 && id.length <= 100
      ? id
      : undefined,
    segment: readSegment(saved.segment),
    ratings: keepValidRatings(survey, levels, saved.ratings),
  };
}

/** The response document of `answers` to `survey`, sent at `now`. */
export function toResponse(
  survey: Survey,
  id: string,
  answers: SurveyAnswers,
  now: Date,
): SurveyResponse {
  return {
    format: 'sctmm/survey-response@1',
    id,
    survey: { id: survey.id, version: survey.version },
    segment: answers.segment ?? null,
    submittedAt: now.toISOString(),
    answers: { ...answers.ratings },
  };
}
