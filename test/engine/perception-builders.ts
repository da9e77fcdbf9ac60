import type {
  Rating,
  Segment,
  Survey,
  SurveyResponse,
} from '../../src/engine/schema/survey.ts';

/** A localized text that reads the same in both languages. */
function text(value: string) {
  return { es: value, en: value };
}

/**
 * A tiny survey on the 2020 model: two statements on open government,
 * one on citizen participation (governance), one on environmental
 * quality (environment) and one on health (quality of life).
 */
export function tinySurvey(version = '1'): Survey {
  const statement = (id: string, subdimension: string) =>
    ({ id, subdimension, text: text(`Statement ${id}`) });
  return {
    format: 'sctmm/survey@1',
    id: 'tiny',
    version,
    edition: '2020',
    title: text('Tiny survey'),
    statements: [
      statement('a1', 'gobierno-abierto'),
      statement('a2', 'gobierno-abierto'),
      statement('p1', 'participacion-ciudadana'),
      statement('c1', 'calidad-ambiental'),
      statement('x1', 'salud'),
    ],
  };
}

/** The ids of the tiny survey's statements. */
export const tinyIds = ['a1', 'a2', 'p1', 'c1', 'x1'];

/** A valid response to the tiny survey. */
export function response(
  id: string,
  segment: Segment | null,
  answers: Record<string, Rating>,
): SurveyResponse {
  return {
    format: 'sctmm/survey-response@1',
    id,
    survey: { id: 'tiny', version: '1' },
    segment,
    submittedAt: '2026-11-30T10:00:00-05:00',
    answers,
  };
}

/** A deep copy of `value`, as JSON from a file would be. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
