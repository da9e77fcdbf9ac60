import { levelCount } from './levels.ts';
import { defaultModel } from './model/index.ts';
import { knownSet, responseIssues } from './perception-check.ts';
import { PerceptionInputError } from './perception-error.ts';
import type {
  PerceptionAggregate,
  SegmentCounts,
} from './schema/perception.ts';
import type { Rating, Segment, Survey } from './schema/survey.ts';

/**
 * What counting needs of a response: its segment and its answers. `id`
 * and `survey`, when present, name the response in errors and make sure
 * it answers the aggregate's survey. A `SurveyResponse` is one.
 */
export interface PerceptionResponse {
  /** Names the response in errors. */
  id?: string;
  /** The survey answered; must be the aggregate's when given. */
  survey?: { id: string };
  /** The respondent's segment; `null` when they did not say. */
  segment: Segment | null;
  /** The rating of each statement; an absent one was skipped. */
  answers: Readonly<Record<string, Rating | undefined>>;
}

/**
 * An aggregate of no responses to `survey` on a scale of `levels`
 * points: the identity of `merge`. Throws a `RangeError` when `levels` is
 * not a whole number of at least 2.
 */
export function emptyAggregate(
  survey: Pick<Survey, 'id' | 'version'>,
  levels: number,
): PerceptionAggregate {
  if (!Number.isInteger(levels) || levels < 2) {
    throw new RangeError(`emptyAggregate: levels is ${levels}; a scale ` +
      'needs a whole number of at least 2 points.');
  }
  return {
    format: 'sctmm/perception-aggregate@1',
    survey: { id: survey.id, version: survey.version },
    levels,
    segments: {},
  };
}

function segmentOf(target: PerceptionAggregate, key: string) {
  const segments = target.segments as Record<string, SegmentCounts>;
  if (!Object.hasOwn(segments, key)) {
    segments[key] = { respondents: 0, counts: {} };
  }
  return segments[key] as SegmentCounts;
}

function record(
  target: PerceptionAggregate,
  response: PerceptionResponse,
  statementIds: readonly string[] | undefined,
): void {
  const segment = segmentOf(target, response.segment ?? 'unspecified');
  segment.respondents += 1;

  const { answers } = response;
  for (const id of statementIds ?? Object.keys(answers)) {
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (value === undefined && !statementIds) continue;
    if (!Object.hasOwn(segment.counts, id)) {
      segment.counts[id] = new Array<number>(target.levels + 1).fill(0);
    }
    const cells = segment.counts[id] as number[];
    const cell = typeof value === 'number' ? value : 0;
    cells[cell] = (cells[cell] ?? 0) + 1;
  }
}

function count(
  target: PerceptionAggregate,
  response: PerceptionResponse,
  statementIds: readonly string[] | undefined,
  position?: number,
): void {
  const known = statementIds && knownSet(statementIds);
  const issues = responseIssues(target, response, known);
  if (issues.length) {
    const name = response.id !== undefined
      ? `response "${response.id}"`
      : position !== undefined ? `response ${position}` : undefined;
    throw new PerceptionInputError(issues, name);
  }

  record(target, response, statementIds);
}

/**
 * Counts one response into `target`, changing it: one more respondent in
 * the response's segment (`unspecified` when it is `null`), and for each
 * statement one more count of its rating `v` at `counts[id][v]`, or of
 * "don't know" at `counts[id][0]`.
 *
 * With `statementIds` (the survey's statement ids) every listed statement
 * the response skipped counts as "don't know", and an answer to a
 * statement not listed is an error. Without it, only the statements the
 * response holds are counted and any statement id is accepted.
 *
 * A rating outside 1..L, an unknown statement, an unknown segment or a
 * response to another survey throws a `PerceptionInputError` that names
 * every fault; `target` is then left unchanged.
 */
export function addResponse(
  target: PerceptionAggregate,
  response: PerceptionResponse,
  statementIds?: readonly string[],
): void {
  count(target, response, statementIds);
}

/**
 * Counts `responses` to `survey` on a scale of `levels` points (the
 * default model's, 6) into a new aggregate. Statements a response skipped
 * count as "don't know"; an invalid response throws a
 * `PerceptionInputError` naming it by its `id`, else by its position
 * from 1.
 */
export function aggregate(
  responses: Iterable<PerceptionResponse>,
  survey: Survey,
  levels: number = levelCount(defaultModel),
): PerceptionAggregate {
  const target = emptyAggregate(survey, levels);
  const statementIds = survey.statements.map((statement) => statement.id);
  let position = 0;
  for (const response of responses) {
    position += 1;
    count(target, response, statementIds, position);
  }
  return target;
}
