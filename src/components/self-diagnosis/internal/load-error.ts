import type { Lang } from '../../../engine/schema/common.ts';
import { issueToString } from '../../../engine/schema/issues.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import type { DocumentError } from '../../shared/load-document.ts';
import { warnOnce } from '../../shared/warn.ts';

const instrumentName = { es: 'el cuestionario', en: 'the questionnaire' };

/** Where the instrument came from, as the messages name it. */
export function instrumentSource(src: string | undefined): string {
  return src ? `instrument-src="${src}"` : 'instrument';
}

/** A localized sentence saying why the instrument cannot be used. */
export function describeInstrumentError(
  lang: Lang,
  error: DocumentError,
  source: string,
): string {
  return errorMessage(lang, error.code, instrumentName, {
    source,
    status: error.status,
  });
}

/**
 * Tells the developer, once, why the instrument cannot be used: the
 * `message` shown, then the issues found. Storage failures are the
 * device's, not a mistake, and are not told.
 */
export function warnInstrumentError(
  element: Element,
  error: DocumentError,
  message: string,
): void {
  if (error.code === 'storage') return;
  const issues = error.issues.map(issueToString);
  warnOnce(`instrument-${error.code}`, element,
    [message, ...issues].join(' '));
}
