import { html, nothing } from 'lit';
import { issueToString } from '../../engine/schema/issues.ts';
import type { DocumentError } from './load-document.ts';

/** The texts around the reason in an error message. */
export interface ErrorTexts {
  heading: string;
  advice: string;
}

/**
 * The message an element shows in place of its content when a document
 * it was given cannot be used: why, then the issues found, if any.
 */
export function renderLoadError(
  message: string,
  error: DocumentError,
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
