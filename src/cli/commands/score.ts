import { modelForEdition } from '../../engine/editions.ts';
import { scorePerception } from '../../engine/perception-score.ts';
import {
  checkStatements,
  loadAggregate,
  loadSurvey,
} from '../documents.ts';
import { CliError, UsageError } from '../errors.ts';
import { displayName } from '../inputs.ts';
import { jsonText } from '../json-text.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';

/**
 * `sctmm score AGGREGATE.json`: the perception score, level and `n`
 * overall, per dimension and sub-dimension, and by segment, as JSON.
 */
export async function scoreCommand(args: string[], out: Output) {
  const { values, positionals } = parseOptions('score', args, {
    survey: { type: 'string' },
  });
  if (positionals.length !== 1) {
    throw new UsageError('score: name one aggregate file');
  }

  const path = positionals[0] as string;
  const aggregate = await loadAggregate(path);
  const survey = await loadSurvey(values.survey);
  const name = displayName(path);
  if (aggregate.survey.id !== survey.id) {
    throw new CliError(`${name}: counts survey "${aggregate.survey.id}", ` +
      `not "${survey.id}"; give its survey with --survey`);
  }
  checkStatements(path, aggregate, survey);
  const model = modelForEdition(survey.edition);
  if (!model) {
    throw new CliError(`the survey's edition "${survey.edition}" is not ` +
      'one the library has');
  }
  try {
    out.write(jsonText(scorePerception(aggregate, survey, model)));
  } catch (error) {
    const message = (error as Error).message
      .replace(/^scorePerception: /, '');
    throw new CliError(`${name}: ${message}`);
  }
  return 0;
}
