import { dsvFormat, type DSV } from 'd3-dsv';
import {
  canOpen,
  type CsvEncoding,
  CsvTranscoder,
  openingOf,
} from './csv-opening.ts';
import { recordEnd } from './csv-record-end.ts';
import { type Delimiter, detectDelimiter } from './delimited.ts';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * The longest record kept in memory while its closing quote is awaited.
 * Past it the quote is taken as never closed, so that one stray quote
 * cannot make a stream hold the rest of a large file.
 */
export const MAX_RECORD_BYTES = 1 << 20;

/** Where the records a `CsvScanner` finds go. */
export interface CsvSink {
  /** The first record that is not blank, its line and its separator. */
  header(names: string[], line: number, delimiter: Delimiter): void;
  /**
   * A record without quotes: field `i` is `bytes[starts[i]..ends[i])`.
   * The arrays are reused for the next record.
   */
  bytes(
    bytes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    count: number,
    line: number,
  ): void;
  /** A record with quotes, split by d3-dsv. */
  text(fields: string[], line: number): void;
  /**
   * A record that cannot be split: why, and what of it was skipped
   * (`line skipped`), or empty when the whole record was.
   */
  broken(line: number, reason: string, skipped: string): void;
  /**
   * A chance to read the record at `pos` faster than by splitting it:
   * returns where the next record starts, having read this one, or -1
   * to have it split as usual. It may take only a record that ends with
   * a line feed within `bytes`.
   */
  quick?(bytes: Uint8Array, pos: number, line: number): number;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Splits a CSV byte stream into records, in chunks of any size, keeping
 * only the unfinished record between chunks. It drops a UTF-8 byte order
 * mark, reads a file that is not UTF-8 as Windows-1252 and one whose
 * lines end with a lone CR as if they ended with LF (see `openingOf`),
 * takes `;` or `,` as the separator (whichever the header uses more),
 * strips the carriage return of CRLF line ends, skips blank lines and
 * counts lines, so each record is named by the file line it starts on.
 * Records without quotes are split here, byte by byte; records with
 * quotes are decoded and split by d3-dsv.
 */
export class CsvScanner {
  #sink: CsvSink;
  #decoder = new TextDecoder();
  #dsv: DSV | undefined;
  #delimiter = -1;
  #starts: Int32Array = new Int32Array(64);
  #ends: Int32Array = new Int32Array(64);
  #rest: Uint8Array | undefined;
  #line = 1;
  #held: Uint8Array | undefined = new Uint8Array(0);
  #transcoder: CsvTranscoder | undefined;
  #encoding: CsvEncoding = 'utf-8';
  #skipping = false;
  #stopped = false;

  constructor(sink: CsvSink) {
    this.#sink = sink;
  }

  /** Whether a header has been read. */
  get started(): boolean {
    return this.#delimiter >= 0;
  }

  /** The encoding the file is read in, once its first line is read. */
  get encoding(): CsvEncoding {
    return this.#encoding;
  }

  /** Reads no further input: what was pushed after is ignored. */
  stop(): void {
    this.#stopped = true;
    this.#rest = undefined;
  }

  /** Reads the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    if (this.#stopped) return;
    const bytes = this.#opened(chunk, false);
    if (bytes) this.#feed(bytes);
  }

  /**
   * The bytes to read, converted as the file's first bytes say; while
   * those are too few to tell (before the first line end), `undefined`,
   * holding them.
   */
  #opened(chunk: Uint8Array, last: boolean): Uint8Array | undefined {
    const held = this.#held;
    if (!held) return this.#convert(chunk);
    const bytes = held.length ? concat(held, chunk) : chunk;
    if (!last && !canOpen(bytes, MAX_RECORD_BYTES)) {
      this.#held = bytes === chunk ? chunk.slice() : bytes;
      return undefined;
    }
    this.#held = undefined;
    const opening = openingOf(bytes);
    this.#encoding = opening.encoding;
    this.#transcoder = new CsvTranscoder(opening);
    return this.#convert(opening.bom ? bytes.subarray(3) : bytes);
  }

  #convert(bytes: Uint8Array): Uint8Array {
    const transcoder = this.#transcoder as CsvTranscoder;
    return transcoder.identity ? bytes : transcoder.convert(bytes);
  }

  #feed(chunk: Uint8Array): void {
    const bytes = this.#rest ? this.#joinRest(chunk) : chunk;
    this.#scan(bytes, false);
  }

  /**
   * Ends the record left over from the last chunk with the first line
   * of `chunk`, so that only that much is copied, and gives what of
   * `chunk` remains to be read.
   */
  #joinRest(chunk: Uint8Array): Uint8Array {
    const rest = this.#rest as Uint8Array;
    this.#rest = undefined;
    const lf = chunk.indexOf(LF);
    if (lf < 0) return concat(rest, chunk);
    this.#scan(concat(rest, chunk.subarray(0, lf + 1)), false);
    const more = chunk.subarray(lf + 1);
    if (!this.#rest) return more;
    const unfinished = this.#rest;
    this.#rest = undefined;
    return concat(unfinished, more);
  }

  /** Reads what is left after the last chunk: the input has ended. */
  finish(): void {
    if (this.#stopped) return;
    if (this.#held) this.#feed(this.#opened(new Uint8Array(0), true)!);
    if (this.#stopped) return;
    const rest = this.#rest ?? new Uint8Array(0);
    this.#rest = undefined;
    this.#scan(rest, true);
    this.#stopped = true;
  }

  #scan(b: Uint8Array, last: boolean): void {
    let pos = this.#skipping ? this.#skipped(b) : 0;
    while (pos < b.length && !this.#stopped) {
      let next = -1;
      if (this.#delimiter >= 0) {
        next = this.#sink.quick?.(b, pos, this.#line) ?? -1;
        if (next >= 0) this.#line += 1;
        else next = this.#plain(b, pos);
      }
      if (next < 0) next = this.#quoted(b, pos, last);
      if (next < 0) break;
      pos = next;
    }
    if (pos < b.length && !this.#stopped) this.#rest = b.slice(pos);
  }

  /** Where the line being skipped ends in `b`, or its end. */
  #skipped(b: Uint8Array): number {
    const lf = b.indexOf(LF);
    if (lf < 0) return b.length;
    this.#skipping = false;
    this.#line += 1;
    return lf + 1;
  }

  /**
   * Splits the record at `pos` if it has no quote and ends in these
   * bytes; returns where the next one starts, else -1.
   */
  #plain(b: Uint8Array, pos: number): number {
    const d = this.#delimiter;
    let starts = this.#starts;
    let ends = this.#ends;
    let count = 0;
    let from = pos;
    for (let i = pos; i < b.length; i += 1) {
      const c = b[i] as number;
      if (c !== d && c !== LF) {
        if (c === QUOTE) return -1;
        continue;
      }
      if (count + 1 >= starts.length) {
        starts = this.#starts = grow(starts);
        ends = this.#ends = grow(ends);
      }
      let to = i;
      if (c === LF && to > from && b[to - 1] === CR) to -= 1;
      starts[count] = from;
      ends[count] = to;
      count += 1;
      from = i + 1;
      if (c === LF) {
        if (count > 1 || to > starts[0]!) {
          this.#sink.bytes(b, starts, ends, count, this.#line);
        }
        this.#line += 1;
        return from;
      }
    }
    return -1;
  }

  /**
   * Reads the record at `pos` whatever its quotes; returns where the next
   * one starts, or -1 when it needs more bytes.
   */
  #quoted(b: Uint8Array, pos: number, last: boolean): number {
    const found = recordEnd(b, pos, this.#delimiter);
    const tooLong = found.end - pos > MAX_RECORD_BYTES;
    if (!found.complete && !last && !tooLong) return -1;

    const line = this.#line;
    if (!found.complete && (found.open || !last)) {
      this.#unended(line, found.open, last);
      return this.#skipLine(b, pos, found.open);
    }

    this.#line += 1 + found.lines;
    let text = this.#decoder.decode(b.subarray(pos, found.end));
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (found.stray) {
      this.#sink.broken(line, 'characters after a closing quote', '');
    } else if (text.trim() !== '') {
      this.#record(text, line);
    }
    return found.complete ? found.end + 1 : b.length;
  }

  /**
   * Reports a record with no end in sight: the input ended inside a
   * quoted field (`open` and `last`), or the record runs past
   * `MAX_RECORD_BYTES`, within a quoted field (which may close later)
   * or on one line. Of a quoted one, only the first line is skipped.
   */
  #unended(line: number, open: boolean, last: boolean): void {
    const most = `${MAX_RECORD_BYTES} bytes`;
    if (open && last) {
      this.#sink.broken(line, 'a quote opened on this line is never ' +
        'closed', 'line skipped');
    } else if (open) {
      this.#sink.broken(line, `a record longer than ${most}: a quoted ` +
        'field runs past it', 'its first line skipped');
    } else {
      this.#sink.broken(line, `a line longer than ${most}`, 'skipped');
    }
  }

  /**
   * Skips the line at `pos`. When it ends beyond these bytes, what
   * follows up to its line feed is dropped as it arrives.
   */
  #skipLine(b: Uint8Array, pos: number, quoted: boolean): number {
    const lf = quoted ? b.indexOf(LF, pos) : -1;
    if (lf >= 0) {
      this.#line += 1;
      return lf + 1;
    }
    this.#skipping = true;
    return b.length;
  }

  #record(text: string, line: number): void {
    if (!this.#dsv) {
      const delimiter = detectDelimiter(text);
      this.#dsv = dsvFormat(delimiter);
      this.#delimiter = delimiter.charCodeAt(0);
      const names = this.#dsv.parseRows(text)[0] ?? [];
      this.#sink.header(names, line, delimiter);
      return;
    }
    const rows = this.#dsv.parseRows(text);
    if (rows.length === 1) this.#sink.text(rows[0] as string[], line);
    else this.#sink.broken(line, 'a carriage return inside the record', '');
  }
}

function grow(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
