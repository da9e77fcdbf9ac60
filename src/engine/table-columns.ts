import {
  type DecimalMark,
  otherMark,
  parseLocaleNumber,
} from './locale-number.ts';

/**
 * How a column is read: `text` (trimmed), `number` (see
 * `parseLocaleNumber`, in the file's decimal mark only), `numbers`
 * (numbers separated by `|`, read as `number` is) or `code`: digits
 * kept as a string, so `05001` keeps its zero; with `width`, a code that
 * lost its leading zeros (a spreadsheet wrote `5001`) is padded back to
 * that width.
 */
export type ColumnType = 'text' | 'number' | 'numbers' | 'code';

/** One column a table reader looks for. */
export interface ColumnSpec {
  /**
   * The header names that mean this column. Names match without regard
   * to case, accents, surrounding spaces, or `_` and `-` versus spaces.
   */
  header: string | readonly string[];
  type: ColumnType;
  /** For a code: its number of digits. */
  width?: number;
  /** Whether an empty cell (or a missing column) makes a row unreadable. */
  required?: boolean;
  /**
   * For a text: the only words it takes, each keyed as `headerKey` gives
   * it and mapped to the value it stands for, and how to list them to a
   * person whose file has another word.
   */
  words?: { values: Readonly<Record<string, string>>; listed: string };
}

/** The columns of a table, by the key the rows will use. */
export type ColumnSpecs = Record<string, ColumnSpec>;

/** One row's values: numbers for number columns, else strings. */
export type TableValues<C extends ColumnSpecs> = {
  [K in keyof C]: C[K]['type'] extends 'number' ? number | null
    : C[K]['type'] extends 'numbers' ? number[] | null
    : string | null;
};

/** The texts taken for "no value" unless the caller gives others. */
export const DEFAULT_MISSING = ['', '-', 'NA', 'N/A', 'ND', 'NaN', 'null'];

/** A header name as it is compared: no case, accents or separators. */
export function headerKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** The index of the column `spec` names in `header`, or -1. */
export function findColumn(header: string[], spec: ColumnSpec): number {
  const names = typeof spec.header === 'string' ? [spec.header] : spec.header;
  const keys = new Set(names.map(headerKey));
  return header.findIndex((name) => keys.has(headerKey(name)));
}

/** A cell's value, or why it could not be read. */
export type Cell =
  | { value: string | number | number[] | null }
  | { reason: string };

const markNames = { ',': 'a decimal comma', '.': 'a decimal point' };

/**
 * The texts of a cell that should be numbers: one for a `number`
 * column, each item of a `numbers` list, none for other columns.
 */
export function numberTexts(text: string, type: ColumnType): string[] {
  if (type === 'number') return [text];
  return type === 'numbers' ? text.split('|').map((t) => t.trim()) : [];
}

/**
 * A number in the file's decimal mark, or why it is not one: a text
 * that is a number only with the other mark (`12.3` in a file of
 * decimal commas) is not guessed at but reported.
 */
function readNumber(text: string, decimal: DecimalMark): Cell {
  const value = parseLocaleNumber(text, { decimal, strict: true });
  if (value !== null) return { value };
  const other = otherMark(decimal);
  return parseLocaleNumber(text, { decimal: other, strict: true }) === null
    ? { reason: `not a number: "${text}"` }
    : { reason: `"${text}" is written with ${markNames[other]}, but ` +
      `the file's numbers use ${markNames[decimal]}` };
}

function readNumbers(text: string, decimal: DecimalMark): Cell {
  const values: number[] = [];
  for (const item of numberTexts(text, 'numbers')) {
    const cell = readNumber(item, decimal);
    if ('reason' in cell) return cell;
    values.push(cell.value as number);
  }
  return { value: values };
}

function readCode(text: string, width?: number): Cell {
  if (!/^\d+$/.test(text)) return { reason: `not a code: "${text}"` };
  if (width === undefined) return { value: text };
  if (text.length > width) {
    return { reason: `expected at most ${width} digits: "${text}"` };
  }
  return { value: text.padStart(width, '0') };
}

function readText(text: string, spec: ColumnSpec, name: string): Cell {
  if (!spec.words) return { value: text };
  const value = spec.words.values[headerKey(text)];
  return value === undefined
    ? { reason: `"${name}": expected ${spec.words.listed}, got "${text}"` }
    : { value };
}

/** Reads one trimmed cell of a column; `''` is an empty cell. */
export function readCell(
  text: string,
  spec: ColumnSpec,
  decimal: DecimalMark,
  name: string,
): Cell {
  if (text === '') {
    return spec.required ? { reason: `"${name}" is empty` } : { value: null };
  }
  if (spec.type === 'text') return readText(text, spec, name);
  if (spec.type === 'code') return readCode(text, spec.width);
  return spec.type === 'numbers' ? readNumbers(text, decimal)
    : readNumber(text, decimal);
}

/** The first header name of a column, to name it when it is missing. */
export const firstName = (spec: ColumnSpec) =>
  typeof spec.header === 'string' ? spec.header : spec.header[0] ?? '';
