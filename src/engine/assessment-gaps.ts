import { scoreCapacity } from './capacity.ts';
import { keepValidAnswers } from './items.ts';
import { type AxisNextLevel, nextLevelGaps } from './next-level.ts';
import type { Assessment } from './schema/assessment.ts';
import type { Instrument } from './schema/instrument.ts';

/**
 * What each enabling axis needs to reach the level above its own, from
 * the answers an assessment carries (`responses`), with the instrument
 * they answer: the first of `instruments` whose id is the assessment's
 * `instrument.id`. `undefined` when the assessment carries no answers or
 * no such instrument is given. An axis whose answers give another level
 * than the assessment's is left out: they are not the answers it was
 * scored from.
 */
export function assessmentGaps(
  assessment: Assessment,
  instruments: readonly Instrument[],
): AxisNextLevel[] | undefined {
  const { capacity, responses } = assessment;
  const id = assessment.instrument?.id;
  const instrument = instruments.find((item) => item.id === id);
  if (!capacity || !responses || !instrument) return undefined;

  const answers = keepValidAnswers(instrument, responses);
  const result = scoreCapacity(instrument, answers);
  const levels = new Map(capacity.axes.map((axis) => [axis.id, axis.level]));
  return nextLevelGaps(instrument, answers, result).filter((next, a) =>
    levels.get(next.axisId) === result.axes[a]?.level);
}
