import { mappedRules } from './response-mapping.ts';
import { trimCell } from './response-cells.ts';
import type { ResponseMapping } from './schema/response-mapping.ts';
import { DONT_KNOW, type Rating, type Survey } from './schema/survey.ts';
import { surveyLevels } from './survey-levels.ts';

/** Distinct answer texts a draft looks at; the rest are left out. */
export const MOST_SAMPLED_ANSWERS = 100;

/** What sample rows of an export say about its answer texts. */
export interface DraftAnswers {
  /** Each text the defaults read, with what they read it as. */
  answers: Record<string, Rating>;
  /** By column header, the texts the defaults do not read. */
  unknown: Map<string, string[]>;
}

/**
 * Reads the answer texts of the statement columns of `columns` in
 * sample `rows` of an export, as the defaults would: a text they read
 * (other than a bare number) goes into `answers` with its value, for a
 * person to check; a text they cannot read is listed by its column, to
 * be given a value.
 */
export function draftAnswers(
  header: readonly string[],
  columns: ResponseMapping['columns'],
  rows: readonly (readonly string[])[],
  survey: Survey,
): DraftAnswers {
  const ids = new Set(survey.statements.map((statement) => statement.id));
  const rules = mappedRules({ format: 'sctmm/response-mapping@1',
    columns: {} }, surveyLevels(survey), survey);
  const found: DraftAnswers = { answers: {}, unknown: new Map() };
  const seen = new Set<string>();

  header.forEach((name, column) => {
    if (!ids.has(columns[name] ?? '')) return;
    for (const row of rows) {
      const text = trimCell(row[column] ?? '');
      if (text === '' || /^\d+$/.test(text) || seen.has(text) ||
        seen.size >= MOST_SAMPLED_ANSWERS) continue;
      seen.add(text);
      const value = rules.rating(text);
      if (typeof value === 'number') {
        found.answers[text] = value === 0 ? DONT_KNOW : value as Rating;
      } else {
        found.unknown.set(name, [...found.unknown.get(name) ?? [], text]);
      }
    }
  });
  return found;
}
