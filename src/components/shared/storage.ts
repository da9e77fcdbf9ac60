/** The format tag of what the library saves in localStorage. */
export const SAVED_FORMAT = 'sctmm/saved-progress@1';

/** What is saved of a questionnaire in progress. */
export interface SavedProgress<T> {
  format: typeof SAVED_FORMAT;
  /** Which questionnaire the answers belong to. */
  source: { id: string; version: string };
  savedAt: string;
  /** When the answers last changed, if the questionnaire keeps it. */
  completedAt?: string;
  step: number;
  answers: T;
}

/** What reading saved progress found. */
export type LoadOutcome<T> =
  | { status: 'empty' }
  | { status: 'loaded'; saved: SavedProgress<T> }
  | {
    status: 'discarded';
    reason: 'corrupt' | 'foreign';
    /** Whether the data now lies under the backup key. */
    backedUp: boolean;
  }
  | { status: 'unavailable' };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isSaved(value: unknown): value is SavedProgress<unknown> {
  const saved = value as SavedProgress<unknown> | null;
  return typeof saved === 'object' && saved !== null &&
    saved.format === SAVED_FORMAT &&
    typeof saved.source?.id === 'string' &&
    Number.isInteger(saved.step) && saved.step >= 0 &&
    typeof saved.answers === 'object' && saved.answers !== null;
}

/** The key under which discarded data is kept for `key`. */
export function backupKeyOf(key: string): string {
  return `${key}.backup`;
}

/**
 * Reads the progress saved under `key` for the questionnaire `sourceId`.
 * Data that is not ours, or belongs to another questionnaire, is moved
 * to the backup key and reported as discarded; when it cannot be moved,
 * it stays where it is and the outcome says so.
 */
export function loadProgress<T>(key: string, sourceId: string):
  LoadOutcome<T> {
  const store = storage();
  if (!store) return { status: 'unavailable' };

  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };

  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }

  const reason = !isSaved(value) ? 'corrupt'
    : value.source.id !== sourceId ? 'foreign' : null;
  if (reason === null) {
    return { status: 'loaded', saved: value as SavedProgress<T> };
  }
  try {
    store.setItem(backupKeyOf(key), raw);
    store.removeItem(key);
    return { status: 'discarded', reason, backedUp: true };
  } catch {
    return { status: 'discarded', reason, backedUp: false };
  }
}

/** Saves progress under `key`; `false` when storage refused it. */
export function saveProgress<T>(
  key: string,
  progress: Omit<SavedProgress<T>, 'format' | 'savedAt'>,
): boolean {
  const store = storage();
  if (!store) return false;
  const saved: SavedProgress<T> = {
    format: SAVED_FORMAT,
    savedAt: new Date().toISOString(),
    ...progress,
  };
  try {
    store.setItem(key, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the progress saved under `key`; `false` when it could not. */
export function clearProgress(key: string): boolean {
  try {
    storage()?.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
