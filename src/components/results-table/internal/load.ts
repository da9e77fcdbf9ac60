import type { RowProblem } from '../../../engine/delimited.ts';
import { modelForEdition } from '../../../engine/editions.ts';
import { indicatorSetFromCsv } from '../../../engine/indicators-csv.ts';
import type { IndicatorSet } from '../../../engine/schema/indicators.ts';
import { DocumentError } from '../../shared/load-document.ts';
import { checkIndicators, editionIssue, rowIssue } from './check.ts';

/** How a document at `src` is written. */
export type SourceFormat = 'json' | 'csv';

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

/**
 * Whether a response is CSV or JSON: a CSV or JSON content type says so;
 * any other (`text/plain`, `application/octet-stream`, none) leaves it to
 * the URL's extension, `.csv` or `.json`; without either, JSON.
 */
export function formatOf(url: string, contentType: string | null):
  SourceFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (CSV_TYPES.has(type)) return 'csv';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  const path = new URL(url, document.baseURI).pathname.toLowerCase();
  return path.endsWith('.csv') ? 'csv' : 'json';
}

/**
 * The text of a body: in the charset the server names, else UTF-8, else
 * Windows-1252, in which spreadsheets on Windows still save CSV.
 */
function decode(bytes: ArrayBuffer, contentType: string | null): string {
  const named = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (named) {
    try {
      return new TextDecoder(named).decode(bytes);
    } catch {
      // An unknown charset name: fall through to the usual guesses.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function fromJson(text: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DocumentError('not-json');
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
  return formatOf(url, type) === 'csv'
    ? fromCsv(text, edition)
    : fromJson(text);
}
