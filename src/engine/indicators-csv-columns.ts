import type { ColumnSpec } from './table-columns.ts';

const text = (...header: string[]) => ({ header, type: 'text' as const });
const number = (...header: string[]) => ({
  header,
  type: 'number' as const,
});

/**
 * Polarity words accepted in the `polarity` column, compared as header
 * names are (no case, accents or `_`/`-`): the schema's `higher` and
 * `lower`, Spanish `mayor` and `menor`, and the words the results table
 * shows, "más es mejor", "higher is better" and their opposites.
 */
export const POLARITY_WORDS: Readonly<Record<string, 'higher' | 'lower'>> = {
  'higher': 'higher',
  'lower': 'lower',
  'mayor': 'higher',
  'menor': 'lower',
  'mas es mejor': 'higher',
  'menos es mejor': 'lower',
  'higher is better': 'higher',
  'lower is better': 'lower',
};

/**
 * The columns of an indicator set in CSV, one row per indicator, by the
 * key the reader uses. Each column has an English header and Spanish
 * ones; only `id`, `subdimension` and `polarity` are required. See
 * docs/results.md for what each holds.
 */
export const INDICATOR_CSV_COLUMNS = {
  id: { ...text('id', 'indicador'), required: true },
  subdimension: {
    ...text('subdimension', 'subdimensión', 'sub-dimension'),
    required: true,
  },
  nameEs: text('name_es', 'nombre', 'nombre_es'),
  nameEn: text('name_en', 'nombre_en'),
  unitEs: text('unit', 'unit_es', 'unidad', 'unidad_es'),
  unitEn: text('unit_en', 'unidad_en'),
  polarity: {
    ...text('polarity', 'polaridad'),
    required: true,
    words: {
      values: POLARITY_WORDS,
      listed: 'mayor or menor ("más es mejor", "menos es mejor"; in ' +
        'English higher or lower, "higher is better", "lower is better")',
    },
  },
  baselineValue: number('baseline_value', 'linea_base'),
  baselinePeriod: text('baseline_period', 'periodo_linea_base'),
  currentValue: number('current_value', 'valor_actual'),
  currentPeriod: text('current_period', 'periodo_actual'),
  targetValue: number('target_value', 'meta'),
  targetPeriod: text('target_period', 'periodo_meta'),
  peerAverage: number('peer_average', 'promedio_pares'),
  peerBest: number('peer_best', 'mejor_nacional'),
  peerValues: {
    header: ['peer_values', 'valores_pares'],
    type: 'numbers' as const,
  },
  selfRatedLevel: number('self_rated_level', 'nivel_autoevaluado'),
  justification: text('justification', 'justificacion'),
  source: text('source', 'fuente'),
} satisfies Record<string, ColumnSpec>;

/** The values of one row of an indicator set CSV. */
export type IndicatorCsvColumns = typeof INDICATOR_CSV_COLUMNS;
