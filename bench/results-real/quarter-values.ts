// The MinTIC file's values by quarter and municipality, with every
// municipality-quarter that the file gives more than once. A repeat
// whose copies all hold the same value is harmless and that value is
// used; when the copies disagree, none is used (the municipality has no
// value for that quarter), since nothing says which copy is right.

/** One row of the MinTIC file, as the table reader gives it. */
export interface QuarterRow {
  row: number;
  values: {
    year: number | null;
    quarter: number | null;
    code: string | null;
    value: number | null;
  };
}

/** A municipality-quarter the file gives more than once. */
export interface Duplicate {
  code: string;
  /** The quarter as a period, e.g. `2019-Q4`. */
  period: string;
  /** The file's row numbers of every copy (the header is row 1). */
  rows: number[];
  /** The value of each copy, in the same order. */
  values: (number | null)[];
  /** Whether the copies agree, so that their one value is used. */
  used: boolean;
}

/** Each quarter's values: period → DIVIPOLA code → value. */
export type QuarterValues = Map<string, Map<string, number | null>>;

/** The period text of a year and quarter: `2019-Q4`. */
export const quarterPeriod = (year: number, quarter: number) =>
  `${year}-Q${quarter}`;

/**
 * The values of `rows` by quarter and code, and the municipality-quarters
 * given more than once, in the order the file first gives them.
 */
export function valuesByQuarter(rows: readonly QuarterRow[]): {
  values: QuarterValues;
  duplicates: Duplicate[];
} {
  const copies = new Map<string, Map<string, QuarterRow[]>>();
  for (const row of rows) {
    const { year, quarter, code } = row.values;
    if (year === null || quarter === null || code === null) continue;
    const period = quarterPeriod(year, quarter);
    const codes = copies.get(period) ?? new Map<string, QuarterRow[]>();
    copies.set(period, codes);
    codes.set(code, [...codes.get(code) ?? [], row]);
  }

  const values: QuarterValues = new Map();
  const duplicates: Duplicate[] = [];
  for (const [period, codes] of copies) {
    const byCode = new Map<string, number | null>();
    values.set(period, byCode);
    for (const [code, found] of codes) {
      const all = found.map((r) => r.values.value);
      const used = all.every((value) => value === all[0]);
      byCode.set(code, used ? all[0] ?? null : null);
      if (found.length > 1) {
        duplicates.push({ code, period, rows: found.map((r) => r.row),
          values: all, used });
      }
    }
  }
  duplicates.sort((a, b) => a.rows[0]! - b.rows[0]!);
  return { values, duplicates };
}
