import type { ErrorCode } from './events.ts';

/** Why a JSON document could not be fetched. */
export class FetchJsonError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, 'network' | 'http' | 'not-json'>,
    readonly status?: number,
  ) {
    super(code);
    this.name = 'FetchJsonError';
  }
}

/**
 * Fetches and parses a JSON document. Fails with a `FetchJsonError` for a
 * network failure, an HTTP status other than 2xx, or a body that is not
 * JSON; an abort is passed on as the `AbortError` it is. `cache` is the
 * request's cache mode: a live value asks for `no-cache`, so that a file
 * served with a long lifetime is still checked on every refresh.
 */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  cache?: RequestCache,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      cache,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchJsonError('network');
  }
  if (!response.ok) throw new FetchJsonError('http', response.status);

  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchJsonError('not-json', response.status);
  }
}
