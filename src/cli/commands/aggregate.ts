import {
  type CsvAggregation,
  CsvAggregator,
} from '../../engine/csv-aggregator.ts';
import { merge } from '../../engine/perception-merge.ts';
import type { PerceptionAggregate } from '../../engine/schema/perception.ts';
import type { ResponseMapping } from '../../engine/schema/response-mapping.ts';
import type { Survey } from '../../engine/schema/survey.ts';
import { surveyLevels } from '../../engine/survey-levels.ts';
import { invalid, loadMapping, loadSurvey } from '../documents.ts';
import { UsageError } from '../errors.ts';
import { chunksOf, displayName } from '../inputs.ts';
import { jsonText } from '../json-text.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';
import { counted } from '../plural.ts';
import { reportUnknownAnswers } from '../report-answers.ts';
import { reportPlan } from '../report-plan.ts';

/** Rows reported one by one per file; the rest are only counted. */
export const REPORTED_ROWS = 100;

async function aggregateFile(
  path: string,
  survey: Survey,
  mapping: ResponseMapping | undefined,
  out: Output,
): Promise<CsvAggregation> {
  const name = displayName(path);
  let reported = 0;
  let told = false;
  const tellEncoding = () => {
    if (told || aggregator.encoding === 'utf-8') return;
    out.error(`${name}: not UTF-8; read as Windows-1252, the encoding ` +
      'of CSV files saved by Excel on Windows');
    told = true;
  };
  const aggregator: CsvAggregator = new CsvAggregator(survey, {
    mapping,
    problem: ({ line, reason }) => {
      tellEncoding();
      if (reported < REPORTED_ROWS) out.error(`${name}:${line}: ${reason}`);
      reported += 1;
    },
  });
  for await (const chunk of chunksOf(path)) {
    aggregator.push(chunk);
    if (aggregator.failed) break;
    tellEncoding();
  }

  const done = aggregator.finish();
  if (!done.ok) throw invalid(path, 'responses file', done.issues);
  const { plan, skipped, unknownAnswers } = done.value;
  reportPlan(name, plan, out);
  reportUnknownAnswers(name, unknownAnswers, mapping !== undefined,
    done.value.aggregate.levels, out);
  if (!skipped && !done.value.counted) {
    out.error(`${name}: no rows of responses after the header`);
  }
  if (skipped) {
    const more = skipped > REPORTED_ROWS
      ? ` (the first ${REPORTED_ROWS} are listed above)` : '';
    out.error(`${name}: ${counted(skipped, 'row')} skipped${more}, ` +
      `${done.value.counted} counted`);
  }
  return done.value;
}

/**
 * `sctmm aggregate FILE.csv…`: counts responses files into one
 * aggregate, printed as JSON. Files are read in chunks, so memory does
 * not grow with their size; `-` is standard input.
 */
export async function aggregateCommand(args: string[], out: Output) {
  const { values, positionals } = parseOptions('aggregate', args, {
    survey: { type: 'string' },
    mapping: { type: 'string' },
    strict: { type: 'boolean' },
  });
  if (!positionals.length) {
    throw new UsageError('aggregate: name at least one CSV file ' +
      '(- for standard input)');
  }
  if (positionals.filter((path) => path === '-').length > 1) {
    throw new UsageError('aggregate: standard input (-) can be read once');
  }

  const survey = await loadSurvey(values.survey);
  const mapping = values.mapping === undefined ? undefined
    : await loadMapping(values.mapping, survey, surveyLevels(survey));
  let total: PerceptionAggregate | undefined;
  let skipped = 0;
  for (const path of positionals) {
    const done = await aggregateFile(path, survey, mapping, out);
    total = total ? merge(total, done.aggregate) : done.aggregate;
    skipped += done.skipped;
  }
  out.write(jsonText(total));
  return values.strict && skipped ? 1 : 0;
}
