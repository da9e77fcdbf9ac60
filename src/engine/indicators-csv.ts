import type { Delimiter, RowProblem } from './delimited.ts';
import { csvText } from './csv-text.ts';
import { modelForEdition } from './editions.ts';
import { INDICATOR_CSV_COLUMNS } from './indicators-csv-columns.ts';
import { emptyTexts, toIndicator } from './indicators-csv-row.ts';
import type { DecimalMark } from './locale-number.ts';
import { indicatorSetIssues } from './parse-indicators.ts';
import type { Entity } from './schema/assessment.ts';
import {
  INDICATOR_SET_FORMAT,
  type Indicator,
  IndicatorSchema,
  type IndicatorSet,
} from './schema/indicators.ts';
import { issueToString, safeParse } from './schema/issues.ts';
import type { Model } from './schema/model.ts';
import { readTable } from './table.ts';

/** Choices for `indicatorSetFromCsv`. */
export interface IndicatorCsvOptions {
  /** The entity the indicators belong to; the CSV does not say. */
  entity?: Entity;
  /** The model edition; `2020` by default. */
  edition?: string;
  /** The model checked against; by default the edition's. */
  model?: Model;
  /** The field separator; detected by default. */
  delimiter?: Delimiter;
  /** The decimal mark; inferred once for the file by default. */
  decimal?: DecimalMark;
}

/** An indicator set read from CSV, and the rows that were left out. */
export interface IndicatorCsvResult {
  /** The indicators of the rows that could be read, all valid. */
  value: IndicatorSet;
  problems: RowProblem[];
  delimiter: Delimiter;
}

/**
 * Reads an indicator set from CSV (its text, or its bytes in UTF-8 or
 * Windows-1252), one row per indicator (columns in
 * `INDICATOR_CSV_COLUMNS`). A row is measured unless it has a
 * self-rated level; `peer_values` lists numbers separated by `|`; a
 * missing name or unit in one language takes the other's. Rows that
 * cannot be read, are invalid, repeat an id or name a sub-dimension the
 * model lacks are left out and reported with their row number.
 */
export function indicatorSetFromCsv(
  input: string | Uint8Array | ArrayBuffer,
  options: IndicatorCsvOptions = {},
): IndicatorCsvResult {
  const text = csvText(input, 'indicatorSetFromCsv');
  const table = readTable(text, {
    columns: INDICATOR_CSV_COLUMNS,
    delimiter: options.delimiter,
    decimal: options.decimal,
  });
  const problems = [...table.problems];

  const read: { row: number; indicator: Indicator }[] = [];
  for (const { row, values } of table.rows) {
    const empty = emptyTexts(values);
    if (empty.length) {
      problems.push(...empty.map((problem) => ({ row, ...problem })));
      continue;
    }
    const parsed = safeParse(IndicatorSchema, toIndicator(values));
    if (parsed.ok) read.push({ row, indicator: parsed.value });
    else {
      for (const issue of parsed.issues) {
        problems.push({ row, reason: issueToString(issue) });
      }
    }
  }

  const edition = options.edition ?? '2020';
  const set: IndicatorSet = {
    format: INDICATOR_SET_FORMAT,
    edition,
    ...(options.entity ? { entity: options.entity } : {}),
    indicators: read.map((r) => r.indicator),
  };
  const model = options.model ?? modelForEdition(edition);
  const left = new Set<number>();
  for (const issue of indicatorSetIssues(set, model)) {
    const at = Number(/^indicators\[(\d+)\]/.exec(issue.path)?.[1]);
    const path = issue.path.replace(/^indicators\[\d+\]\.?/, '');
    left.add(at);
    problems.push({
      row: read[at]?.row ?? 1,
      reason: issueToString({ path: path || 'row', message: issue.message }),
    });
  }
  set.indicators = set.indicators.filter((_, i) => !left.has(i));

  problems.sort((a, b) => a.row - b.row);
  return { value: set, problems, delimiter: table.delimiter };
}
