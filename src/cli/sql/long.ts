import {
  cellText,
  cleanSegment,
  comment,
  ratingOf,
  ratingTexts,
  segmentTexts,
  type SqlTarget,
  statementLiterals,
} from './common.ts';

/**
 * SQL that counts a long table of responses, one row per response and
 * statement, as `sctmm aggregate` counts the same responses. Ratings of
 * any type are read as trimmed text; a response with any row the
 * command line would not read is left out whole. Statements a response
 * has no row for count as "don't know", as in the CLI.
 */
export function longSql(target: SqlTarget): string {
  const { survey, levels, table } = target;
  const bad = `(cell IS NOT NULL AND cell NOT IN (${ratingTexts(levels)}))` +
    `\n      OR (seg IS NOT NULL AND seg NOT IN (${segmentTexts()}))`;
  return [
    comment(target, [
      `Table ${table}: one row per response and statement, with`,
      '  id         the response, the same on each of its rows and on no',
      "             other response's, across the whole table;",
      '  segment    text: academia, public, private, civil-society, or',
      '             empty or NULL when not given, the same on each row;',
      '  statement  text: the statement id, e.g. ' +
        `${survey.statements[0]?.id};`,
      `  rating     1 to ${levels}, or empty or NULL for "don't know".`,
      "A statement without a row for a response counts as \"don't know\";",
      'rows of other statements are not read. A response with a rating',
      'the command line would not read or an unknown segment is left out',
      'whole, as the command line skips it. A response needs at least one',
      'row, NULL rating or not; rows with the same id are one response.',
    ]),
    'WITH answer_rows AS (',
    `  SELECT id, ${cleanSegment('segment')} AS seg, statement,`,
    `    ${cellText('rating')} AS cell`,
    `  FROM ${table}`,
    `  WHERE statement IN (\n    ${statementLiterals(survey, ',\n    ')}\n  )`,
    '),',
    'respondents AS (',
    "  SELECT id, COALESCE(NULLIF(MAX(seg), ''), 'unspecified') " +
      'AS segment_key',
    '  FROM answer_rows',
    '  GROUP BY id',
    `  HAVING SUM(CASE WHEN ${bad}\n    THEN 1 ELSE 0 END) = 0`,
    '),',
    'valid_rows AS (',
    '  SELECT p.segment_key, a.statement,',
    `    ${ratingOf('a.cell', levels)} AS rating`,
    '  FROM answer_rows a JOIN respondents p ON a.id = p.id',
    '),',
    'rated AS (',
    '  SELECT segment_key, statement, rating, COUNT(*) AS n',
    '  FROM valid_rows',
    '  WHERE rating > 0',
    '  GROUP BY segment_key, statement, rating',
    '),',
    'statement_list AS (',
    `  SELECT ${statementLiterals(survey, ' AS statement UNION ALL\n  ' +
      'SELECT ')} AS statement`,
    '),',
    'segment_sizes AS (',
    '  SELECT segment_key, COUNT(*) AS respondents',
    '  FROM respondents',
    '  GROUP BY segment_key',
    '),',
    'dont_know AS (',
    '  SELECT z.segment_key, l.statement, 0 AS rating,',
    '    z.respondents - COALESCE(SUM(r.n), 0) AS n, z.respondents',
    '  FROM segment_sizes z',
    '  CROSS JOIN statement_list l',
    '  LEFT JOIN rated r',
    '    ON r.segment_key = z.segment_key AND r.statement = l.statement',
    '  GROUP BY z.segment_key, l.statement, z.respondents',
    ')',
    'SELECT r.segment_key AS segment, r.statement, r.rating, r.n,',
    '  z.respondents',
    'FROM rated r JOIN segment_sizes z ON r.segment_key = z.segment_key',
    'UNION ALL',
    'SELECT segment_key AS segment, statement, rating, n, respondents',
    'FROM dont_know',
    'WHERE n > 0',
    'ORDER BY segment, statement, rating;',
    '',
  ].join('\n');
}
