import { CsvScanner } from '../engine/csv-scanner.ts';
import { CliError } from './errors.ts';
import { chunksOf, displayName } from './inputs.ts';

/** The rows after the header that `sampleOf` reads, at most. */
export const SAMPLE_ROWS = 500;

/** The header of a CSV file and its first rows. */
export interface CsvSample {
  header: string[];
  rows: string[][];
}

/**
 * The header of a CSV file (its first record that is not blank) and up
 * to `most` rows after it, read without reading the rest of the file.
 * Rows that cannot be split are left out. A file whose first record
 * cannot be read fails, saying why.
 */
export async function sampleOf(
  path: string,
  most = SAMPLE_ROWS,
): Promise<CsvSample> {
  const name = displayName(path);
  const decoder = new TextDecoder();
  let header: string[] | undefined;
  let fault: string | undefined;
  const rows: string[][] = [];
  const take = (row: string[]) => {
    rows.push(row);
    if (rows.length >= most) scanner.stop();
  };
  const scanner: CsvScanner = new CsvScanner({
    header: (names) => {
      header = names;
      if (most <= 0) scanner.stop();
    },
    bytes: (b, starts, ends, count) => take(Array.from({ length: count },
      (_, i) => decoder.decode(b.subarray(starts[i], ends[i])))),
    text: (fields) => take(fields),
    broken: (line, reason) => {
      if (header) return;
      fault = `${name}:${line}: the header cannot be read: ${reason}`;
      scanner.stop();
    },
  });
  for await (const chunk of chunksOf(path)) {
    scanner.push(chunk);
    if (fault || rows.length >= most) break;
  }
  scanner.finish();
  if (fault) throw new CliError(fault);
  if (!header) throw new CliError(`${name}: the file is empty`);
  return { header, rows };
}
