import type { UnknownAnswers } from '../engine/row-faults.ts';
import type { Output } from './output.ts';
import { counted } from './plural.ts';

/** Answer texts named by the report; the others are only counted. */
const SHOWN = 10;

/**
 * Names once per file the answer texts that are neither a number nor
 * known, most frequent first with their number of cells, and what to do
 * about them: the rows that hold them are listed apart, with less.
 */
export function reportUnknownAnswers(
  name: string,
  unknown: UnknownAnswers,
  mapped: boolean,
  levels: number,
  out: Output,
) {
  const { answers, others } = unknown;
  if (!answers.length && !others) return;
  const shown = answers.slice(0, SHOWN).map(({ text, cells }) =>
    `${JSON.stringify(text)} (${counted(cells, 'cell')})`);
  const rest = answers.slice(SHOWN)
    .reduce((sum, answer) => sum + answer.cells, others);
  if (rest) shown.push(`and ${counted(rest, 'other cell')}`);
  const advice = mapped
    ? 'give each a value in the mapping\'s "answers"'
    : `a responses CSV holds 1 to ${levels}, or nothing for don't know; ` +
      'read an export of another tool with --mapping';
  out.error(`${name}: answers not known: ${shown.join(', ')}; ${advice}`);
}
