import { dsvFormat } from 'd3-dsv';
import { detectDelimiter } from './detect-delimiter.ts';

/** The field separators read: `;` (Spanish spreadsheets) and `,`. */
export type Delimiter = ';' | ',';

/**
 * A row that could not be read. `row` counts records as a spreadsheet
 * numbers them: the header is row 1, the first data row is row 2 (a
 * quoted field that spans lines is still one row).
 */
export interface RowProblem {
  row: number;
  /** The column at fault, as the file names it, when there is one. */
  column?: string;
  /** What is wrong, in plain English. */
  reason: string;
}

/** A delimited text split into its header and records. */
export interface DelimitedText {
  delimiter: Delimiter;
  header: string[];
  /** The records that have the header's number of fields. */
  records: { row: number; fields: string[] }[];
  /** Records with another number of fields; they are left out. */
  problems: RowProblem[];
}

/** Drops a UTF-8 byte order mark, as spreadsheets write it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export { detectDelimiter };

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

/**
 * Splits a CSV text into header and records with d3-dsv: drops a BOM,
 * detects the delimiter unless given, skips blank lines, and reports
 * the records whose number of fields differs from the header's (empty
 * fields past the header's end are forgiven).
 */
export function readDelimited(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
): DelimitedText {
  const all = dsvFormat(delimiter).parseRows(stripBom(text));
  const header = (all[0] ?? []).map((name) => name.trim());
  const result: DelimitedText = {
    delimiter, header, records: [], problems: [],
  };
  if (isBlank(header)) {
    result.problems.push({ row: 1, reason: 'the file has no header row' });
    return result;
  }

  all.slice(1).forEach((fields, i) => {
    const row = i + 2;
    if (isBlank(fields)) return;
    const extra = fields.slice(header.length);
    if (fields.length < header.length || !isBlank(extra)) {
      result.problems.push({
        row,
        reason: `expected ${header.length} fields, got ${fields.length}`,
      });
      return;
    }
    result.records.push({ row, fields: fields.slice(0, header.length) });
  });
  return result;
}
