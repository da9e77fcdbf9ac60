import { parseSurvey } from '../../../engine/parse-perception.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Survey } from '../../../engine/schema/survey.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { NotJson } from '../../shared/json-attribute.ts';
import {
  DocumentError,
  loadDocument,
} from '../../shared/load-document.ts';

const surveyName = { es: 'la encuesta', en: 'the survey' };

/** Where the survey came from: the attribute, the property or a URL. */
export type SurveyOrigin =
  | { kind: 'attribute' | 'property' }
  | { kind: 'src'; url: string };

const originNames: Record<Lang, Record<'attribute' | 'property', string>> = {
  es: { attribute: 'atributo survey', property: 'propiedad survey' },
  en: { attribute: 'attribute survey', property: 'property survey' },
};

/**
 * Checks what the `survey` attribute or property holds; text of the
 * attribute that is not JSON fails with `not-json`, or with
 * `object-attribute` when it is an object turned into text.
 */
export function checkSurveyValue(value: unknown): Survey | DocumentError {
  if (value instanceof NotJson) return new DocumentError(value.code);
  const parsed = parseSurvey(value);
  return parsed.ok ? parsed.value
    : new DocumentError('schema', parsed.issues);
}

/** Fetches and checks the survey at `url`. */
export function loadSurvey(url: string, signal: AbortSignal) {
  return loadDocument(url, signal, (data) => parseSurvey(data));
}

/** A localized sentence saying why the survey cannot be used. */
export function describeSurveyError(
  lang: Lang,
  error: DocumentError,
  origin: SurveyOrigin,
): string {
  const source = origin.kind === 'src'
    ? `survey-src="${origin.url}"`
    : originNames[lang][origin.kind];
  return errorMessage(lang, error.code, surveyName, {
    source,
    status: error.status,
    property: 'survey',
  });
}
