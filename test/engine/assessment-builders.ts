/**
 * Assessments for the import, strengths and gaps tests, small enough to
 * check by hand. Every score and level here is already settled: a
 * dimension is the mean of its sub-dimensions, a measurement the mean
 * of its dimensions or axes.
 */
import type { Assessment } from '../../src/engine/schema/assessment.ts';

/** The five enabling axes of the model, in its order. */
export const AXES = [
  'institutionality-innovation',
  'digital-infrastructure-interoperability',
  'leadership-human-capital',
  'technology-standards',
  'analytics-data-management',
];

/**
 * Capacity only, axes scored 1, 2, 3, 5 and 6: mean 17 / 5 = 3.4,
 * level 4.
 */
export function capacityOnly(): Assessment {
  const scores = [1, 2, 3, 5, 6];
  return {
    format: 'sctmm/assessment@1',
    edition: '2020',
    entity: { name: 'Municipio de Prueba', divipola: '25899' },
    measuredAt: '2026-11-30',
    capacity: {
      score: 3.4,
      level: 4,
      axes: AXES.map((id, i) => ({ id, score: scores[i]!, level: scores[i]! })),
    },
    perception: null,
    results: null,
  };
}

/**
 * All three measurements:
 * - perception: governance (gobierno-abierto 2, gobierno-digital 3 →
 *   2.5, level 3) and habitat (servicios-publicos 4 → 4, level 4);
 *   (2.5 + 4) / 2 = 3.25 → 3.3, level 4; 120 respondents;
 * - results: environment (gestion-de-residuos 4.4, cambio-climatico 5
 *   → 4.7, level 5) and people (educacion 2.2 → 2.2, level 3);
 *   (4.7 + 2.2) / 2 = 3.45 → 3.5, level 4;
 * - capacity as in `capacityOnly`: 3.4, level 4.
 */
export function complete(): Assessment {
  return {
    ...capacityOnly(),
    perception: {
      score: 3.3,
      level: 4,
      n: 120,
      dimensions: [
        { id: 'governance', score: 2.5, level: 3, subdimensions: [
          { id: 'gobierno-abierto', score: 2, level: 2 },
          { id: 'gobierno-digital', score: 3, level: 3 },
        ] },
        { id: 'habitat', score: 4, level: 4, subdimensions: [
          { id: 'servicios-publicos', score: 4, level: 4 },
        ] },
      ],
    },
    results: {
      score: 3.5,
      level: 4,
      dimensions: [
        { id: 'environment', score: 4.7, level: 5, subdimensions: [
          { id: 'gestion-de-residuos', score: 4.4, level: 5 },
          { id: 'cambio-climatico', score: 5, level: 5 },
        ] },
        { id: 'people', score: 2.2, level: 3, subdimensions: [
          { id: 'educacion', score: 2.2, level: 3 },
        ] },
      ],
    },
  };
}

/** A deep copy that a test may change freely. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
