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

/**
 * A column as the text it holds, trimmed, whatever type the table gave
 * it: a loader that guessed a number type writes 5.0 for 5 and 5.0 alike.
 */
export function cellText(column: string): string {
  return `TRIM(CAST(${column} AS STRING))`;
}

/** A segment text trimmed and lower-cased, as the command line reads it. */
export function cleanSegment(column: string): string {
  return `LOWER(${cellText(column)})`;
}

/**
 * The rating texts the command line accepts, trimmed: empty for "don't
 * know", then each whole number of the scale.
 */
export function ratingTexts(levels: number): string {
  const values = Array.from({ length: levels }, (_, i) => String(i + 1));
  return ['', ...values].map(literal).join(', ');
}

/**
 * The rating of a trimmed rating text already checked: its number, or 0
 * for "don't know". A `CASE` rather than a `CAST`, which an engine may
 * run on rows a filter has not yet left out.
 */
export function ratingOf(text: string, levels: number): string {
  const cases = Array.from({ length: levels }, (_, i) =>
    `WHEN '${i + 1}' THEN ${i + 1}`);
  return `CASE ${text} ${cases.join(' ')} ELSE 0 END`;
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
    'Ratings are read as trimmed text, whatever the column type: 1 to',
    `${levels}, or empty or NULL for "don't know"; anything else (5.0, x)`,
    'leaves the whole response out. Load rating columns as text (DuckDB:',
    'read_csv(..., all_varchar = true)): a column guessed to be decimal',
    'writes 5 as 5.0, which leaves out every response with a value there.',
    '',
    'Result: segment, statement, rating, n: how many responses of the',
    'segment gave the statement that rating; rating 0 is "don\'t know";',
    "respondents: the segment's responses. Save it as CSV and run",
    '`sctmm counts FILE.csv` to get the aggregate back.',
  ].map((line) => `-- ${line}`.trimEnd()).join('\n');
}

/** Statement ids as a list of SQL literals, `sep` between them. */
export function statementLiterals(survey: Survey, sep: string): string {
  return survey.statements.map((s) => literal(s.id)).join(sep);
}
