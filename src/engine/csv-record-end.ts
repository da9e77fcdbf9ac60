const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Where a record ends, as `recordEnd` finds it. */
export interface RecordEnd {
  /** Index of the line feed that ends it, else of the end of the bytes. */
  end: number;
  /** Whether a line feed ends it. */
  complete: boolean;
  /** Whether the bytes end inside a quoted field. */
  open: boolean;
  /** Line feeds inside its quoted fields. */
  lines: number;
  /** Characters between a closing quote and the next separator. */
  stray: boolean;
}

function isSeparator(byte: number, delimiter: number): boolean {
  return delimiter < 0 ? byte === 44 || byte === 59 : byte === delimiter;
}

/**
 * Finds the end of the record at `from`, reading quotes as d3-dsv does:
 * a field that starts with a quote runs to the next lone quote, `""`
 * inside it being one quote. A negative `delimiter` stands for either
 * separator.
 */
export function recordEnd(
  b: Uint8Array,
  from: number,
  delimiter: number,
): RecordEnd {
  const n = b.length;
  const result = { end: n, complete: false, open: false, lines: 0,
    stray: false };
  let i = from;
  for (;;) {
    if (i < n && b[i] === QUOTE) {
      i += 1;
      while (i < n && (b[i] !== QUOTE || b[i + 1] === QUOTE)) {
        if (b[i] === LF) result.lines += 1;
        i += b[i] === QUOTE ? 2 : 1;
      }
      if (i >= n) return { ...result, open: true };
      i += 1;
      const next = b[i];
      const crlf = next === CR && b[i + 1] === LF;
      if (next !== undefined && next !== LF && !crlf &&
        !isSeparator(next, delimiter)) result.stray = true;
    }
    while (i < n && b[i] !== LF && !isSeparator(b[i] as number, delimiter)) {
      i += 1;
    }
    if (i >= n) return result;
    if (b[i] === LF) return { ...result, end: i, complete: true };
    i += 1;
  }
}
