import { MEASUREMENTS } from './maturity-index.ts';
import type { Assessment } from './schema/assessment.ts';
import type { Measurement } from './schema/model.ts';

/**
 * A part of an assessment that can be compared with the others: a
 * dimension as perception or results scored it, or an enabling axis as
 * the capacity self-diagnosis scored it. Every score lies on the same
 * scale, so parts of different measurements compare directly.
 */
export interface AssessedPart {
  measurement: Measurement;
  kind: 'dimension' | 'axis';
  id: string;
  score: number;
  level: number;
}

/** The weakest and the strongest parts, and how many had a score. */
export interface Strengths {
  weakest: AssessedPart[];
  strongest: AssessedPart[];
  scored: number;
}

/**
 * Every part with a score, in the model's order of measurements
 * (perception, results, capacity) and in the assessment's order within
 * each. A part without a score is left out.
 */
export function assessedParts(assessment: Assessment): AssessedPart[] {
  return MEASUREMENTS.flatMap((measurement) => {
    const part = assessment[measurement];
    if (!part) return [];
    const kind = measurement === 'capacity' ? 'axis' : 'dimension';
    const items = 'axes' in part ? part.axes : part.dimensions;
    return items.flatMap(({ id, score, level }) =>
      score === null || level === null ? []
        : [{ measurement, kind, id, score, level } as AssessedPart]);
  });
}

/**
 * The `count` weakest parts (lowest score first) and the `count`
 * strongest (highest first); equal scores keep the order of
 * `assessedParts`. No part is in both lists: with fewer than twice
 * `count` parts, each list takes half of them, rounded down.
 */
export function weakestAndStrongest(
  assessment: Assessment,
  count = 3,
): Strengths {
  const parts = assessedParts(assessment);
  const size = Math.min(count, Math.floor(parts.length / 2));
  const weakest = [...parts].sort((a, b) => a.score - b.score)
    .slice(0, size);
  const strongest = parts.filter((part) => !weakest.includes(part))
    .sort((a, b) => b.score - a.score)
    .slice(0, size);
  return {
    weakest,
    strongest,
    scored: parts.length,
  };
}
