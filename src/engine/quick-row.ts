import { UNSPECIFIED } from './response-cells.ts';
import { SEGMENT_KEYS } from './schema/perception.ts';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** In `QuickRows`' kinds, a column that holds neither rating nor segment. */
export const OTHER_COLUMN = -1;

/** In `QuickRows`' kinds, the column that holds the segment. */
export const SEGMENT_COLUMN = -2;

const KEY_BYTES = SEGMENT_KEYS.map((key) => new TextEncoder().encode(key));

/**
 * The segment whose key `b[s..e)` spells exactly, as an index into
 * `SEGMENT_KEYS`; `UNSPECIFIED` when empty; -1 for anything else.
 */
export function segmentOfBytes(b: Uint8Array, s: number, e: number) {
  if (s === e) return UNSPECIFIED;
  for (let k = 0; k < UNSPECIFIED; k += 1) {
    const key = KEY_BYTES[k] as Uint8Array;
    if (key.length !== e - s) continue;
    let i = 0;
    while (i < key.length && key[i] === b[s + i]) i += 1;
    if (i === key.length) return k;
  }
  return -1;
}

/**
 * Reads the rows of a responses CSV in the common case in one pass over
 * their bytes: the header's number of fields, each rating empty or one
 * digit on the scale, the segment empty or a key, any field quoted or
 * not, as long as a quoted one holds no quote and no line break. Any
 * other row, and a row with neither a rating nor a segment (which may
 * be blank), is left to the full reader, which reports what is wrong,
 * so both read every row the same way.
 */
export class QuickRows {
  /** The segment of the row just read, as an index into `SEGMENT_KEYS`. */
  segment = UNSPECIFIED;

  /**
   * Where the row just read has each field that is not a rating: from
   * `starts[column]` to `ends[column]` in its bytes, quotes left out.
   */
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  #kinds: Int32Array;
  #ratings: Int32Array;
  #levels: number;
  #delimiter: number;

  /**
   * `kinds` holds, per column, the index in `ratings` its rating goes
   * to, `SEGMENT_COLUMN` or `OTHER_COLUMN`.
   */
  constructor(
    kinds: Int32Array,
    ratings: Int32Array,
    levels: number,
    delimiter: number,
  ) {
    this.#kinds = kinds;
    this.#ratings = ratings;
    this.#levels = Math.min(levels, 9);
    this.#delimiter = delimiter;
    this.starts = new Int32Array(kinds.length);
    this.ends = new Int32Array(kinds.length);
  }

  /** Reads the row at `pos`: where the next starts, or -1 if it cannot. */
  read(b: Uint8Array, pos: number): number {
    const kinds = this.#kinds;
    const ratings = this.#ratings;
    const levels = this.#levels;
    const d = this.#delimiter;
    const last = kinds.length - 1;
    let i = pos;
    let segment = UNSPECIFIED;
    let bad = 0;
    let rated = 0;
    for (let column = 0; column < last; column += 1) {
      const kind = kinds[column] as number;
      if (kind >= 0 && b[i] !== QUOTE) {
        // Without branches: ratings are close to random, so a branch per
        // cell would often be mispredicted. `bad` turns negative when a
        // cell is neither empty nor one digit 1..levels followed by `d`.
        const c = b[i] as number;
        const empty = ((c ^ d) - 1) >>> 31;
        const value = (c - 48) & (empty - 1);
        const next = (b[i + 1] as number) ^ d;
        bad |= (empty - 1) & ((value - 1) | (levels - value) | -next);
        ratings[kind] = value;
        rated |= value;
        i += 2 - empty;
        continue;
      }
      const quoted = b[i] === QUOTE;
      const s = quoted ? i + 1 : i;
      const e = quoted ? quotedEnd(b, s) : this.#fieldEnd(b, i);
      if (e < 0) return -1;
      i = quoted ? e + 1 : e;
      if (b[i] !== d) return -1;
      if (kind >= 0) {
        const value = ratingOf(b, s, e, levels);
        if (value < 0) return -1;
        ratings[kind] = value;
        rated |= value;
      } else {
        this.starts[column] = s;
        this.ends[column] = e;
        if (kind === SEGMENT_COLUMN) {
          segment = segmentOfBytes(b, s, e);
          if (segment < 0) return -1;
        }
      }
      i += 1;
    }

    if (bad < 0) return -1;
    const quoted = b[i] === QUOTE;
    const s = quoted ? i + 1 : i;
    let e = quoted ? quotedEnd(b, s) : this.#fieldEnd(b, i);
    if (e < 0) return -1;
    i = quoted ? e + 1 : e;
    if (quoted && b[i] === CR) i += 1;
    if (b[i] !== LF) return -1;
    if (!quoted && e > s && b[e - 1] === CR) e -= 1;
    const kind = kinds[last] as number;
    if (kind >= 0) {
      const value = ratingOf(b, s, e, levels);
      if (value < 0) return -1;
      ratings[kind] = value;
      rated |= value;
    } else {
      this.starts[last] = s;
      this.ends[last] = e;
      segment = kind === SEGMENT_COLUMN ? segmentOfBytes(b, s, e) : segment;
      if (segment < 0) return -1;
    }
    if (!rated && segment === UNSPECIFIED) return -1;
    this.segment = segment;
    return i + 1;
  }

  /** Where the field at `i` ends: a separator, line feed, quote or end. */
  #fieldEnd(b: Uint8Array, i: number): number {
    const d = this.#delimiter;
    const n = b.length;
    while (i < n) {
      const c = b[i];
      if (c === d || c === LF || c === QUOTE) return i;
      i += 1;
    }
    return i;
  }
}

/**
 * The closing quote of a quoted field whose text starts at `s`, or -1
 * when the field holds a line break or a quote, or ends past `b`.
 */
function quotedEnd(b: Uint8Array, s: number): number {
  const n = b.length;
  for (let i = s; i < n; i += 1) {
    const c = b[i];
    if (c === QUOTE) return b[i + 1] === QUOTE ? -1 : i;
    if (c === LF) return -1;
  }
  return -1;
}

/** The rating `b[s..e)` holds: 0 when empty, 1..levels, else -1. */
function ratingOf(b: Uint8Array, s: number, e: number, levels: number) {
  if (e === s) return 0;
  const value = (b[s] as number) - 48;
  return e - s === 1 && value >= 1 && value <= levels ? value : -1;
}
