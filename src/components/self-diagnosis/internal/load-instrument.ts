import { modelForEdition, editions } from '../../../engine/editions.ts';
import { parseInstrument } from '../../../engine/parse-instrument.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { ParseResult } from '../../../engine/schema/issues.ts';
import { loadDocument } from '../../shared/load-document.ts';

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
export function loadInstrument(
  url: string,
  signal: AbortSignal,
): Promise<Instrument> {
  return loadDocument(url, signal, checkInstrument);
}
