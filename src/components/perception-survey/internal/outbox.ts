import type { SurveyResponse } from '../../../engine/schema/survey.ts';
import { backupKeyOf } from '../../shared/storage.ts';
import { warnOnce } from '../../shared/warn.ts';

/** The localStorage key of the responses waiting to be sent. */
export const OUTBOX_KEY = 'sctmm-outbox';

/** The format tag of the outbox document. */
export const OUTBOX_FORMAT = 'sctmm/outbox@1';

/** A response waiting for its endpoint to accept it. */
export interface OutboxEntry {
  endpoint: string;
  response: SurveyResponse;
  /** Failed attempts so far. */
  attempts: number;
  queuedAt: string;
}

/** What is saved under the outbox key: entries by response id. */
interface OutboxDocument {
  format: typeof OUTBOX_FORMAT;
  entries: Record<string, OutboxEntry>;
}

/**
 * Entries not saved on the device (storage full or disabled, or an
 * element that keeps nothing there): they wait while the page is open.
 */
const memory = new Map<string, OutboxEntry>();

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry | null;
  return typeof entry === 'object' && entry !== null &&
    typeof entry.endpoint === 'string' &&
    typeof entry.response?.id === 'string' &&
    Number.isInteger(entry.attempts);
}

/** Moves data that is not an outbox to the backup key; says where. */
function moveAside(store: Storage, raw: string): string {
  const backup = backupKeyOf(OUTBOX_KEY);
  try {
    store.setItem(backup, raw);
    store.removeItem(OUTBOX_KEY);
    return `it was moved to "${backup}"`;
  } catch {
    return 'it could not be moved aside';
  }
}

/**
 * The entries saved on the device. A document that is not an outbox is
 * moved to the backup key, with a warning, rather than written over.
 */
function readStored(el: Element): Map<string, OutboxEntry> {
  const found = new Map<string, OutboxEntry>();
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(OUTBOX_KEY) ?? null;
  } catch {
    return found;
  }
  if (raw === null) return found;

  let doc: OutboxDocument | undefined;
  try {
    doc = JSON.parse(raw);
  } catch {
    doc = undefined;
  }
  if (doc?.format !== OUTBOX_FORMAT || typeof doc.entries !== 'object' ||
    doc.entries === null) {
    warnOnce('outbox-corrupt', el, `the data saved under "${OUTBOX_KEY}" ` +
      `is not an outbox of sctmm; ${moveAside(store!, raw)}.`);
    return found;
  }
  for (const [id, entry] of Object.entries(doc.entries)) {
    if (isEntry(entry) && entry.response.id === id) found.set(id, entry);
  }
  return found;
}

/** Writes `entries`; `false` when storage refused them. */
function writeStored(entries: Map<string, OutboxEntry>): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (entries.size === 0) {
      store.removeItem(OUTBOX_KEY);
      return true;
    }
    const doc: OutboxDocument = {
      format: OUTBOX_FORMAT,
      entries: Object.fromEntries(entries),
    };
    store.setItem(OUTBOX_KEY, JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}

/** Every entry waiting, saved or held in memory, by response id. */
export function readOutbox(el: Element): Map<string, OutboxEntry> {
  const entries = readStored(el);
  for (const [id, entry] of memory) {
    if (!entries.has(id)) entries.set(id, entry);
  }
  return entries;
}

/**
 * Keeps `entry` until it is removed. An entry with the same response id
 * is replaced, never doubled. `false` when it is not saved on the device
 * (`persist` off, or storage refused it) and lives in memory only.
 */
export function putEntry(
  el: Element,
  entry: OutboxEntry,
  persist: boolean,
): boolean {
  const id = entry.response.id;
  const entries = readStored(el);
  entries.set(id, entry);
  const saved = persist && writeStored(entries);
  if (saved) memory.delete(id);
  else memory.set(id, entry);
  return saved;
}

/** Forgets the entry of response `id`, once its endpoint accepted it. */
export function removeEntry(el: Element, id: string): void {
  memory.delete(id);
  const entries = readStored(el);
  if (entries.delete(id)) writeStored(entries);
}
