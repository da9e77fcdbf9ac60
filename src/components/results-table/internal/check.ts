import type { RowProblem } from '../../../engine/delimited.ts';
import { editions, modelForEdition } from '../../../engine/editions.ts';
import { parseIndicatorSet } from '../../../engine/parse-indicators.ts';
import type { IndicatorSet } from '../../../engine/schema/indicators.ts';
import type { Issue } from '../../../engine/schema/issues.ts';
import { NotJson } from '../../shared/json-attribute.ts';
import { DocumentError } from '../../shared/load-document.ts';

/** An issue saying that the library does not ship `edition`. */
export function editionIssue(edition: string, path = 'edition'): Issue {
  const known = Object.keys(editions).join(', ');
  return { path, message: `expected one of ${known}, got "${edition}"` };
}

/**
 * Checks an indicator set given by property, attribute or JSON `src`
 * against the model of its edition: the set, or why it cannot be used.
 * Attribute text that is not JSON fails with `not-json`, or with
 * `object-attribute` when it is an object turned into text.
 */
export function checkIndicators(value: unknown): IndicatorSet | DocumentError {
  if (value instanceof NotJson) return new DocumentError(value.code);
  const parsed = parseIndicatorSet(value);
  if (!parsed.ok) return new DocumentError('schema', parsed.issues);
  const { edition } = parsed.value;
  return modelForEdition(edition)
    ? parsed.value
    : new DocumentError('schema', [editionIssue(edition)]);
}

/** A CSV row that could not be read, as a document issue. */
export function rowIssue(problem: RowProblem): Issue {
  const column = problem.column ? ` (${problem.column})` : '';
  return { path: `row ${problem.row}${column}`, message: problem.reason };
}
