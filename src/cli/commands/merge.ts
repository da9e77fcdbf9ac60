import { merge } from '../../engine/perception-merge.ts';
import type { PerceptionAggregate } from '../../engine/schema/perception.ts';
import type { Survey } from '../../engine/schema/survey.ts';
import {
  checkStatements,
  loadAggregate,
  loadSurvey,
} from '../documents.ts';
import { CliError, UsageError } from '../errors.ts';
import { jsonText } from '../json-text.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';

/**
 * The aggregate in `path`; when it counts `survey`, checked to count
 * only its statements. One of another survey cannot be checked without
 * that survey (`--survey`); `merge` still refuses to mix surveys.
 */
async function load(path: string, survey: Survey) {
  const aggregate: PerceptionAggregate = await loadAggregate(path);
  if (aggregate.survey.id === survey.id) {
    checkStatements(path, aggregate, survey);
  }
  return aggregate;
}

/**
 * `sctmm merge A.json B.json…`: adds perception aggregates of the same
 * survey and scale, and prints the sum.
 */
export async function mergeCommand(args: string[], out: Output) {
  const { values, positionals } = parseOptions('merge', args, {
    survey: { type: 'string' },
  });
  if (!positionals.length) {
    throw new UsageError('merge: name the aggregates to merge');
  }
  if (positionals.filter((path) => path === '-').length > 1) {
    throw new UsageError('merge: standard input (-) can be read once');
  }

  const survey = await loadSurvey(values.survey);
  let total = await load(positionals[0] as string, survey);
  for (const path of positionals.slice(1)) {
    const next = await load(path, survey);
    try {
      total = merge(total, next);
    } catch (error) {
      const message = (error as Error).message.replace(/^merge: /, '');
      throw new CliError(`${path}: ${message}`);
    }
  }
  out.write(jsonText(total));
  return 0;
}
