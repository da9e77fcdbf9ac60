import type { CsvEncoding } from './csv-opening.ts';
import { emptyAggregate } from './perception-aggregate.ts';
import type { ColumnPlan } from './response-columns.ts';
import { rulesFor } from './response-mapping.ts';
import {
  ResponseCsvReader,
  type ResponseRow,
  type ResponseRowProblem,
} from './response-reader.ts';
import type { UnknownAnswers } from './row-faults.ts';
import type { ParseResult } from './schema/issues.ts';
import {
  type PerceptionAggregate,
  SEGMENT_KEYS,
  type SegmentCounts,
} from './schema/perception.ts';
import type { ResponseMapping } from './schema/response-mapping.ts';
import type { Survey } from './schema/survey.ts';
import { surveyLevels } from './survey-levels.ts';

/** How a `CsvAggregator` reads its file. */
export interface CsvAggregatorOptions {
  /** Points of the scale; by default the levels of the survey's edition. */
  levels?: number;
  /** How to read an export of another tool; without it, our format. */
  mapping?: ResponseMapping;
  /** Called with each skipped row as it is met. */
  problem?(problem: ResponseRowProblem): void;
}

/** What aggregating a responses file gives. */
export interface CsvAggregation {
  aggregate: PerceptionAggregate;
  /** What the header's columns were read as. */
  plan: ColumnPlan;
  /** Rows counted and rows skipped. */
  counted: number;
  skipped: number;
  /** The encoding the file was read in: see `openingOf`. */
  encoding: CsvEncoding;
  /** Answer texts that are neither a number nor known, by frequency. */
  unknownAnswers: UnknownAnswers;
}

/**
 * Counts a responses CSV into a perception aggregate as its chunks
 * arrive, straight into one flat table of counts per segment, so that
 * memory does not grow with the file. It counts as `aggregate` does:
 * one respondent in the row's segment, and for every statement of the
 * survey the row's rating, or "don't know" (cell 0) when the cell is
 * empty or the file has no column for it. Malformed rows are skipped
 * and reported.
 */
export class CsvAggregator {
  #aggregate: PerceptionAggregate;
  #survey: Survey;
  #reader: ResponseCsvReader;
  #cells: number;
  #tables: (Float64Array | undefined)[] = [];
  #respondents = new Float64Array(SEGMENT_KEYS.length);
  #rated: Int32Array = new Int32Array(0);
  #missing: Int32Array = new Int32Array(0);
  #counted = 0;
  #skipped = 0;

  constructor(survey: Survey, options: CsvAggregatorOptions = {}) {
    const levels = options.levels ?? surveyLevels(survey);
    this.#survey = survey;
    this.#aggregate = emptyAggregate(survey, levels);
    this.#cells = levels + 1;
    const { mapping } = options;
    this.#reader = new ResponseCsvReader({
      survey,
      levels,
      mapping,
      rules: rulesFor(levels, mapping, survey),
      start: (plan) => this.#start(plan),
      row: (row) => this.#count(row),
      problem: (problem) => {
        this.#skipped += 1;
        options.problem?.(problem);
      },
    });
  }

  /** Whether the file cannot be read: see what `finish` returns. */
  get failed(): boolean {
    return this.#reader.failed;
  }

  /** The encoding the file is read in, once its first line is read. */
  get encoding(): CsvEncoding {
    return this.#reader.encoding;
  }

  /** Reads the next chunk of the file. */
  push(chunk: Uint8Array): void {
    this.#reader.push(chunk);
  }

  /** Reads the end of the file and gives the aggregate. */
  finish(): ParseResult<CsvAggregation> {
    const done = this.#reader.finish();
    if (!done.ok) return done;
    return {
      ok: true,
      value: {
        aggregate: this.#result(),
        plan: done.value,
        counted: this.#counted,
        skipped: this.#skipped,
        encoding: this.#reader.encoding,
        unknownAnswers: this.#reader.unknownAnswers(),
      },
    };
  }

  #start(plan: ColumnPlan): void {
    const ids = this.#survey.statements.map((statement) => statement.id);
    this.#rated = Int32Array.from(plan.ratingStatements,
      (statement) => statement * this.#cells);
    this.#missing = Int32Array.from(plan.missing,
      (id) => ids.indexOf(id) * this.#cells);
  }

  #open(segment: number): Float64Array {
    const table = new Float64Array(this.#survey.statements.length *
      this.#cells);
    this.#tables[segment] = table;
    return table;
  }

  #count(row: ResponseRow): void {
    const segment = row.segment;
    const table = this.#tables[segment] ?? this.#open(segment);
    this.#respondents[segment]! += 1;
    const rated = this.#rated;
    const ratings = row.ratings;
    for (let k = 0; k < rated.length; k += 1) {
      table[(rated[k] as number) + (ratings[k] as number)]! += 1;
    }
    const missing = this.#missing;
    for (let k = 0; k < missing.length; k += 1) {
      table[missing[k] as number]! += 1;
    }
    this.#counted += 1;
  }

  /** The aggregate, its segments in the order of `SEGMENT_KEYS`. */
  #result(): PerceptionAggregate {
    const cells = this.#cells;
    for (const [segment, table] of this.#tables.entries()) {
      if (!table) continue;
      const counts: SegmentCounts['counts'] = {};
      this.#survey.statements.forEach((statement, i) => {
        counts[statement.id] = Array.from(
          table.subarray(i * cells, (i + 1) * cells));
      });
      const key = SEGMENT_KEYS[segment] as (typeof SEGMENT_KEYS)[number];
      this.#aggregate.segments[key] = {
        respondents: this.#respondents[segment] as number,
        counts,
      };
    }
    return this.#aggregate;
  }
}
