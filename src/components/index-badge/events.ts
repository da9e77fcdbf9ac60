import type { IndexSnapshot } from '../../engine/schema/index-snapshot.ts';
import type { SctmmErrorDetail } from '../shared/events.ts';

/** Why the badge could not show a value: a code of `sctmm-error`. */
export type BadgeFailureReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'schema';

/**
 * The detail of the badge's `sctmm-error`: the shared detail (with the
 * HTTP status for code `http`), and `reason`, the same as `code`, kept
 * for the badge's own failure type.
 */
export interface IndexBadgeErrorDetail extends SctmmErrorDetail {
  reason: BadgeFailureReason;
}

/** The detail of `sctmm-update`: the snapshot now shown. */
export interface IndexBadgeUpdateDetail {
  snapshot: IndexSnapshot;
  /** Whether it is older than `max-age` days. */
  stale: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'sctmm-update': CustomEvent<IndexBadgeUpdateDetail>;
  }
}
