import {
  backupKeyOf,
  clearProgress,
  loadProgress,
  saveProgress,
} from '../storage.ts';
import { warnOnce } from '../warn.ts';

/** What the store reads from and reports to its element. */
export interface ProgressHost extends Element {
  storageKey: string | undefined;
  noPersist: boolean;
  setStorageFailed(): void;
}

/** The questionnaire the answers belong to. */
export interface ProgressSource {
  id: string;
  version: string;
}

/** What a wizard tells its store. */
export interface ProgressOptions<T> {
  /** The default key is this prefix and the questionnaire's id. */
  prefix: string;
  /** What the questionnaire is called in warnings, e.g. `survey`. */
  sourceName: string;
  /** The questionnaire being answered, once there is one. */
  source(): ProgressSource | undefined;
  /**
   * What to save now: the step, the answers and, when known, when the
   * answers last changed (`completedAt`, an ISO time).
   */
  snapshot(): { step: number; answers: T; completedAt?: string };
}

/**
 * Saved answers and the step they were saved at. The answers come from
 * storage: the wizard checks them against its questionnaire before use.
 */
export interface RestoredProgress {
  answers: Readonly<Record<string, unknown>>;
  step: number;
  /** When the progress was last saved (an ISO time). */
  savedAt: string;
  /** When the answers last changed, when it was saved (an ISO time). */
  completedAt?: string;
}

/**
 * Saves a wizard's answers on every change and restores them when a
 * questionnaire becomes active, in localStorage under the element's
 * `storage-key` (or the default key), inside the versioned envelope of
 * `storage.ts`.
 */
export class ProgressStore<T> {
  private readonly protectedKeys = new Set<string>();

  constructor(
    private readonly host: ProgressHost,
    private readonly options: ProgressOptions<T>,
  ) {}

  private keyFor(source: ProgressSource): string {
    return this.host.storageKey || `${this.options.prefix}${source.id}`;
  }

  /** The saved progress for `source`, if any can be used. */
  restore(source: ProgressSource): RestoredProgress | undefined {
    if (this.host.noPersist) return undefined;
    const key = this.keyFor(source);
    const outcome = loadProgress<Record<string, unknown>>(key, source.id);

    if (outcome.status === 'unavailable') this.host.setStorageFailed();
    if (outcome.status === 'discarded') this.discarded(key, outcome);
    if (outcome.status !== 'loaded') return undefined;
    const { answers, step, savedAt, completedAt } = outcome.saved;
    return { answers, step, savedAt,
      ...(typeof completedAt === 'string' ? { completedAt } : {}) };
  }

  /**
   * Warns about data that could not be used. Data that could not be
   * moved aside is protected: nothing is saved over it.
   */
  private discarded(
    key: string,
    outcome: { reason: 'corrupt' | 'foreign'; backedUp: boolean },
  ) {
    const what = outcome.reason === 'corrupt'
      ? 'is not saved progress of sctmm'
      : `belongs to another ${this.options.sourceName}`;
    const where = outcome.backedUp
      ? `it was moved to "${backupKeyOf(key)}"`
      : 'it could not be moved aside, so it is left in place and answers ' +
        'are kept in memory only';
    warnOnce(`discarded-${outcome.reason}:${key}`, this.host,
      `the data saved under "${key}" ${what}; ${where}.`);
    if (!outcome.backedUp) {
      this.protectedKeys.add(key);
      this.host.setStorageFailed();
    }
  }

  /** Saves the answers and the step of the active questionnaire. */
  save(): void {
    const source = this.options.source();
    if (this.host.noPersist || !source) return;
    if (this.protectedKeys.has(this.keyFor(source))) return;
    const saved = saveProgress(this.keyFor(source), {
      source: { id: source.id, version: source.version },
      ...this.options.snapshot(),
    });
    if (!saved) this.host.setStorageFailed();
  }

  /** Forgets the saved progress of the active questionnaire. */
  clear(): void {
    const source = this.options.source();
    if (!source || this.host.noPersist) return;
    const key = this.keyFor(source);
    if (!this.protectedKeys.has(key)) clearProgress(key);
  }
}
