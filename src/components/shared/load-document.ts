import type { Issue, ParseResult } from '../../engine/schema/issues.ts';
import type { ErrorCode } from './events.ts';
import { FetchJsonError, fetchJson } from './fetch-json.ts';

/** Why a document an element was given cannot be used. */
export class DocumentError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues: Issue[] = [],
    readonly status?: number,
  ) {
    super(code);
    this.name = 'DocumentError';
  }
}

/**
 * Fetches the JSON document at `url` and checks it with `check`; fails
 * with a `DocumentError` that says why it cannot be used. An abort is
 * passed on as the `AbortError` it is.
 */
export async function loadDocument<T>(
  url: string,
  signal: AbortSignal,
  check: (data: unknown) => ParseResult<T>,
): Promise<T> {
  let data: unknown;
  try {
    data = await fetchJson(url, signal);
  } catch (error) {
    if (error instanceof FetchJsonError) {
      throw new DocumentError(error.code, [], error.status);
    }
    throw error;
  }
  const checked = check(data);
  if (!checked.ok) throw new DocumentError('schema', checked.issues);
  return checked.value;
}
