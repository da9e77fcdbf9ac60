import { html, nothing } from 'lit';
import { type Issue, issueToString } from '../../engine/schema/issues.ts';
import { renderHeading } from './heading.ts';

/** The texts around the reason in an error message. */
export interface ErrorTexts {
  heading: string;
  advice: string;
  /** The level of the heading, `h2` by default. */
  headingLevel?: number;
}

/**
 * The message an element shows in place of its content when a document
 * it was given cannot be used: why, then the issues found, if any.
 */
export function renderLoadError(
  message: string,
  error: { readonly issues: readonly Issue[] },
  texts: ErrorTexts,
) {
  return html`<div class="load-error" part="error" role="alert">
    ${renderHeading(texts.headingLevel ?? 2, texts.heading,
      { className: 'error-heading' })}
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
