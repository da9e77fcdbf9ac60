import {
  cleanSegment,
  columnOf,
  comment,
  literal,
  segmentTexts,
  type SqlTarget,
} from './common.ts';

/**
 * SQL that counts a wide table of responses as `sctmm aggregate` counts
 * a responses CSV: one row per response, a `segment` column and one
 * integer column per statement. It unpivots with `UNION ALL`, which
 * every engine has, rather than an `UNPIVOT` each writes its own way.
 */
export function wideSql(target: SqlTarget): string {
  const { survey, levels, table } = target;
  const columns = survey.statements.map((s) => columnOf(s.id));
  const checks = columns.map((column) =>
    `    AND (${column} IS NULL OR ${column} BETWEEN 1 AND ${levels})`);
  const unpivot = survey.statements.map((s, i) =>
    `  SELECT segment_key, ${literal(s.id)} AS statement,\n` +
    `    COALESCE(${columns[i]}, 0) AS rating\n  FROM valid_responses`);

  return [
    comment(target, [
      `Table ${table}: one row per response, with`,
      '  segment  text: academia, public, private, civil-society, or',
      '           empty or NULL when not given (case and spaces ignored);',
      '  one integer column per statement, named after the statement id',
      `           with "-" written "_" (e.g. ${columns[0]}), holding`,
      `           1 to ${levels}, or NULL for "don't know".`,
      'Other columns are not read. A row with a rating outside the scale or',
      'an unknown segment is left out, as the command line skips it; rows',
      'that are wholly empty, which it also skips, must not be in the table.',
    ]),
    'WITH valid_responses AS (',
    '  SELECT',
    `    COALESCE(NULLIF(${cleanSegment('segment')}, ''), 'unspecified')` +
      ' AS segment_key,',
    columns.map((column) => `    ${column}`).join(',\n'),
    `  FROM ${table}`,
    `  WHERE (segment IS NULL OR ${cleanSegment('segment')} IN ` +
      `(${segmentTexts()}))`,
    ...checks,
    '),',
    'answers AS (',
    unpivot.join('\n  UNION ALL\n'),
    ')',
    'SELECT segment_key AS segment, statement, rating, COUNT(*) AS n',
    'FROM answers',
    'GROUP BY segment_key, statement, rating',
    'ORDER BY segment, statement, rating;',
    '',
  ].join('\n');
}
