import { CsvScanner } from '../engine/csv-scanner.ts';
import { CliError } from './errors.ts';
import { chunksOf, displayName } from './inputs.ts';

/**
 * The header of a CSV file (its first record that is not blank), read
 * without reading the rest of the file.
 */
export async function headerOf(path: string): Promise<string[]> {
  let header: string[] | undefined;
  const scanner = new CsvScanner({
    header: (names) => {
      header = names;
      scanner.stop();
    },
    bytes: () => undefined,
    text: () => undefined,
    broken: () => undefined,
  });
  for await (const chunk of chunksOf(path)) {
    scanner.push(chunk);
    if (header) break;
  }
  scanner.finish();
  if (!header) throw new CliError(`${displayName(path)}: the file is empty`);
  return header;
}
