import type { Lang } from '../../../engine/schema/common.ts';
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
 * The detail of `sctmm-error` for a failed outcome: `code` is one of the
 * library's error codes (`network`, `http`, `not-json`, `schema`), and
 * `reason` the finer cause (an import failure code of the engine, or
 * `edition` for an `edition` attribute the library lacks).
 */
export function errorDetail(
  lang: Lang,
  outcome: Failed,
): MaturityReportErrorDetail {
  const { failure } = outcome;
  const reason = failure.kind === 'import' ? failure.failure.code
    : failure.kind === 'fetch' ? failure.code : 'edition';
  const code = failure.kind === 'fetch' ? failure.code
    : reason === 'not-json' ? 'not-json' : 'schema';
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
