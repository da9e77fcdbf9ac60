import { draftMapping } from '../../engine/draft-mapping.ts';
import { templateHeader } from '../../engine/responses-csv.ts';
import { loadSurvey } from '../documents.ts';
import { UsageError } from '../errors.ts';
import { jsonText } from '../json-text.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';
import { sampleOf } from '../sample-of.ts';

/**
 * `sctmm template responses`: the CSV header of the survey, to collect
 * answers elsewhere. `sctmm template mapping EXPORT.csv`: a draft
 * response mapping for an export of another survey tool, from its header
 * and the answers of its first rows.
 */
export async function template(args: string[], out: Output) {
  const { values, positionals } = parseOptions('template', args, {
    survey: { type: 'string' },
    delimiter: { type: 'string' },
  });
  const [kind, file, ...extra] = positionals;
  const survey = await loadSurvey(values.survey);

  if (kind === 'responses' && file === undefined) {
    const delimiter = values.delimiter ?? ',';
    if (delimiter !== ',' && delimiter !== ';') {
      throw new UsageError('template: --delimiter is "," or ";"');
    }
    out.write(`${templateHeader(survey, delimiter)}\n`);
    return 0;
  }
  if (kind === 'mapping' && file !== undefined && !extra.length) {
    const { header, rows } = await sampleOf(file);
    out.write(jsonText(draftMapping(header, survey, rows)));
    return 0;
  }
  throw new UsageError('template: expected "template responses" or ' +
    '"template mapping EXPORT.csv"');
}
