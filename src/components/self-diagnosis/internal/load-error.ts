import { html, nothing } from 'lit';
import type { Lang } from '../../../engine/schema/common.ts';
import { issueToString } from '../../../engine/schema/issues.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import type { InstrumentError } from './load-instrument.ts';

const instrumentName = { es: 'el cuestionario', en: 'the questionnaire' };

/** Where the instrument came from, as the messages name it. */
export function instrumentSource(src: string | undefined): string {
  return src ? `instrument-src="${src}"` : 'instrument';
}

/** A localized sentence saying why the instrument cannot be used. */
export function describeInstrumentError(
  lang: Lang,
  error: InstrumentError,
  source: string,
): string {
  return errorMessage(lang, error.code, instrumentName, {
    source,
    status: error.status,
  });
}

/** The texts around the reason in an error message. */
export interface ErrorTexts {
  heading: string;
  advice: string;
}

/** The message shown in place of the wizard, with the issues found. */
export function renderLoadError(
  message: string,
  error: InstrumentError,
  texts: ErrorTexts,
) {
  return html`<div class="load-error" part="error" role="alert">
    <h2 class="error-heading">${texts.heading}</h2>
    <p class="reason">${message}</p>
    ${error.issues.length
      ? html`<ul class="issues">
          ${error.issues.map(
            (issue) => html`<li><code>${issueToString(issue)}</code></li>`,
          )}
        </ul>`
      : nothing}
    <p>${texts.advice}</p>
  </div>`;
}
