import { dsvFormat } from 'd3-dsv';
import { type CsvAggregation, CsvAggregator } from './csv-aggregator.ts';
import type { CsvEncoding } from './csv-opening.ts';
import type { Delimiter } from './delimited.ts';
import { rulesFor } from './response-mapping.ts';
import {
  ResponseCsvReader,
  type ResponseRow,
  type ResponseRowProblem,
} from './response-reader.ts';
import type { ColumnPlan } from './response-columns.ts';
import type { UnknownAnswers } from './row-faults.ts';
import type { ParseResult } from './schema/issues.ts';
import { SEGMENT_KEYS } from './schema/perception.ts';
import type { ResponseMapping } from './schema/response-mapping.ts';
import {
  DONT_KNOW,
  type Rating,
  type Segment,
  type Survey,
} from './schema/survey.ts';
import { surveyLevels } from './survey-levels.ts';

/**
 * A response as a row of a responses CSV holds it: a `SurveyResponse`
 * without `format` and `survey`, whose `id` and `submittedAt` may be
 * empty. A statement whose cell is empty is `dont-know`; one the file
 * has no column for is absent.
 */
export interface CsvResponse {
  id: string;
  segment: Segment | null;
  submittedAt: string;
  answers: Record<string, Rating>;
}

/** How to read a responses CSV. */
export interface ReadResponsesOptions {
  /** Points of the scale; by default the levels of the survey's edition. */
  levels?: number;
  /** How to read an export of another tool; without it, our format. */
  mapping?: ResponseMapping;
}

/** What reading a responses CSV gives besides its responses. */
export interface ReadResponses {
  responses: CsvResponse[];
  /** The rows skipped, by line, with why. */
  problems: ResponseRowProblem[];
  /** What the header's columns were read as. */
  plan: ColumnPlan;
  /** The encoding the bytes were read in: see `openingOf`. */
  encoding: CsvEncoding;
  /** Answer texts that are neither a number nor known, by frequency. */
  unknownAnswers: UnknownAnswers;
}

/**
 * The columns of a responses CSV for `survey`: `id`, `segment`,
 * `submittedAt`, then one per statement id, in the survey's order.
 */
export function responseColumns(survey: Survey): string[] {
  return ['id', 'segment', 'submittedAt',
    ...survey.statements.map((statement) => statement.id)];
}

/** The header line of a responses CSV for `survey`, without a newline. */
export function templateHeader(
  survey: Survey,
  delimiter: Delimiter = ',',
): string {
  return dsvFormat(delimiter).formatRows([responseColumns(survey)]);
}

/** How `responsesToCsv` writes. */
export interface WriteResponsesOptions {
  delimiter?: Delimiter;
  /** Starts with a byte order mark, for spreadsheets. Off by default. */
  bom?: boolean;
}

/**
 * Writes responses as a responses CSV for `survey`: a header, then a row
 * per response with its id, segment (empty when unspecified), time and
 * one rating per statement, empty for "don't know" or no answer. Lines
 * end with `\n`; fields are quoted only when they need it.
 */
export function responsesToCsv(
  responses: Iterable<Partial<CsvResponse> & Pick<CsvResponse, 'answers'>>,
  survey: Survey,
  options: WriteResponsesOptions = {},
): string {
  const ids = survey.statements.map((statement) => statement.id);
  const rows = [responseColumns(survey)];
  for (const response of responses) {
    const cell = (id: string) => {
      const rating = Object.hasOwn(response.answers, id)
        ? response.answers[id] : undefined;
      return typeof rating === 'number' ? String(rating) : '';
    };
    rows.push([response.id ?? '', response.segment ?? '',
      response.submittedAt ?? '', ...ids.map(cell)]);
  }
  const text = dsvFormat(options.delimiter ?? ',').formatRows(rows);
  return `${options.bom ? '\ufeff' : ''}${text}\n`;
}

function bytesOf(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

function toResponse(row: ResponseRow, plan: ColumnPlan, survey: Survey) {
  const answers: Record<string, Rating> = {};
  plan.ratingStatements.forEach((statement, k) => {
    const rating = row.ratings[k] as number;
    const id = (survey.statements[statement] as { id: string }).id;
    answers[id] = rating === 0 ? DONT_KNOW : rating;
  });
  const key = SEGMENT_KEYS[row.segment];
  return {
    id: row.id(),
    segment: key === 'unspecified' || !key ? null : key,
    submittedAt: row.submittedAt(),
    answers,
  };
}

/**
 * Reads a responses CSV (text, or bytes in UTF-8 or Windows-1252) into
 * responses. The file
 * fails as a whole when it is empty or its header cannot be read; a
 * malformed row is skipped and listed in `problems` by its line.
 */
export function readResponsesCsv(
  input: string | Uint8Array,
  survey: Survey,
  options: ReadResponsesOptions = {},
): ParseResult<ReadResponses> {
  const levels = options.levels ?? surveyLevels(survey);
  const responses: CsvResponse[] = [];
  const problems: ResponseRowProblem[] = [];
  let plan: ColumnPlan | undefined;
  const reader = new ResponseCsvReader({
    survey,
    levels,
    mapping: options.mapping,
    rules: rulesFor(levels, options.mapping, survey),
    start: (started) => { plan = started; },
    row: (row) => {
      responses.push(toResponse(row, plan as ColumnPlan, survey));
    },
    problem: (problem) => problems.push(problem),
  });
  reader.push(bytesOf(input));
  const done = reader.finish();
  if (!done.ok) return done;
  return {
    ok: true,
    value: {
      responses,
      problems,
      plan: done.value,
      encoding: reader.encoding,
      unknownAnswers: reader.unknownAnswers(),
    },
  };
}

/**
 * Counts a responses CSV (text, or bytes in UTF-8 or Windows-1252) into
 * a perception
 * aggregate without building responses, as the command line does.
 * `problems` lists the rows skipped.
 */
export function aggregateResponsesCsv(
  input: string | Uint8Array,
  survey: Survey,
  options: ReadResponsesOptions = {},
): ParseResult<CsvAggregation & { problems: ResponseRowProblem[] }> {
  const problems: ResponseRowProblem[] = [];
  const aggregator = new CsvAggregator(survey, {
    ...options,
    problem: (problem) => problems.push(problem),
  });
  aggregator.push(bytesOf(input));
  const done = aggregator.finish();
  if (!done.ok) return done;
  return { ok: true, value: { ...done.value, problems } };
}
