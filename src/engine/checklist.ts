import type { ChecklistRule } from './schema/instrument.ts';

/** A checklist statement reduced to what scoring needs. */
export interface StatementState {
  level: number;
  met: boolean;
}

/**
 * `staged`: the number of consecutive levels, from 1, whose statements are
 * all met (a level without statements counts as met), plus the share met
 * of the first level that is not.
 */
function stagedScore(statements: StatementState[], levels: number): number {
  for (let level = 1; level <= levels; level++) {
    const atLevel = statements.filter((s) => s.level === level);
    const met = atLevel.filter((s) => s.met).length;
    if (met < atLevel.length) return level - 1 + met / atLevel.length;
  }
  return levels;
}

/** `share`: the number of levels times the share of statements met. */
function shareScore(statements: StatementState[], levels: number): number {
  const met = statements.filter((s) => s.met).length;
  return (levels * met) / statements.length;
}

/**
 * The score of a checklist from its applicable statements, on [0, levels];
 * `null` when no statement applies.
 */
export function checklistScore(
  statements: StatementState[],
  levels: number,
  rule: ChecklistRule = 'staged',
): number | null {
  if (statements.length === 0) return null;
  return rule === 'share'
    ? shareScore(statements, levels)
    : stagedScore(statements, levels);
}
