const LF = 10;
const CR = 13;

/** The character encodings a CSV file is read in. */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * What the first bytes of a CSV file say about the rest: whether a
 * UTF-8 byte order mark opens it, its encoding, and whether its lines
 * end with a lone carriage return (CR) rather than a line feed (LF).
 */
export interface CsvOpening {
  bom: boolean;
  encoding: CsvEncoding;
  /** Lines end with CR alone, as old Excel for Mac writes CSV. */
  crLines: boolean;
}

function hasBom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/**
 * Whether `bytes` are enough to tell how the file is written: they hold
 * a line feed, or a carriage return with a byte after it, or `most`
 * bytes without either.
 */
export function canOpen(bytes: Uint8Array, most: number): boolean {
  if (bytes.length >= most || bytes.includes(LF)) return true;
  const cr = bytes.indexOf(CR);
  return cr >= 0 && cr + 1 < bytes.length;
}

/** Whether `bytes` are UTF-8, but for a sequence cut at their end. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes,
      { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads how a file is written from its first bytes: a byte order mark
 * means UTF-8; else bytes that are not UTF-8 mean Windows-1252, the
 * encoding Excel saves CSV in on Windows in Spanish. Lines end with a
 * lone CR when these bytes hold a CR and no LF at all.
 */
export function openingOf(bytes: Uint8Array): CsvOpening {
  const bom = hasBom(bytes);
  const encoding = bom || isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  const crLines = !bytes.includes(LF) && bytes.includes(CR);
  return { bom, encoding, crLines };
}

/**
 * Turns the bytes of a file written as `opening` says into what the
 * scanner reads: UTF-8 with LF line ends. Windows-1252 and lone CRs
 * take one character per byte, so chunks convert one by one.
 */
export class CsvTranscoder {
  #opening: CsvOpening;
  #decoder: TextDecoder | undefined;
  #encoder = new TextEncoder();

  constructor(opening: CsvOpening) {
    this.#opening = opening;
    if (opening.encoding !== 'utf-8') {
      this.#decoder = new TextDecoder(opening.encoding);
    }
  }

  /** Whether chunks pass through as they are. */
  get identity(): boolean {
    return !this.#decoder && !this.#opening.crLines;
  }

  /** The chunk as the scanner reads it; a copy when it changes. */
  convert(chunk: Uint8Array): Uint8Array {
    let bytes = chunk;
    if (this.#decoder) {
      bytes = this.#encoder.encode(this.#decoder.decode(chunk));
    }
    if (!this.#opening.crLines) return bytes;
    if (bytes === chunk) bytes = chunk.slice();
    for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) {
      bytes[i] = LF;
    }
    return bytes;
  }
}
