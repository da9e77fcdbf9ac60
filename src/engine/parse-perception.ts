import { modelForEdition } from './editions.ts';
import { levelCount } from './levels.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import { safeParse } from './schema/issues.ts';
import type { Model } from './schema/model.ts';
import {
  type PerceptionAggregate,
  PerceptionAggregateSchema,
} from './schema/perception.ts';
import {
  type Survey,
  type SurveyResponse,
  SurveyResponseSchema,
  SurveySchema,
} from './schema/survey.ts';

function withIssues<T>(value: T, issues: Issue[]): ParseResult<T> {
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/**
 * The checks a schema cannot express: statement ids unique; with a model,
 * every statement's sub-dimension one of the model's and one `agreement`
 * text per level.
 */
export function surveyIssues(survey: Survey, model?: Model): Issue[] {
  const issues: Issue[] = [];
  const subdimensions = new Set(model?.dimensions.flatMap((dimension) =>
    dimension.subdimensions.map((sub) => sub.id)));
  const seen = new Set<string>();

  survey.statements.forEach((statement, i) => {
    if (seen.has(statement.id)) {
      issues.push({
        path: `statements[${i}].id`,
        message: `duplicate id "${statement.id}"`,
      });
    }
    seen.add(statement.id);
    if (model && !subdimensions.has(statement.subdimension)) {
      issues.push({
        path: `statements[${i}].subdimension`,
        message: `unknown sub-dimension "${statement.subdimension}"`,
      });
    }
  });

  const L = model && levelCount(model);
  if (L && survey.agreement && survey.agreement.length !== L) {
    issues.push({
      path: 'agreement',
      message: `expected ${L} texts, one per level, got ` +
        `${survey.agreement.length}`,
    });
  }
  return issues;
}

/**
 * Parses a survey document and checks it against `model`, by default the
 * model of the survey's edition; never throws. A survey of an edition the
 * library lacks needs its model given.
 */
export function parseSurvey(
  data: unknown,
  model?: Model,
): ParseResult<Survey> {
  const parsed = safeParse(SurveySchema, data);
  if (!parsed.ok) return parsed;

  const against = model ?? modelForEdition(parsed.value.edition);
  const issues = surveyIssues(parsed.value, against);
  if (!against) {
    issues.push({
      path: 'edition',
      message: `unknown edition "${parsed.value.edition}"; give its model ` +
        'to check the survey against',
    });
  }
  return withIssues(parsed.value, issues);
}

/**
 * Parses one survey response; never throws. With `survey`, also checks
 * that it answers that survey and only its statements. Ratings must be
 * no higher than `levels`, by default the levels of the survey's edition
 * (not checked when neither is known).
 */
export function parseSurveyResponse(
  data: unknown,
  survey?: Survey,
  levels?: number,
): ParseResult<SurveyResponse> {
  const parsed = safeParse(SurveyResponseSchema, data);
  if (!parsed.ok) return parsed;

  const response = parsed.value;
  const issues: Issue[] = [];
  if (survey && response.survey.id !== survey.id) {
    issues.push({
      path: 'survey.id',
      message: `expected "${survey.id}", got "${response.survey.id}"`,
    });
  }

  const ids = survey && new Set(survey.statements.map((s) => s.id));
  const model = survey && modelForEdition(survey.edition);
  const L = levels ?? (model && levelCount(model));
  for (const [id, rating] of Object.entries(response.answers)) {
    const path = `answers.${id}`;
    if (ids && !ids.has(id)) {
      issues.push({ path, message: `unknown statement "${id}"` });
    } else if (L && typeof rating === 'number' && rating > L) {
      issues.push({ path, message: `expected at most ${L}, got ${rating}` });
    }
  }
  return withIssues(response, issues);
}

/**
 * Parses a perception aggregate; never throws. Besides the schema, each
 * statement's counts must have `levels + 1` cells and add up to no more
 * than its segment's respondents; with `survey`, the aggregate must count
 * that survey.
 */
export function parsePerceptionAggregate(
  data: unknown,
  survey?: Survey,
): ParseResult<PerceptionAggregate> {
  const parsed = safeParse(PerceptionAggregateSchema, data);
  if (!parsed.ok) return parsed;

  const value = parsed.value;
  const issues: Issue[] = [];
  if (survey && value.survey.id !== survey.id) {
    issues.push({
      path: 'survey.id',
      message: `expected "${survey.id}", got "${value.survey.id}"`,
    });
  }

  const cells = value.levels + 1;
  for (const [key, segment] of Object.entries(value.segments)) {
    if (!segment) continue;
    for (const [id, counts] of Object.entries(segment.counts)) {
      const path = `segments.${key}.counts.${id}`;
      const total = counts.reduce((sum, count) => sum + count, 0);
      if (counts.length !== cells) {
        issues.push({
          path,
          message: `expected ${cells} counts (levels + 1), got ` +
            `${counts.length}`,
        });
      } else if (total > segment.respondents) {
        issues.push({
          path,
          message: `counts ${total} answers, more than the ` +
            `${segment.respondents} respondents of the segment`,
        });
      }
    }
  }
  return withIssues(value, issues);
}
