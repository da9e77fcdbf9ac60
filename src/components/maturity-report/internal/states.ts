import { html, nothing } from 'lit';
import { type Issue, issueToString } from '../../../engine/schema/issues.ts';
import type { MaturityReportMessages } from '../messages.ts';

/** The message shown in place of the report when there is nothing yet. */
export function renderEmpty(t: MaturityReportMessages) {
  return html`<div class="empty" part="empty">
    <h2 class="title">${t.emptyHeading}</h2>
    <p>${t.emptyText}</p>
  </div>`;
}

/** The message shown while the assessment at `src` is read. */
export function renderLoading(t: MaturityReportMessages) {
  return html`<p class="loading" aria-busy="true">${t.loading}</p>`;
}

/**
 * The message shown in place of the report when its assessment cannot
 * be used: why, in the report's language, and the issues by path.
 */
export function renderError(
  t: MaturityReportMessages,
  message: string,
  issues: Issue[],
) {
  return html`<div class="load-error" part="error" role="alert">
    <h2 class="title">${t.errorHeading}</h2>
    <p class="reason">${message}</p>
    ${issues.length
      ? html`<ul class="issues">${issues.map((issue) =>
        html`<li><code>${issueToString(issue)}</code></li>`)}</ul>`
      : nothing}
    <p>${t.errorAdvice}</p>
  </div>`;
}
