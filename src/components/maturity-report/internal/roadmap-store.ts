import type { Entity } from '../../../engine/schema/assessment.ts';
import type { Roadmap } from '../../../engine/schema/roadmap.ts';
import {
  backupKeyOf,
  loadProgress,
  saveProgress,
} from '../../shared/storage.ts';
import { warnOnce } from '../../shared/warn.ts';
import type { SavedRoadmap } from './roadmap-state.ts';
import { slugOf } from './slug.ts';

/** What the store reads from and reports to its element. */
export interface RoadmapHost extends Element {
  storageKey: string | undefined;
  noPersist: boolean;
  setStorageFailed(): void;
}

/** The questionnaire id under which the envelope keeps a roadmap. */
const SOURCE = { id: 'sctmm-roadmap', version: '1' };

/** A name for the entity that fits in a storage key. */
function entityKey(entity: Entity): string {
  return entity.divipola ?? slugOf(entity.name);
}

/**
 * Keeps each entity's roadmap statuses in localStorage, in the library's
 * saved-progress envelope, so that they survive a reload.
 */
export class RoadmapStore {
  constructor(private readonly host: RoadmapHost) {}

  /** The key of `entity`: `storage-key`, else one per entity. */
  keyFor(entity: Entity): string {
    return this.host.storageKey ||
      `sctmm-maturity-report:${entityKey(entity)}`;
  }

  /** The roadmap saved for `entity`, if any can be used. */
  load(entity: Entity): SavedRoadmap | undefined {
    if (this.host.noPersist) return undefined;
    const key = this.keyFor(entity);
    const outcome = loadProgress<Record<string, unknown>>(key, SOURCE.id);
    if (outcome.status === 'unavailable') this.host.setStorageFailed();
    if (outcome.status === 'discarded') {
      warnOnce(`discarded-${outcome.reason}:${key}`, this.host,
        `the data saved under "${key}" is not a roadmap of sctmm; ` +
        (outcome.backedUp ? `it was moved to "${backupKeyOf(key)}".`
          : 'it could not be moved aside and is left in place.'));
    }
    if (outcome.status !== 'loaded') return undefined;

    const { steps, updatedAt, basedOn } = outcome.saved.answers ?? {};
    if (typeof steps !== 'object' || steps === null) return undefined;
    return {
      roadmap: { steps: steps as Roadmap['steps'],
        ...(typeof updatedAt === 'string'
        ? { updatedAt } : {}) },
      ...(typeof basedOn === 'string' ? { basedOn } : {}),
    };
  }

  /**
   * Saves the roadmap of `entity`, and the `updatedAt` of the file's
   * roadmap it was changed from; tells the host when it could not.
   */
  save(entity: Entity, roadmap: Roadmap, basedOn?: string): void {
    if (this.host.noPersist) return;
    const saved = saveProgress(this.keyFor(entity), {
      source: SOURCE,
      step: 0,
      answers: { ...roadmap, ...(basedOn ? { basedOn } : {}) },
    });
    if (!saved) this.host.setStorageFailed();
  }
}
