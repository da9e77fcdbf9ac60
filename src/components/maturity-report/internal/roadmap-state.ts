import { roadmapSteps } from '../../../engine/model/roadmap.ts';
import {
  ROADMAP_STATUSES,
  type Roadmap,
  type RoadmapStatus,
} from '../../../engine/schema/roadmap.ts';

function time(roadmap: Roadmap): number {
  const parsed = Date.parse(roadmap.updatedAt ?? '');
  return Number.isNaN(parsed) ? -Infinity : parsed;
}

/**
 * The roadmap to show: the one the user imported when it has one; else
 * the newer of the assessment's and the one saved on this device (by
 * `updatedAt`; none counts as oldest, and a tie keeps the saved one).
 */
export function pickRoadmap(
  given: Roadmap | undefined,
  saved: Roadmap | undefined,
  preferGiven: boolean,
): Roadmap {
  if (given && (preferGiven || !saved)) return given;
  if (!saved) return { steps: {} };
  return given && time(given) > time(saved) ? given : saved;
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
