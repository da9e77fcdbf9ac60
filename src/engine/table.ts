import {
  type Delimiter,
  type RowProblem,
  readDelimited,
} from './delimited.ts';
import { type DecimalMark, inferDecimal } from './locale-number.ts';
import {
  type ColumnSpecs,
  DEFAULT_MISSING,
  findColumn,
  firstName,
  numberTexts,
  readCell,
  type TableValues,
} from './table-columns.ts';

/** Choices for `readTable`. */
export interface TableOptions<C extends ColumnSpecs> {
  columns: C;
  /** The field separator; found by `detectDelimiter` by default. */
  delimiter?: Delimiter;
  /**
   * The decimal mark of the whole file. By default it is inferred once
   * from every number cell of the file (`inferDecimal`); on a tie it
   * follows the delimiter: `,` in a `;` file, `.` in a `,` file.
   */
  decimal?: DecimalMark;
  /** Cell texts that mean "no value", compared without case. */
  missing?: readonly string[];
}

/** A table read from CSV: the rows it could read and why others failed. */
export interface Table<C extends ColumnSpecs> {
  delimiter: Delimiter;
  /** The decimal mark every number of the file was read with. */
  decimal: DecimalMark;
  rows: { row: number; values: TableValues<C> }[];
  problems: RowProblem[];
}

/**
 * Reads a CSV export into typed rows: the delimiter detected, a BOM
 * dropped, each column found by any of its header names, numbers read
 * with the file's one decimal mark, codes kept as strings. A row with a
 * cell that cannot be read (a number written with the other mark among
 * them) is left out and reported, one problem per cell; a required
 * column that is missing is reported at row 1 and no row is read.
 */
export function readTable<C extends ColumnSpecs>(
  text: string,
  options: TableOptions<C>,
): Table<C> {
  const parsed = readDelimited(text, options.delimiter);
  const table: Table<C> = {
    delimiter: parsed.delimiter,
    decimal: options.decimal ?? (parsed.delimiter === ';' ? ',' : '.'),
    rows: [],
    problems: [...parsed.problems],
  };
  if (parsed.problems.some((problem) => problem.row === 1)) return table;

  const missing = new Set(
    (options.missing ?? DEFAULT_MISSING).map((m) => m.toLowerCase()),
  );
  const cellText = (fields: string[], at: number | undefined) => {
    const text = at === undefined ? '' : (fields[at] ?? '').trim();
    return missing.has(text.toLowerCase()) ? '' : text;
  };

  const columns = Object.entries(options.columns).map(([key, spec]) => {
    const found = findColumn(parsed.header, spec);
    const at = found < 0 ? undefined : found;
    const name = at === undefined ? firstName(spec) : parsed.header[at]!;
    return { key: key as keyof C, spec, at, name };
  });

  for (const column of columns) {
    if (column.at === undefined && column.spec.required) {
      table.problems.push({
        row: 1,
        column: column.name,
        reason: `missing column "${column.name}"`,
      });
    }
  }
  if (table.problems.some((problem) => problem.row === 1)) return table;

  if (!options.decimal) {
    const texts = parsed.records.flatMap((r) => columns.flatMap((c) =>
      numberTexts(cellText(r.fields, c.at), c.spec.type)));
    table.decimal = inferDecimal(texts) ?? table.decimal;
  }

  for (const { row, fields } of parsed.records) {
    const values: Record<string, unknown> = {};
    const before = table.problems.length;
    for (const { key, spec, at, name } of columns) {
      const cell = readCell(cellText(fields, at), spec, table.decimal, name);
      if ('reason' in cell) {
        table.problems.push({ row, column: name, reason: cell.reason });
      } else {
        values[key as string] = cell.value;
      }
    }
    if (table.problems.length === before) {
      table.rows.push({ row, values: values as TableValues<C> });
    }
  }

  table.problems.sort((a, b) => a.row - b.row);
  return table;
}
