import { aggregateFromCounts } from '../../engine/counts-table.ts';
import { surveyLevels } from '../../engine/survey-levels.ts';
import { invalid, loadSurvey } from '../documents.ts';
import { UsageError } from '../errors.ts';
import { readText } from '../inputs.ts';
import { jsonText } from '../json-text.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';

/**
 * `sctmm counts FILE.csv`: reads the rows the SQL of `sctmm sql`
 * returned (segment, statement, rating, n, respondents), saved as CSV,
 * and prints them as the aggregate `sctmm aggregate` gives, so that
 * `sctmm merge` and `sctmm score` take what a database counted.
 */
export async function countsCommand(args: string[], out: Output) {
  const { values, positionals } = parseOptions('counts', args, {
    survey: { type: 'string' },
  });
  if (positionals.length !== 1) {
    throw new UsageError('counts: name one CSV file of counts (- for ' +
      'standard input)');
  }

  const path = positionals[0] as string;
  const survey = await loadSurvey(values.survey);
  const text = await readText(path);
  const read = aggregateFromCounts(text, survey, surveyLevels(survey));
  if (!read.ok) throw invalid(path, 'counts file', read.issues);
  out.write(jsonText(read.value));
  return 0;
}
