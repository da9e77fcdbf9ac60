import { modelForEdition, editions } from '../../../engine/editions.ts';
import { parseInstrument } from '../../../engine/parse-instrument.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { ParseResult } from '../../../engine/schema/issues.ts';
import type { ErrorCode } from '../../shared/events.ts';
import { FetchJsonError, fetchJson } from '../../shared/fetch-json.ts';
import type { Issue } from '../../../engine/schema/issues.ts';

/** Why an instrument could not be used. */
export class InstrumentError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues: Issue[] = [],
    readonly status?: number,
  ) {
    super(code);
    this.name = 'InstrumentError';
  }
}

/**
 * Checks an instrument document against the model of its edition; an
 * edition the library does not ship is an issue of its own.
 */
export function checkInstrument(data: unknown): ParseResult<Instrument> {
  const edition = (data as { edition?: unknown } | null)?.edition;
  const model =
    typeof edition === 'string' ? modelForEdition(edition) : undefined;
  const parsed = parseInstrument(data, model);
  if (!parsed.ok || model) return parsed;
  const known = Object.keys(editions).join(', ');
  return {
    ok: false,
    issues: [{ path: 'edition', message: `expected one of ${known}` }],
  };
}

/** Fetches and checks the instrument at `url`. */
export async function loadInstrument(
  url: string,
  signal: AbortSignal,
): Promise<Instrument> {
  let data: unknown;
  try {
    data = await fetchJson(url, signal);
  } catch (error) {
    if (error instanceof FetchJsonError) {
      throw new InstrumentError(error.code, [], error.status);
    }
    throw error;
  }
  const checked = checkInstrument(data);
  if (!checked.ok) throw new InstrumentError('schema', checked.issues);
  return checked.value;
}
