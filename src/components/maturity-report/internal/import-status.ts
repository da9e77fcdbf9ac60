import { html, nothing } from 'lit';
import type { Lang } from '../../../engine/schema/common.ts';
import { type Issue, issueToString } from '../../../engine/schema/issues.ts';
import { fill } from '../../shared/localize.ts';
import type { MaturityReportErrorDetail } from '../events.ts';
import type { MaturityReportMessages } from '../messages.ts';
import { formatIsoDate } from './dates.ts';
import { listedIssues } from './error-detail.ts';
import type { Outcome } from './load.ts';
import { notesSentences } from './notes.ts';

/** What the last import by the user gave. */
export interface ImportStatus {
  ok: boolean;
  /** The outcome; when it ends with a colon, it introduces `issues`. */
  lead: string[];
  issues: Issue[];
  /** What the outcome means for the report, after the issues. */
  closing: string[];
}

/**
 * The region that tells how the last import went. It is in the page
 * from the first render and only its text changes, so that screen
 * readers announce each outcome.
 */
export function renderImportStatus(status: ImportStatus | undefined) {
  return html`<div class="import-status ${status && !status.ok
      ? 'failed' : ''}" part="import-status" role="status"
    aria-live="polite">${status
      ? html`<p>${status.lead.join(' ')}</p>
        ${status.issues.length
          ? html`<ul class="issues">${status.issues.map((issue) =>
            html`<li><code>${issueToString(issue)}</code></li>`)}</ul>`
          : nothing}
        ${status.closing.length
          ? html`<p>${status.closing.join(' ')}</p>` : nothing}`
      : nothing}</div>`;
}

/**
 * The status after the user imported `outcome` from `fileName`: what
 * was imported, and how many values were recomputed on the way.
 */
export function importedStatus(
  t: MaturityReportMessages,
  lang: Lang,
  fileName: string,
  outcome: Extract<Outcome, { ok: true }>,
): ImportStatus {
  const { entity, measuredAt } = outcome.assessment;
  const imported = fill(t.imported, {
    file: fileName,
    entity: entity.name,
    date: formatIsoDate(measuredAt, lang),
  });
  return { ok: true, issues: [], closing: [],
    lead: [imported, ...notesSentences(t, outcome.notes)] };
}

/**
 * The status after a refused import: why, the problems by path, and,
 * when a report stays shown (`kept`), that it keeps what it showed.
 */
export function refusedStatus(
  t: MaturityReportMessages,
  detail: MaturityReportErrorDetail,
  kept: boolean,
): ImportStatus {
  return { ok: false, lead: [detail.message], issues: listedIssues(detail),
    closing: kept ? [t.importKept] : [] };
}
