import type { RowProblem } from '../../../engine/delimited.ts';
import { modelForEdition } from '../../../engine/editions.ts';
import { indicatorSetFromCsv } from '../../../engine/indicators-csv.ts';
import type { IndicatorSet } from '../../../engine/schema/indicators.ts';
import { DocumentError } from '../../shared/load-document.ts';
import { checkIndicators, editionIssue, rowIssue } from './check.ts';

/** How a document at `src` is written. */
export type SourceFormat = 'json' | 'csv';

/**
 * A document that is not JSON, served as `text/plain`, as
 * `application/octet-stream` or with no content type, from a URL with
 * neither `.json` nor `.csv`: it may be a CSV that nothing says is one.
 */
export class UnknownFormatError extends DocumentError {
  constructor() {
    super('not-json');
    this.name = 'UnknownFormatError';
  }
}

/** An indicator set read from `src`, and the CSV rows left out. */
export interface Loaded {
  set: IndicatorSet;
  problems: RowProblem[];
  format: SourceFormat;
}

const CSV_TYPES = new Set([
  'text/csv',
  'application/csv',
  'text/comma-separated-values',
]);

/** Content types that say nothing of what a text is (`''`: none). */
const UNTELLING = new Set(['', 'text/plain', 'application/octet-stream']);

/**
 * Whether a response is CSV or JSON: a CSV or JSON content type says so;
 * any other (`text/plain`, `application/octet-stream`, none) leaves it to
 * the URL's extension, `.csv` or `.json`; without either, JSON, or
 * `undefined` (read as JSON) when the type says nothing of what it is.
 */
export function formatOf(url: string, contentType: string | null):
  SourceFormat | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (CSV_TYPES.has(type)) return 'csv';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  const path = new URL(url, document.baseURI).pathname.toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.json')) return 'json';
  return UNTELLING.has(type) ? undefined : 'json';
}

/** The canonical name of the charset a content type names, if known. */
function charsetOf(contentType: string | null): string | undefined {
  const named = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (!named) return undefined;
  try {
    return new TextDecoder(named).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The text of a body: in the charset the server names, unless that is
 * UTF-8 (or none, or one unknown): then UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252, in which spreadsheets on Windows still save
 * CSV even when a server calls it UTF-8.
 */
function decode(bytes: ArrayBuffer, contentType: string | null): string {
  const named = charsetOf(contentType);
  if (named && named !== 'utf-8') {
    return new TextDecoder(named).decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Parses and checks JSON; text that is not JSON fails with `not-json`,
 * as an `UnknownFormatError` when nothing said it was JSON.
 */
function fromJson(text: string, told: boolean): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw told ? new DocumentError('not-json') : new UnknownFormatError();
  }
  const checked = checkIndicators(data);
  if (checked instanceof DocumentError) throw checked;
  return { set: checked, problems: [], format: 'json' };
}

/**
 * Reads CSV rows with the engine; fails when `edition` is unknown or
 * when rows had problems and none could be read.
 */
function fromCsv(text: string, edition: string): Loaded {
  if (!modelForEdition(edition)) {
    throw new DocumentError('schema', [editionIssue(edition)]);
  }
  const { value, problems } = indicatorSetFromCsv(text, { edition });
  if (!value.indicators.length && problems.length) {
    throw new DocumentError('schema', problems.map(rowIssue));
  }
  return { set: value, problems, format: 'csv' };
}

/**
 * A failure of `loadIndicators` as the document error it reports; any
 * other error (none is expected) counts as a failed download.
 */
export function asDocumentError(error: unknown): DocumentError {
  return error instanceof DocumentError ? error
    : new DocumentError('network');
}

/**
 * Fetches the indicators at `url`, as JSON or CSV (see `formatOf`), and
 * checks them; fails with a `DocumentError`. A CSV is read as a set of
 * `edition`. An abort is passed on as the `AbortError` it is.
 */
export async function loadIndicators(
  url: string,
  signal: AbortSignal,
  edition: string,
): Promise<Loaded> {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    response = await fetch(url, {
      signal,
      headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
    });
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DocumentError('network');
  }
  if (!response.ok) throw new DocumentError('http', [], response.status);

  const type = response.headers.get('content-type');
  const text = decode(bytes, type);
  const format = formatOf(url, type);
  return format === 'csv'
    ? fromCsv(text, edition)
    : fromJson(text, format === 'json');
}
