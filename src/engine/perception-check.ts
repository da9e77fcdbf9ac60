import { IdSchema } from './schema/common.ts';
import type { Issue } from './schema/issues.ts';
import type { PerceptionAggregate } from './schema/perception.ts';
import { DONT_KNOW, SEGMENTS } from './schema/survey.ts';
import type { PerceptionResponse } from './perception-aggregate.ts';

const knownSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The statement ids as a set, built once per list, so that counting a
 * stream of responses does not rebuild it for each one.
 */
export function knownSet(ids: readonly string[]): ReadonlySet<string> {
  let known = knownSets.get(ids);
  if (!known) {
    known = new Set(ids);
    knownSets.set(ids, known);
  }
  return known;
}

function isRating(value: unknown, levels: number): boolean {
  return value === DONT_KNOW ||
    (Number.isInteger(value) && (value as number) >= 1 &&
      (value as number) <= levels);
}

/**
 * What keeps `response` from being counted into `target`: a segment that
 * does not exist, another survey, answers that are not an object, an
 * answer to a statement not in `known` (without it: to an id that is not
 * kebab-case) or a rating outside 1..L. Empty when it can be counted.
 */
export function responseIssues(
  target: PerceptionAggregate,
  response: PerceptionResponse,
  known: ReadonlySet<string> | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const { segment, answers, survey } = response;

  if (segment != null && !SEGMENTS.includes(segment)) {
    issues.push({
      path: 'segment',
      message: `expected one of ${SEGMENTS.join(', ')} or null, ` +
        `got ${JSON.stringify(segment)}`,
    });
  }

  if (survey && survey.id !== target.survey.id) {
    issues.push({
      path: 'survey.id',
      message: `expected "${target.survey.id}", got "${survey.id}"`,
    });
  }

  if (typeof answers !== 'object' || answers === null ||
    Array.isArray(answers)) {
    issues.push({ path: 'answers', message: 'expected an object' });
    return issues;
  }

  for (const [id, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    if (known ? !known.has(id) : !IdSchema.safeParse(id).success) {
      issues.push({
        path: `answers.${id}`,
        message: `unknown statement "${id}"`,
      });
    } else if (!isRating(value, target.levels)) {
      issues.push({
        path: `answers.${id}`,
        message: `expected a whole number from 1 to ${target.levels} ` +
          `or "${DONT_KNOW}", got ${JSON.stringify(value)}`,
      });
    }
  }
  return issues;
}
