import type {
  IndicatorDefinition,
  Polarity,
} from '../../schema/indicators.ts';

/** A text in Spanish and English. */
export type Pair = readonly [es: string, en: string];

/**
 * A catalogue entry from its parts: id, sub-dimension, name and unit as
 * `[es, en]` pairs, and polarity.
 */
export function define(
  id: string,
  subdimension: string,
  [nameEs, nameEn]: Pair,
  [unitEs, unitEn]: Pair,
  polarity: Polarity,
): IndicatorDefinition {
  return {
    id,
    subdimension,
    name: { es: nameEs, en: nameEn },
    unit: { es: unitEs, en: unitEn },
    polarity,
  };
}

/** Units several dimensions share. */
export const units = {
  percentOfResidents: ['% de la población', '% of residents'],
  per10k: ['por cada 10.000 habitantes', 'per 10,000 residents'],
  per100k: ['por cada 100.000 habitantes', 'per 100,000 residents'],
} as const satisfies Record<string, Pair>;
