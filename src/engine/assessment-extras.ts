import { exportScore } from './assessment.ts';
import { levelOf } from './levels.ts';
import { type IndexWeights, maturityIndex } from './maturity-index.ts';
import { roadmapSteps } from './model/roadmap.ts';
import type { Assessment } from './schema/assessment.ts';
import type { Issue } from './schema/issues.ts';
import type { Model } from './schema/model.ts';

/** The extras of an assessment, settled, and what settling changed. */
export interface SettledExtras {
  assessment: Assessment;
  notes: Issue[];
}

const STEP_IDS = new Set(roadmapSteps.map((step) => step.id));

function settleRoadmap(assessment: Assessment, notes: Issue[]) {
  const roadmap = assessment.roadmap;
  if (!roadmap) return undefined;
  const steps = Object.fromEntries(Object.entries(roadmap.steps)
    .filter(([id]) => {
      const known = STEP_IDS.has(id);
      if (!known) {
        notes.push({ path: `roadmap.steps.${id}`,
          message: 'not a step of the roadmap; left out' });
      }
      return known;
    }));
  return { ...roadmap, steps };
}

function settleIndex(
  assessment: Assessment,
  model: Model,
  weights: IndexWeights | undefined,
  notes: Issue[],
) {
  const given = assessment.index;
  if (!given) return undefined;
  const index = maturityIndex({
    perception: assessment.perception?.score,
    results: assessment.results?.score,
    capacity: assessment.capacity?.score,
  }, weights, model);
  const score = exportScore(index.score);
  const level = levelOf(score, model.levels.length);
  if (given.score !== score || given.level !== level) {
    notes.push({ path: 'index', message: `was ${given.score} (level ` +
      `${given.level}); ${score} (level ${level}) from the measurements` });
  }
  return { score, level };
}

/**
 * Settles the optional extras of an assessment whose scores are already
 * settled: roadmap steps the model does not have are left out, and an
 * `index` is recomputed from the measurements (equal weights unless
 * `weights` says otherwise). Extras never change a measurement.
 */
export function settleExtras(
  assessment: Assessment,
  model: Model,
  weights?: IndexWeights,
): SettledExtras {
  const notes: Issue[] = [];
  const roadmap = settleRoadmap(assessment, notes);
  const index = settleIndex(assessment, model, weights, notes);
  return {
    assessment: {
      ...assessment,
      ...(roadmap ? { roadmap } : {}),
      ...(index ? { index } : {}),
    },
    notes,
  };
}
