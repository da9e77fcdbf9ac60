import type { Lang } from '../../../engine/schema/common.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import type { DocumentError } from '../../shared/load-document.ts';

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
