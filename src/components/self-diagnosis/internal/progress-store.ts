import type { Instrument } from '../../../engine/schema/instrument.ts';
import type {
  CapacityResponses,
} from '../../../engine/schema/responses.ts';
import {
  backupKeyOf,
  clearProgress,
  loadProgress,
  saveProgress,
} from '../../shared/storage.ts';
import { warnOnce } from '../../shared/warn.ts';

/** What the store reads from and reports to its element. */
export interface ProgressHost extends Element {
  storageKey: string | undefined;
  noPersist: boolean;
  readonly activeInstrument: Instrument | undefined;
  readonly step: number;
  responses: CapacityResponses;
  setStorageFailed(): void;
}

/** Saved answers and the step they were saved at. */
export interface RestoredProgress {
  answers: Readonly<Record<string, unknown>>;
  step: number;
}

/**
 * Saves the self-diagnosis on every change and restores it when an
 * instrument becomes active, in localStorage under the element's key.
 */
export class ProgressStore {
  private readonly protectedKeys = new Set<string>();

  constructor(private readonly host: ProgressHost) {}

  private keyFor(instrument: Instrument): string {
    return this.host.storageKey || `sctmm-self-diagnosis:${instrument.id}`;
  }

  /** The saved progress for `instrument`, if any can be used. */
  restore(instrument: Instrument): RestoredProgress | undefined {
    if (this.host.noPersist) return undefined;
    const key = this.keyFor(instrument);
    const outcome = loadProgress<Record<string, unknown>>(key, instrument.id);

    if (outcome.status === 'unavailable') this.host.setStorageFailed();
    if (outcome.status === 'discarded') this.discarded(key, outcome);
    if (outcome.status !== 'loaded') return undefined;
    return { answers: outcome.saved.answers, step: outcome.saved.step };
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
      : 'belongs to another instrument';
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

  /** Saves the answers and the step of the active instrument. */
  save(): void {
    const instrument = this.host.activeInstrument;
    if (this.host.noPersist || !instrument) return;
    if (this.protectedKeys.has(this.keyFor(instrument))) return;
    const saved = saveProgress(this.keyFor(instrument), {
      source: { id: instrument.id, version: instrument.version },
      step: this.host.step,
      answers: this.host.responses,
    });
    if (!saved) this.host.setStorageFailed();
  }

  /** Forgets the saved progress of the active instrument. */
  clear(): void {
    const instrument = this.host.activeInstrument;
    if (!instrument || this.host.noPersist) return;
    const key = this.keyFor(instrument);
    if (!this.protectedKeys.has(key)) clearProgress(key);
  }
}
