import { surveyLevels } from '../../engine/survey-levels.ts';
import { loadSurvey } from '../documents.ts';
import { UsageError } from '../errors.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';
import { TABLE_NAME } from '../sql/common.ts';
import { longSql } from '../sql/long.ts';
import { wideSql } from '../sql/wide.ts';

/**
 * `sctmm sql`: prints standard SQL that computes, in DuckDB, Spark SQL or
 * BigQuery, the counts `sctmm aggregate` computes, from a wide table (one
 * row per response, as the CSV) or a long one (one row per answer).
 */
export async function sqlCommand(args: string[], out: Output) {
  const { values, positionals } = parseOptions('sql', args, {
    table: { type: 'string' },
    shape: { type: 'string' },
    survey: { type: 'string' },
  });
  if (positionals.length) {
    throw new UsageError(`sql: unexpected argument "${positionals[0]}"`);
  }
  const table = values.table ?? 'responses';
  if (!TABLE_NAME.test(table)) {
    throw new UsageError('sql: --table takes a plain name, such as ' +
      'responses or dataset.responses');
  }
  const shape = values.shape ?? 'wide';
  if (shape !== 'wide' && shape !== 'long') {
    throw new UsageError('sql: --shape is wide or long');
  }

  const survey = await loadSurvey(values.survey);
  const target = { survey, levels: surveyLevels(survey), table };
  out.write(shape === 'wide' ? wideSql(target) : longSql(target));
  return 0;
}
