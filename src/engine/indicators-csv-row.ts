import type { RowProblem } from './delimited.ts';
import {
  type IndicatorCsvColumns,
  POLARITY_WORDS,
} from './indicators-csv-columns.ts';
import { periodFromText } from './period.ts';
import { headerKey, type TableValues } from './table-columns.ts';

/** A problem of a cell, before its row is known. */
export type CellProblem = Omit<RowProblem, 'row'>;

/** The values of one row, as the table reader gives them. */
export type IndicatorCsvRow = TableValues<IndicatorCsvColumns>;

/** Drops the keys whose value is `undefined`. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  );
}

function observation(value: number | null, period: string | null) {
  return { value, period: period === null ? null : periodFromText(period) };
}

/**
 * The indicator a row describes, for the schema to check: measured
 * unless it has a self-rated level.
 */
export function toIndicator(row: IndicatorCsvRow): Record<string, unknown> {
  const selfRated = row.selfRatedLevel === null ? undefined : {
    level: row.selfRatedLevel,
    justification: row.justification ?? '',
  };
  const measured = !selfRated;
  const hasBaseline = row.baselineValue !== null || !!row.baselinePeriod;
  const hasCurrent = row.currentValue !== null || !!row.currentPeriod;
  const hasTarget = row.targetValue !== null || !!row.targetPeriod;
  const hasPeers = row.peerAverage !== null || row.peerBest !== null;
  const polarity = row.polarity ?? '';

  return compact({
    id: row.id,
    subdimension: row.subdimension,
    name: { es: row.nameEs ?? row.nameEn, en: row.nameEn ?? row.nameEs },
    unit: { es: row.unitEs ?? row.unitEn, en: row.unitEn ?? row.unitEs },
    polarity: POLARITY_WORDS[headerKey(polarity)] ?? polarity,
    source: row.source ?? undefined,
    baseline: measured || hasBaseline
      ? observation(row.baselineValue, row.baselinePeriod)
      : undefined,
    current: measured || hasCurrent
      ? observation(row.currentValue, row.currentPeriod)
      : undefined,
    target: hasTarget
      ? observation(row.targetValue, row.targetPeriod)
      : undefined,
    peers: hasPeers
      ? { average: row.peerAverage, best: row.peerBest }
      : undefined,
    peerValues: row.peerValues ?? undefined,
    selfRated,
  });
}

/**
 * What the CSV leaves empty that an indicator needs: a name and a unit
 * in at least one language, and the justification of a self-rating.
 */
export function emptyTexts(row: IndicatorCsvRow): CellProblem[] {
  const empty: CellProblem[] = [];
  if (row.nameEs === null && row.nameEn === null) {
    empty.push({ column: 'name_es', reason: 'the name is empty' });
  }
  if (row.unitEs === null && row.unitEn === null) {
    empty.push({ column: 'unit', reason: 'the unit is empty' });
  }
  if (row.selfRatedLevel !== null && row.justification === null) {
    empty.push({
      column: 'justification',
      reason: 'the self-rating has no justification',
    });
  }
  return empty;
}
