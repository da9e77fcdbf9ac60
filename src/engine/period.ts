import type { Period } from './schema/indicators.ts';

/** The months a period spans, counted from January of year 0. */
export interface PeriodMonths {
  first: number;
  last: number;
}

/**
 * The months a period spans: `2023` is January to December, `2019-Q4`
 * October to December, `2022-S1` January to June, `2023-07` July alone.
 * Throws a `RangeError` for a text that is not a period.
 */
export function periodMonths(period: Period): PeriodMonths {
  const pattern = /^(\d{4})(?:-(?:Q([1-4])|S([12])|(0[1-9]|1[0-2])))?$/;
  const match = pattern.exec(period);
  if (!match) throw new RangeError(`periodMonths: not a period: ${period}`);

  const [, year, quarter, semester, month] = match;
  const start = Number(year) * 12;
  const span = (index: number, length: number) => ({
    first: start + (index - 1) * length,
    last: start + index * length - 1,
  });
  if (quarter) return span(Number(quarter), 3);
  if (semester) return span(Number(semester), 6);
  if (month) return span(Number(month), 1);
  return span(1, 12);
}

/**
 * A period as a spreadsheet may write it, in the form the schema takes:
 * `2019 T4`, `2019-t4` or `2019T4` (trimestre) and `2019 Q4` become
 * `2019-Q4`; `2022 S1` becomes `2022-S1`. Any other text is returned
 * as it is, for the schema to judge.
 */
export function periodFromText(text: string): string {
  const match = /^\s*(\d{4})\s*[-\s]?\s*([TQS])\s*([1-4])\s*$/i.exec(text);
  if (!match) return text;
  const [, year, kind, index] = match;
  const letter = kind!.toUpperCase() === 'S' ? 'S' : 'Q';
  return `${year}-${letter}${index}`;
}
