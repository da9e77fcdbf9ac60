import { roadmapSteps } from '../../../engine/model/roadmap.ts';
import {
  ROADMAP_STATUSES,
  type Roadmap,
  type RoadmapStatus,
} from '../../../engine/schema/roadmap.ts';

/** A roadmap saved on this device, and the file's it was changed from. */
export interface SavedRoadmap {
  roadmap: Roadmap;
  /**
   * The `updatedAt` of the assessment's roadmap shown when the user
   * made these changes: they were made after that file was loaded.
   */
  basedOn?: string;
}

/**
 * When `roadmap` last changed, in milliseconds; a time in the future
 * counts as `now`, since no change can have been made later than now.
 */
function time(roadmap: Roadmap, now: number): number {
  const parsed = Date.parse(roadmap.updatedAt ?? '');
  return Number.isNaN(parsed) ? -Infinity : Math.min(parsed, now);
}

/**
 * The roadmap to show: the one the user imported when it has one; the
 * saved one when the user changed it after loading this very
 * assessment; else the newer of the assessment's and the saved one (by
 * `updatedAt`, a future time counting as now; none counts as oldest,
 * and a tie keeps the saved one).
 */
export function pickRoadmap(
  given: Roadmap | undefined,
  saved: SavedRoadmap | undefined,
  preferGiven: boolean,
  now = Date.now(),
): Roadmap {
  if (given && (preferGiven || !saved)) return given;
  if (!saved) return { steps: {} };
  if (!given) return saved.roadmap;

  const sameFile = saved.basedOn !== undefined &&
    saved.basedOn === given.updatedAt;
  if (sameFile) return saved.roadmap;
  return time(given, now) > time(saved.roadmap, now) ? given
    : saved.roadmap;
}

/** The status of step `id`; a step not marked has not started. */
export function statusOf(roadmap: Roadmap, id: string): RoadmapStatus {
  const status = roadmap.steps[id];
  return ROADMAP_STATUSES.includes(status as RoadmapStatus)
    ? status as RoadmapStatus : 'not-started';
}

/** The roadmap with step `id` set to `status`, dated now. */
export function withStatus(
  roadmap: Roadmap,
  id: string,
  status: RoadmapStatus,
): Roadmap {
  return {
    updatedAt: new Date().toISOString(),
    steps: { ...roadmap.steps, [id]: status },
  };
}

/** How many steps are done and how many are under way. */
export function progressOf(roadmap: Roadmap) {
  const statuses = roadmapSteps.map((step) => statusOf(roadmap, step.id));
  return {
    done: statuses.filter((s) => s === 'done').length,
    doing: statuses.filter((s) => s === 'in-progress').length,
    total: roadmapSteps.length,
  };
}
