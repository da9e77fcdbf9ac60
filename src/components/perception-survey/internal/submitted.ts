/** The localStorage key of the ids of responses sent from this device. */
export const SUBMITTED_KEY = 'sctmm-submitted';

/** The format tag of the document under `SUBMITTED_KEY`. */
export const SUBMITTED_FORMAT = 'sctmm/submitted@1';

/** The most ids kept; the oldest are forgotten first. */
export const MOST_SUBMITTED = 50;

/** Ids sent from this page, whatever storage allows. */
const sentHere = new Set<string>();

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The ids saved on the device, oldest first; `undefined` when the key
 * holds something else, which is then left alone.
 */
function readSaved(store: Storage | null): string[] | undefined {
  let raw: string | null = null;
  try {
    raw = store?.getItem(SUBMITTED_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return [];
  try {
    const doc = JSON.parse(raw);
    if (doc?.format === SUBMITTED_FORMAT && Array.isArray(doc.ids)) {
      return doc.ids.filter((id: unknown) => typeof id === 'string');
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Whether a response with `id` was sent from this page or, as far as
 * this device keeps, from another tab or an earlier visit: two tabs
 * restore the same saved progress, and so the same id.
 */
export function wasSubmitted(id: string): boolean {
  return sentHere.has(id) || (readSaved(storage())?.includes(id) ?? false);
}

/** Saves `ids`; `false` when storage refused them. */
function writeSaved(store: Storage, ids: readonly string[]): boolean {
  try {
    store.setItem(SUBMITTED_KEY,
      JSON.stringify({ format: SUBMITTED_FORMAT, ids }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Records that the response `id` was sent: on the device too when
 * `persist` and storage allows, keeping the last `MOST_SUBMITTED` ids.
 * Returns whether it is saved there.
 */
export function markSubmitted(id: string, persist: boolean): boolean {
  sentHere.add(id);
  const store = storage();
  const saved = persist ? readSaved(store) : undefined;
  if (!saved || !store) return false;
  const ids = [...saved.filter((other) => other !== id), id]
    .slice(-MOST_SUBMITTED);
  return writeSaved(store, ids);
}
