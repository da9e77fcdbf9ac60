import type { IndexSnapshot } from '../../../engine/schema/index-snapshot.ts';
import type { Issue } from '../../../engine/schema/issues.ts';
import { parseSnapshot } from '../../../engine/snapshot.ts';
import { FetchJsonError, fetchJson } from '../../shared/fetch-json.ts';
import type { BadgeFailureReason } from '../events.ts';

/** Why a snapshot, or the attributes, could not be shown. */
export interface BadgeFailure {
  reason: BadgeFailureReason;
  /** The HTTP status, for `http`. */
  status?: number;
  /** What is wrong in the document, for `schema`. */
  issues: Issue[];
}

/** A failed load, carrying its `BadgeFailure`. */
export class SnapshotLoadError extends Error {
  constructor(readonly failure: BadgeFailure) {
    super(failure.reason);
    this.name = 'SnapshotLoadError';
  }
}

/**
 * Fetches the snapshot at `url` and checks it. Fails with a
 * `SnapshotLoadError`; an abort is passed on as it is.
 */
export async function loadSnapshot(
  url: string,
  signal: AbortSignal,
): Promise<IndexSnapshot> {
  let data: unknown;
  try {
    data = await fetchJson(url, signal, 'no-cache');
  } catch (error) {
    if (!(error instanceof FetchJsonError)) throw error;
    throw new SnapshotLoadError({
      reason: error.code,
      ...(error.code === 'http' ? { status: error.status } : {}),
      issues: [],
    });
  }
  const parsed = parseSnapshot(data);
  if (!parsed.ok) {
    throw new SnapshotLoadError({ reason: 'schema', issues: parsed.issues });
  }
  return parsed.value;
}
