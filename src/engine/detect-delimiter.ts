import type { Delimiter } from './delimited.ts';

/** How many of each delimiter a record holds outside quotes. */
type Counts = Record<Delimiter, number>;

/** The most records after the header that detection looks at. */
const LOOK_AHEAD = 20;

/**
 * The delimiter counts of the first records of a text, header first:
 * quotes are followed, so a quoted field may hold delimiters and line
 * breaks; blank lines (and a byte order mark) are skipped.
 */
function firstRecords(text: string, most: number): Counts[] {
  const records: Counts[] = [];
  let counts: Counts = { ';': 0, ',': 0 };
  let quoted = false;
  let blank = true;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === '\n' || char === '\r')) {
      if (!blank) records.push(counts);
      if (records.length >= most) return records;
      counts = { ';': 0, ',': 0 };
      blank = true;
      continue;
    }
    if (!quoted && (char === ';' || char === ',')) counts[char]++;
    if (char.trim()) blank = false;
  }
  if (!blank) records.push(counts);
  return records;
}

/**
 * The separator of a delimited text, `;` or `,`. First, whichever gives
 * more of the first records after the header the header's number of
 * fields (a delimiter the header lacks does not count); then whichever
 * occurs more often in the header outside quotes; on a tie, `;` when
 * the header has one (a `,` in a Spanish header is more likely text),
 * else `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  const [header, ...rest] = firstRecords(text, LOOK_AHEAD + 1);
  if (!header) return ',';

  const fits = (delimiter: Delimiter) => header[delimiter] === 0 ? -1
    : rest.filter((record) => record[delimiter] === header[delimiter])
      .length;
  if (fits(';') !== fits(',')) return fits(';') > fits(',') ? ';' : ',';
  if (header[';'] !== header[',']) {
    return header[';'] > header[','] ? ';' : ',';
  }
  return header[';'] > 0 ? ';' : ',';
}
