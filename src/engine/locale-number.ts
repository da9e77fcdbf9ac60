/**
 * The character that separates the decimals: `,` (Colombian Spanish,
 * where `.` groups thousands) or `.` (English, where `,` groups them).
 */
export type DecimalMark = ',' | '.';

/** Choices for `parseLocaleNumber`. */
export interface LocaleNumberOptions {
  /** The convention an ambiguous text is read in; `,` by default. */
  decimal?: DecimalMark;
  /**
   * Read in the `decimal` convention only: a text that is a number only
   * in the other (`12.3` with `,`) gives `null`. Off by default.
   */
  strict?: boolean;
}

/** The other decimal mark: `.` for `,` and `,` for `.`. */
export const otherMark = (mark: DecimalMark): DecimalMark =>
  mark === ',' ? '.' : ',';

const SPACES = /[\u00a0\u2009\u202f]/g;

/** Whole parts grouped by threes, by the decimal mark they go with. */
const GROUPED: Readonly<Record<DecimalMark, RegExp>> = {
  ',': /^[1-9]\d{0,2}([. ])\d{3}(?:\1\d{3})*$/,
  '.': /^[1-9]\d{0,2}([, ])\d{3}(?:\1\d{3})*$/,
};

function strictRead(body: string, decimal: DecimalMark): number | null {
  if (/^\d+$/.test(body)) return Number(body);
  const parts = body.split(decimal);
  if (parts.length > 2) return null;

  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  if (fraction === undefined && whole === '') return null;

  let digits: string;
  if (/^\d*$/.test(whole)) digits = whole;
  else if (GROUPED[decimal].test(whole)) digits = whole.replace(/\D/g, '');
  else return null;

  return Number(`${digits || '0'}.${fraction ?? '0'}`);
}

/**
 * Reads a number as people write it in Colombian exports and spreadsheets.
 *
 * A text is read in the `decimal` convention (`,` by default): with `,`,
 * `1.234` is 1234, `1.234.567` is 1234567, `1.234,5` is 1234.5 and `2,78`
 * is 2.78; with `.`, `1,234` is 1234 and `1.234` is 1.234. Thousands are
 * grouped by threes, with the other mark or a space, and the first group
 * has no leading zero. A text that is no number in that convention but
 * is one in the other is read in the other: `2.78` is 2.78 and `0.234` is
 * 0.234 whatever the convention, because no grouping gives them. So only
 * texts like `1.234` or `1,234` (one mark, three digits after it, a first
 * group of 1 to 3 digits) depend on the convention.
 *
 * With `strict`, that fallback is off: `2.78` gives `null` with `,`.
 *
 * Accepts a leading `+`, `-` or `−`. Gives `null` for an empty text and
 * for anything else (letters, `%`, exponents, misplaced marks).
 */
export function parseLocaleNumber(
  text: string,
  options: LocaleNumberOptions = {},
): number | null {
  const decimal = options.decimal ?? ',';
  let body = text.trim().replace(SPACES, ' ');
  let sign = 1;
  if (/^[-+\u2212]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1;
    body = body.slice(1);
  }
  if (!/^[\d., ]+$/.test(body)) return null;

  const value = strictRead(body, decimal) ??
    (options.strict ? null : strictRead(body, otherMark(decimal)));
  if (value === null) return null;
  return value === 0 ? 0 : sign * value;
}

/**
 * Which decimal mark a list of texts uses (say, every number cell of a
 * file), judged by the texts that read as a number in one convention
 * only (`2,78`, `1.234,5`, `0.5`): the mark that more of them need, or
 * `null` when none tells or the two marks tie.
 */
export function inferDecimal(texts: Iterable<string>): DecimalMark | null {
  let commas = 0;
  let points = 0;
  for (const text of texts) {
    const body = text.trim().replace(/^[-+\u2212]/, '');
    if (!/^[\d., ]+$/.test(body)) continue;
    const asComma = strictRead(body, ',') !== null;
    const asPoint = strictRead(body, '.') !== null;
    if (asComma && !asPoint) commas++;
    if (asPoint && !asComma) points++;
  }
  if (commas === points) return null;
  return commas > points ? ',' : '.';
}
