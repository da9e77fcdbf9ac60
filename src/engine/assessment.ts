import { roundScore } from './levels.ts';
import type { Assessment, Entity } from './schema/assessment.ts';
import type { Instrument } from './schema/instrument.ts';
import type { CapacityResult } from './schema/result.ts';
import type { CapacityResponses } from './schema/responses.ts';

/** What the capacity result needs to become an `Assessment`. */
export interface CapacityAssessmentInput {
  result: CapacityResult;
  instrument: Instrument;
  entity: Entity;
  /** ISO date (`YYYY-MM-DD`) of the measurement. */
  measuredAt: string;
  /** Included so the assessment can be reopened and answered further. */
  responses?: CapacityResponses;
}

/**
 * Rounds a score to one decimal for export, as the level rule does, so
 * that the level of an exported score is the level exported with it.
 */
export function exportScore(score: number | null): number | null {
  return score === null ? null : roundScore(score);
}

/**
 * An `Assessment` holding only the capacity measurement, as the
 * self-diagnosis exports it (perception and results not taken: `null`).
 */
export function capacityAssessment(
  input: CapacityAssessmentInput,
): Assessment {
  const { result, instrument } = input;
  return {
    format: 'sctmm/assessment@1',
    edition: instrument.edition,
    entity: input.entity,
    measuredAt: input.measuredAt,
    capacity: {
      score: exportScore(result.score),
      level: result.level,
      axes: result.axes.map((axis) => ({
        id: axis.id,
        score: exportScore(axis.score),
        level: axis.level,
      })),
    },
    perception: null,
    results: null,
    instrument: { id: instrument.id, version: instrument.version },
    ...(input.responses ? { responses: input.responses } : {}),
  };
}
