import type { RowProblem } from '../../../engine/delimited.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Failure } from './failure.ts';
import type { Group } from './rows.ts';
import type { Scored } from './score.ts';
import { type Column, type Direction, sortRows } from './sort.ts';

/** What the element shows. */
export type View =
  | { state: 'empty' }
  | { state: 'loading' }
  | { state: 'error'; failure: Failure }
  | { state: 'ready'; scored: Scored };

/**
 * The groups shown: only `dimension`'s when one is chosen, each with its
 * rows sorted by `sort` when given.
 */
export function filterGroups(
  groups: readonly Group[],
  dimension: string,
  sort: { column: Column; direction: Direction } | undefined,
  lang: Lang,
): Group[] {
  return groups
    .filter((group) => !dimension || group.dimension.id === dimension)
    .map((group) => sort
      ? { ...group,
        rows: sortRows(group.rows, sort.column, sort.direction, lang) }
      : group);
}

/** The developer warning for CSV rows left out, if any were. */
export function problemsWarning(
  src: string,
  problems: readonly RowProblem[],
): string | undefined {
  if (!problems.length) return undefined;
  const list = problems.map((p) =>
    `row ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.reason}`);
  return `rows of ${src} that could not be read are not shown: ` +
    `${list.join('; ')}.`;
}
