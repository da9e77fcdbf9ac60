import { SEGMENT_KEYS } from '../../engine/schema/perception.ts';
import type { Survey } from '../../engine/schema/survey.ts';

/** What the SQL is written for: the survey, its scale and the table. */
export interface SqlTarget {
  survey: Survey;
  levels: number;
  table: string;
}

/** A table name the SQL accepts: plain words, joined by dots. */
export const TABLE_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

/** A statement id as a column name: `salud-1` → `salud_1`. */
export function columnOf(id: string): string {
  return id.replaceAll('-', '_');
}

/** A text as an SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The segment texts the command line accepts, lower case and trimmed. */
export function segmentTexts(): string {
  return ['', ...SEGMENT_KEYS].map(literal).join(', ');
}

/** A segment text trimmed and lower-cased, as the command line reads it. */
export function cleanSegment(column: string): string {
  return `LOWER(TRIM(${column}))`;
}

/**
 * The comment that opens the SQL: what it counts, then `table` (the
 * lines that describe the table's shape), then what the result holds.
 */
export function comment(
  { survey, levels }: SqlTarget,
  table: readonly string[],
): string {
  return [
    `Perception counts of survey "${survey.id}" (version ` +
      `${survey.version}),`,
    `on a scale of 1 to ${levels}: the same counts as \`sctmm aggregate\``,
    'gives for the same responses.',
    '',
    ...table,
    '',
    'Result: segment, statement, rating, n: how many responses of the',
    'segment gave the statement that rating; rating 0 is "don\'t know".',
    "A segment's respondents are the sum of n over any one statement.",
  ].map((line) => `-- ${line}`.trimEnd()).join('\n');
}

/** Statement ids as a list of SQL literals, `sep` between them. */
export function statementLiterals(survey: Survey, sep: string): string {
  return survey.statements.map((s) => literal(s.id)).join(sep);
}
