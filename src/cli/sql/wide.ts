import {
  cellText,
  cleanSegment,
  columnOf,
  comment,
  literal,
  ratingOf,
  ratingTexts,
  segmentTexts,
  type SqlTarget,
} from './common.ts';

/**
 * SQL that counts a wide table of responses as `sctmm aggregate` counts
 * a responses CSV: one row per response, a `segment` column and one
 * column per statement, of any type, read as trimmed text. A row with
 * any cell the command line would not read is left out whole. It
 * unpivots with `UNION ALL`, which every engine has, rather than an
 * `UNPIVOT` each writes its own way.
 */
export function wideSql(target: SqlTarget): string {
  const { survey, levels, table } = target;
  const columns = survey.statements.map((s) => columnOf(s.id));
  const checks = columns.map((column) =>
    `    AND (${column} IS NULL OR ${column} IN (${ratingTexts(levels)}))`);
  const unpivot = survey.statements.map((s, i) =>
    `  SELECT segment_key, ${literal(s.id)} AS statement,\n` +
    `    ${ratingOf(columns[i] as string, levels)} AS rating\n` +
    '  FROM valid_responses');

  return [
    comment(target, [
      `Table ${table}: one row per response, with`,
      '  segment  text: academia, public, private, civil-society, or',
      '           empty or NULL when not given (case and spaces ignored);',
      '  one column per statement, named after the statement id',
      `           with "-" written "_" (e.g. ${columns[0]}), holding`,
      `           1 to ${levels}, or empty or NULL for "don't know".`,
      'Other columns are not read. A row with a rating the command line',
      'would not read or an unknown segment is left out, as the command',
      'line skips it; rows that are wholly empty, which it also skips,',
      'must not be in the table.',
    ]),
    'WITH cells AS (',
    '  SELECT',
    `    ${cleanSegment('segment')} AS segment_text,`,
    columns.map((column) => `    ${cellText(column)} AS ${column}`)
      .join(',\n'),
    `  FROM ${table}`,
    '),',
    'valid_responses AS (',
    "  SELECT COALESCE(NULLIF(segment_text, ''), 'unspecified') " +
      'AS segment_key,',
    columns.map((column) => `    ${column}`).join(',\n'),
    '  FROM cells',
    `  WHERE (segment_text IS NULL OR segment_text IN (${segmentTexts()}))`,
    ...checks,
    '),',
    'segment_sizes AS (',
    '  SELECT segment_key, COUNT(*) AS respondents',
    '  FROM valid_responses',
    '  GROUP BY segment_key',
    '),',
    'answers AS (',
    unpivot.join('\n  UNION ALL\n'),
    ')',
    'SELECT a.segment_key AS segment, a.statement, a.rating, ' +
      'COUNT(*) AS n,',
    '  z.respondents',
    'FROM answers a JOIN segment_sizes z ON a.segment_key = z.segment_key',
    'GROUP BY a.segment_key, a.statement, a.rating, z.respondents',
    'ORDER BY segment, statement, rating;',
    '',
  ].join('\n');
}
