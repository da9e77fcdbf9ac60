import { defaultSurvey } from '../engine/model/index.ts';
import {
  parsePerceptionAggregate,
  parseSurvey,
} from '../engine/parse-perception.ts';
import { parseResponseMapping } from '../engine/response-mapping.ts';
import { type Issue, issueToString } from '../engine/schema/issues.ts';
import type { PerceptionAggregate } from '../engine/schema/perception.ts';
import type { ResponseMapping } from '../engine/schema/response-mapping.ts';
import type { Survey } from '../engine/schema/survey.ts';
import { CliError } from './errors.ts';
import { displayName, readJson } from './inputs.ts';

/** A `CliError` listing a document's issues, one per line. */
export function invalid(path: string, what: string, issues: Issue[]) {
  const lines = issues.map((issue) => `  ${issueToString(issue)}`);
  return new CliError(`${displayName(path)}: not a valid ${what}:\n` +
    lines.join('\n'));
}

/** The survey in `path`, or the default survey when no path is given. */
export async function loadSurvey(path?: string): Promise<Survey> {
  if (path === undefined) return defaultSurvey;
  const parsed = parseSurvey(await readJson(path));
  if (!parsed.ok) throw invalid(path, 'survey', parsed.issues);
  return parsed.value;
}

/** The response mapping in `path`, checked against `survey`. */
export async function loadMapping(
  path: string,
  survey: Survey,
  levels: number,
): Promise<ResponseMapping> {
  const parsed = parseResponseMapping(await readJson(path), survey, levels);
  if (!parsed.ok) throw invalid(path, 'response mapping', parsed.issues);
  return parsed.value;
}

/** The perception aggregate in `path`. */
export async function loadAggregate(
  path: string,
): Promise<PerceptionAggregate> {
  const parsed = parsePerceptionAggregate(await readJson(path));
  if (!parsed.ok) throw invalid(path, 'perception aggregate', parsed.issues);
  return parsed.value;
}

/**
 * Fails, naming them, when `aggregate` counts statements that `survey`
 * does not have: they would be merged or left out of the score unseen.
 */
export function checkStatements(
  path: string,
  aggregate: PerceptionAggregate,
  survey: Survey,
): void {
  const known = new Set(survey.statements.map((statement) => statement.id));
  const unknown = new Set<string>();
  for (const segment of Object.values(aggregate.segments)) {
    for (const id of Object.keys(segment?.counts ?? {})) {
      if (!known.has(id)) unknown.add(id);
    }
  }
  if (!unknown.size) return;
  const ids = [...unknown];
  const named = ids.slice(0, 10).map((id) => `"${id}"`).join(', ') +
    (ids.length > 10 ? `, and ${ids.length - 10} more` : '');
  throw new CliError(`${displayName(path)}: counts ` +
    `${ids.length === 1 ? 'a statement' : `${ids.length} statements`} ` +
    `that survey "${survey.id}" does not have: ${named}; if it counts ` +
    'another version of the survey, give that one with --survey');
}
