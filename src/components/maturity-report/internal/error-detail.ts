import type { Lang } from '../../../engine/schema/common.ts';
import type { Issue } from '../../../engine/schema/issues.ts';
import type { MaturityReportErrorDetail } from '../events.ts';
import { failureIssues, failureText } from './failure-text.ts';
import type { Outcome } from './load.ts';

/** An outcome that has no assessment to show. */
export type Failed = Extract<Outcome, { ok: false }>;

/** A localized sentence saying why `outcome` cannot be shown. */
export function describeFailure(lang: Lang, outcome: Failed): string {
  return failureText(lang, outcome.failure, outcome.origin, outcome.source);
}

/**
 * The problems to list under a failure's sentence: those of a document
 * that does not follow the format, which the sentence introduces with a
 * colon. Other failures are said whole by their sentence; their issues
 * still reach developers in the event.
 */
export function listedIssues(detail: MaturityReportErrorDetail): Issue[] {
  return detail.reason === 'invalid' ? detail.issues : [];
}

/**
 * The detail of `sctmm-error` for a failed outcome: `code` is one of the
 * library's error codes (`network`, `http`, `not-json`,
 * `object-attribute`, `too-large`, `schema`), and `reason` the finer
 * cause (an import failure code of the engine, `too-large`, or
 * `edition` for an `edition` attribute the library lacks).
 */
export function errorDetail(
  lang: Lang,
  outcome: Failed,
): MaturityReportErrorDetail {
  const { failure } = outcome;
  const reason = failure.kind === 'import' ? failure.failure.code
    : failure.kind === 'fetch' ? failure.code
    : failure.kind;
  const code = failure.kind === 'fetch' ? failure.code
    : reason === 'not-json' || reason === 'object-attribute' ||
      reason === 'too-large' ? reason
    : 'schema';
  return {
    code,
    reason,
    origin: outcome.origin,
    message: describeFailure(lang, outcome),
    issues: failureIssues(failure),
    ...(failure.kind === 'fetch' && failure.status !== undefined
      ? { status: failure.status } : {}),
  };
}
