import { html, nothing } from 'lit';
import type { Lang } from '../../../engine/schema/common.ts';
import { type Issue, issueToString } from '../../../engine/schema/issues.ts';
import { fill } from '../../shared/localize.ts';
import type { MaturityReportErrorDetail } from '../events.ts';
import type { MaturityReportMessages } from '../messages.ts';
import { formatIsoDate } from './dates.ts';
import type { Outcome } from './load.ts';

/** What the last import by the user gave. */
export interface ImportStatus {
  ok: boolean;
  /** The sentences to say, first the outcome, then what it means. */
  sentences: string[];
  issues: Issue[];
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
      ? html`<p>${status.sentences.join(' ')}</p>
        ${status.issues.length
          ? html`<ul class="issues">${status.issues.map((issue) =>
            html`<li><code>${issueToString(issue)}</code></li>`)}</ul>`
          : nothing}`
      : nothing}</div>`;
}

/** The status after the user imported `outcome` from `fileName`. */
export function importedStatus(
  t: MaturityReportMessages,
  lang: Lang,
  fileName: string,
  outcome: Extract<Outcome, { ok: true }>,
): ImportStatus {
  const { entity, measuredAt } = outcome.assessment;
  return { ok: true, issues: [], sentences: [fill(t.imported, {
    file: fileName,
    entity: entity.name,
    date: formatIsoDate(measuredAt, lang),
  })] };
}

/** The status after a refused import; `kept` when a report stays shown. */
export function refusedStatus(
  t: MaturityReportMessages,
  detail: MaturityReportErrorDetail,
  kept: boolean,
): ImportStatus {
  return { ok: false, issues: detail.issues,
    sentences: [detail.message, ...(kept ? [t.importKept] : [])] };
}
