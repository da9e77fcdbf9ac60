import { openingOf } from './csv-opening.ts';

/**
 * The text of a CSV file given as text or as its bytes: bytes are read
 * as UTF-8, or as Windows-1252 when they are not UTF-8 (as Excel saves
 * CSV on Windows in Spanish). Anything else is a caller's mistake,
 * refused with a `TypeError` that names `reader`.
 */
export function csvText(
  input: string | Uint8Array | ArrayBuffer,
  reader: string,
): string {
  if (typeof input === 'string') return input;
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`${reader}: expected the CSV as text, a ` +
      `Uint8Array or an ArrayBuffer, got ${describe(input)}`);
  }
  return new TextDecoder(openingOf(bytes).encoding).decode(bytes);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
