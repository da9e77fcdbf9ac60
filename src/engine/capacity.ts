import { checklistScore } from './checklist.ts';
import { isValidAnswer } from './items.ts';
import { levelOf, mean, weightedMean } from './levels.ts';
import type { Capacity, Instrument } from './schema/instrument.ts';
import type {
  AxisResult,
  CapacityResult,
  CapacityScore,
} from './schema/result.ts';
import type { CapacityResponses } from './schema/responses.ts';

/** A rubric's score: the level answered, if it is one of the scale. */
function rubricScore(answer: unknown, levels: number): number | null {
  return typeof answer === 'number' && isValidAnswer('rubric', answer, levels)
    ? answer
    : null;
}

/**
 * A checklist's statements as scoring sees them: "not applicable" ones
 * left out, unanswered ones counted as not met. `null` until at least one
 * statement has an answer other than "not applicable".
 */
function checklistStates(
  capacity: Extract<Capacity, { kind: 'checklist' }>,
  responses: CapacityResponses,
) {
  const applicable = capacity.statements.filter(
    (s) => responses[s.id] !== 'na',
  );
  const answered = applicable.some((s) => responses[s.id] !== undefined);
  if (!answered) return null;
  return applicable.map((s) => ({
    level: s.level,
    met: responses[s.id] === 'met',
  }));
}

function scoreOne(
  capacity: Capacity,
  instrument: Instrument,
  responses: CapacityResponses,
): CapacityScore {
  const ids = capacity.kind === 'rubric'
    ? [capacity.id]
    : capacity.statements.map((s) => s.id);
  const answered = ids.filter((id) => responses[id] !== undefined).length;

  let score: number | null;
  if (capacity.kind === 'rubric') {
    score = rubricScore(responses[capacity.id], instrument.levels);
  } else {
    const states = checklistStates(capacity, responses);
    score = states && checklistScore(
      states,
      instrument.levels,
      instrument.checklistRule,
    );
  }

  const level = levelOf(score, instrument.levels);
  return { id: capacity.id, score, level, answered, total: ids.length };
}

/**
 * Scores a capacity self-diagnosis: each capacity (rubric level or
 * checklist rule), each axis as the weighted mean of its capacities, and
 * the capacity measurement as the mean of the axes that have data.
 */
export function scoreCapacity(
  instrument: Instrument,
  responses: CapacityResponses,
): CapacityResult {
  const axes: AxisResult[] = instrument.axes.map((axis) => {
    const capacities = axis.capacities.map((capacity) =>
      scoreOne(capacity, instrument, responses),
    );
    const score = weightedMean(
      capacities.map((c, i) => ({
        value: c.score,
        weight: axis.capacities[i]?.weight,
      })),
    );
    return {
      id: axis.id,
      score,
      level: levelOf(score, instrument.levels),
      answered: sum(capacities.map((c) => c.answered)),
      total: sum(capacities.map((c) => c.total)),
      capacities,
    };
  });

  const score = mean(axes.map((axis) => axis.score));
  return {
    score,
    level: levelOf(score, instrument.levels),
    answered: sum(axes.map((axis) => axis.answered)),
    total: sum(axes.map((axis) => axis.total)),
    axes,
    missing: axes.filter((axis) => axis.score === null).map((a) => a.id),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
