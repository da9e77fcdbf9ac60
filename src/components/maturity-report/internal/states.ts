import { html } from 'lit';
import { renderHeading } from '../../shared/heading.ts';
import type { MaturityReportMessages } from '../messages.ts';

/** The message shown in place of the report when there is nothing yet. */
export function renderEmpty(t: MaturityReportMessages, headingLevel: number) {
  return html`<div class="empty" part="empty">
    ${renderHeading(headingLevel, t.emptyHeading, { className: 'title' })}
    <p>${t.emptyText}</p>
  </div>`;
}

/** The message shown while the assessment at `src` is read. */
export function renderLoading(t: MaturityReportMessages) {
  return html`<p class="loading" aria-busy="true">${t.loading}</p>`;
}
