import type { CsvEncoding } from './csv-opening.ts';
import { CsvScanner, type CsvSink } from './csv-scanner.ts';
import {
  OTHER_COLUMN,
  QuickRows,
  SEGMENT_COLUMN,
  segmentOfBytes,
} from './quick-row.ts';
import type { Delimiter } from './delimited.ts';
import { type ColumnPlan, planColumns } from './response-columns.ts';
import { type CellRules, UNSPECIFIED } from './response-cells.ts';
import { RowFaults, type UnknownAnswers } from './row-faults.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import type { ResponseMapping } from './schema/response-mapping.ts';
import type { Survey } from './schema/survey.ts';

/** A row of a responses file that was skipped, and why. */
export interface ResponseRowProblem {
  /** The line of the file the row starts on; the header is line 1. */
  line: number;
  reason: string;
}

/**
 * The row just read, valid only while the handler runs: its segment
 * (an index into `SEGMENT_KEYS`) and, for each column of
 * `plan.ratingColumns`, 0 for "don't know" or the rating.
 */
export interface ResponseRow {
  line: number;
  segment: number;
  ratings: Int32Array;
  /** The row's `id` cell, or empty. */
  id(): string;
  /** The row's `submittedAt` cell, or empty. */
  submittedAt(): string;
}

/** What a `ResponseCsvReader` is told to do with what it reads. */
export interface ResponseReaderOptions {
  survey: Survey;
  /** The points of the scale: ratings above it are errors. */
  levels: number;
  rules: CellRules;
  mapping?: ResponseMapping;
  /** Called with the plan once the header is read. */
  start?(plan: ColumnPlan): void;
  row(row: ResponseRow): void;
  problem(problem: ResponseRowProblem): void;
}

/**
 * Reads a responses CSV from chunks of bytes, with flat memory: each
 * valid row goes to `row` as it is read, each malformed one to `problem`
 * with its line and why (a wrong number of fields, a rating outside the
 * scale or not a number, an unknown segment, the header again); a
 * malformed row is never partly counted. Blank rows are skipped
 * silently, and so are empty fields after the header's last column.
 */
export class ResponseCsvReader {
  /** The separator the header uses, once it is read. */
  delimiter: Delimiter | undefined;

  #options: ResponseReaderOptions;
  #scanner: CsvScanner;
  #decoder = new TextDecoder();
  #plan: ColumnPlan | undefined;
  #issues: Issue[] | undefined;
  #ratings: Int32Array = new Int32Array(0);
  #bytes: Uint8Array = new Uint8Array(0);
  #starts: Int32Array = new Int32Array(0);
  #ends: Int32Array = new Int32Array(0);
  #fields: string[] | undefined;
  #quickRows: QuickRows | undefined;
  #faults = new RowFaults();
  #row: ResponseRow;

  constructor(options: ResponseReaderOptions) {
    this.#options = options;
    const sink: CsvSink = {
      header: (names, line, delimiter) =>
        this.#header(names, line, delimiter),
      bytes: (b, starts, ends, count, line) =>
        this.#readBytes(b, starts, ends, count, line),
      text: (fields, line) => this.#readText(fields, line),
      broken: (line, reason, skipped) => this.#broken(line, reason, skipped),
      quick: (b, pos, line) => this.#quick(b, pos, line),
    };
    this.#scanner = new CsvScanner(sink);
    this.#row = {
      line: 0, segment: UNSPECIFIED, ratings: this.#ratings,
      id: () => this.#cell(this.#plan?.id ?? -1),
      submittedAt: () => this.#cell(this.#plan?.submittedAt ?? -1),
    };
  }

  /** The header's plan, once it is read. */
  get plan(): ColumnPlan | undefined {
    return this.#plan;
  }

  /** Whether the file cannot be read: see what `finish` returns. */
  get failed(): boolean {
    return this.#issues !== undefined;
  }

  /** The encoding the file is read in: see `openingOf`. */
  get encoding(): CsvEncoding {
    return this.#scanner.encoding;
  }

  /**
   * The answer texts read so far that are neither a number nor known to
   * the rules, with how many cells held each, most frequent first.
   */
  unknownAnswers(): UnknownAnswers {
    return this.#faults.unknownAnswers();
  }

  /** Reads the next chunk of the file. */
  push(chunk: Uint8Array): void {
    this.#scanner.push(chunk);
  }

  /**
   * Reads the end of the file. Fails when the file is empty or its
   * header cannot be read; rows already handed out stay handed out.
   */
  finish(): ParseResult<ColumnPlan> {
    this.#scanner.finish();
    if (!this.#issues && !this.#plan) {
      this.#issues = [{ path: 'file', message: 'the file is empty: ' +
        'expected a header row and rows of responses' }];
    }
    if (this.#issues) return { ok: false, issues: this.#issues };
    return { ok: true, value: this.#plan as ColumnPlan };
  }

  #fail(line: number, issues: readonly Issue[]): void {
    this.#issues = issues.map((issue) => ({ ...issue, path: `line ${line}` }));
    this.#scanner.stop();
  }

  /** A record that cannot be split: the header's makes the file fail. */
  #broken(line: number, reason: string, skipped: string): void {
    if (!this.#scanner.started) {
      this.#fail(line, [{ path: '', message: 'the header cannot be ' +
        `read: ${reason}` }]);
      return;
    }
    const said = skipped ? `${reason}; ${skipped}` : reason;
    this.#options.problem({ line, reason: said });
  }

  #header(names: string[], line: number, delimiter: Delimiter): void {
    const planned = planColumns(names, this.#options.survey,
      this.#options.mapping);
    if (!planned.ok) {
      this.#fail(line, planned.issues);
      return;
    }
    this.#plan = planned.value;
    this.delimiter = delimiter;
    this.#ratings = new Int32Array(this.#plan.ratingColumns.length);
    this.#row.ratings = this.#ratings;
    if (this.#options.rules.plain) this.#startQuick(this.#plan, delimiter);
    this.#options.start?.(this.#plan);
  }

  #startQuick(plan: ColumnPlan, delimiter: Delimiter): void {
    const kinds = new Int32Array(plan.width).fill(OTHER_COLUMN);
    if (plan.segment >= 0) kinds[plan.segment] = SEGMENT_COLUMN;
    plan.ratingColumns.forEach((column, k) => { kinds[column] = k; });
    this.#quickRows = new QuickRows(kinds, this.#ratings,
      this.#options.levels, delimiter.charCodeAt(0));
  }

  #quick(b: Uint8Array, pos: number, line: number): number {
    const quick = this.#quickRows;
    if (!quick) return -1;
    const next = quick.read(b, pos);
    if (next < 0) return -1;
    this.#bytes = b;
    this.#starts = quick.starts;
    this.#ends = quick.ends;
    this.#fields = undefined;
    this.#emit(quick.segment, line);
    return next;
  }

  #cell(column: number): string {
    if (column < 0) return '';
    if (this.#fields) return this.#fields[column] ?? '';
    const s = this.#starts[column] as number;
    const e = this.#ends[column] as number;
    return this.#decoder.decode(this.#bytes.subarray(s, e));
  }

  #readBytes(
    b: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    count: number,
    line: number,
  ): void {
    const plan = this.#plan as ColumnPlan;
    if ((ends[count - 1] as number) - (starts[0] as number) === count - 1) {
      return;
    }
    this.#bytes = b;
    this.#starts = starts;
    this.#ends = ends;
    this.#fields = undefined;
    if (count !== plan.width && !this.#blankAfter(count)) {
      this.#wrongWidth(count, line);
      return;
    }
    if (this.#repeatsHeader(line)) return;

    const { rules, levels } = this.#options;
    let segment = UNSPECIFIED;
    if (plan.segment >= 0) {
      const s = starts[plan.segment] as number;
      const e = ends[plan.segment] as number;
      segment = rules.plain ? segmentOfBytes(b, s, e) : -1;
      if (segment < 0) segment = this.#segment(this.#cell(plan.segment));
    }

    const columns = plan.ratingColumns;
    const ratings = this.#ratings;
    for (let k = 0; k < columns.length; k += 1) {
      const column = columns[k] as number;
      const s = starts[column] as number;
      const e = ends[column] as number;
      if (rules.plain && e - s <= 1) {
        const value = e === s ? 0 : (b[s] as number) - 48;
        if (e === s || (value > 0 && value < 10 && value <= levels)) {
          ratings[k] = value;
          continue;
        }
      }
      ratings[k] = this.#rating(this.#cell(column), column);
    }
    if (this.#faults.any) this.#skip(line);
    else this.#emit(segment, line);
  }

  #readText(fields: string[], line: number): void {
    const plan = this.#plan as ColumnPlan;
    if (fields.every((field) => field.trim() === '')) return;
    this.#fields = fields;
    if (fields.length !== plan.width && !this.#blankAfter(fields.length)) {
      this.#wrongWidth(fields.length, line);
      return;
    }
    if (this.#repeatsHeader(line)) return;

    const segment = plan.segment < 0 ? UNSPECIFIED
      : this.#segment(fields[plan.segment] as string);
    const columns = plan.ratingColumns;
    for (let k = 0; k < columns.length; k += 1) {
      const column = columns[k] as number;
      this.#ratings[k] = this.#rating(fields[column] as string, column);
    }
    if (this.#faults.any) this.#skip(line);
    else this.#emit(segment, line);
  }

  /**
   * Whether the row read is the header again, as where two files were
   * joined into one; if so, it is reported. The header's first statement
   * column is compared first, so that other rows cost one cell.
   */
  #repeatsHeader(line: number): boolean {
    const plan = this.#plan as ColumnPlan;
    const same = (column: number) =>
      this.#cell(column).trim() === plan.names[column];
    if (!same(plan.ratingColumns[0] as number)) return false;
    for (let column = 0; column < plan.width; column += 1) {
      if (!same(column)) return false;
    }
    this.#options.problem({ line, reason: 'this line repeats the header ' +
      '(were files joined together?)' });
    return true;
  }

  #blankAfter(count: number): boolean {
    const width = (this.#plan as ColumnPlan).width;
    if (count < width) return false;
    for (let column = width; column < count; column += 1) {
      if (this.#cell(column).trim() !== '') return false;
    }
    return true;
  }

  #wrongWidth(count: number, line: number): void {
    const width = (this.#plan as ColumnPlan).width;
    this.#options.problem({
      line,
      reason: `expected ${width} fields, got ${count}`,
    });
  }

  #segment(text: string): number {
    const segment = this.#options.rules.segment(text);
    if (typeof segment === 'number') return segment;
    this.#faults.add(segment);
    return UNSPECIFIED;
  }

  #rating(text: string, column: number): number {
    const rating = this.#options.rules.rating(text);
    if (typeof rating === 'number') return rating;
    const name = (this.#plan as ColumnPlan).names[column] as string;
    this.#faults.cell(name, text, rating);
    return 0;
  }

  #skip(line: number): void {
    this.#options.problem({ line, reason: this.#faults.take() });
  }

  #emit(segment: number, line: number): void {
    const row = this.#row;
    row.line = line;
    row.segment = segment;
    this.#options.row(row);
  }
}
