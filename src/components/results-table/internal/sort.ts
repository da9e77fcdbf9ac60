import { polaritySign } from '../../../engine/results-peers.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import { localeOf } from '../../shared/localize.ts';
import type { Row } from './rows.ts';

/** The columns of the table, each sortable, in the order shown. */
export const COLUMNS = [
  'name',
  'subdimension',
  'current',
  'baseline',
  'change',
  'average',
  'best',
  'level',
] as const;

/** A column of the table. */
export type Column = (typeof COLUMNS)[number];

/** Which way a sorted column runs. */
export type Direction = 'ascending' | 'descending';

/** Whether `value` names a column. */
export function isColumn(value: unknown): value is Column {
  return COLUMNS.includes(value as Column);
}

/**
 * The number a row is sorted by in a column, `null` when it has none.
 * Change sorts by improvement: the relative change turned so that
 * higher is better, so the rows that improved most come last.
 */
function numberOf(row: Row, column: Column): number | null {
  const { indicator, result } = row;
  switch (column) {
    case 'current': return indicator.current?.value ?? null;
    case 'baseline': return indicator.baseline?.value ?? null;
    case 'average': return result.peers?.average ?? null;
    case 'best': return result.peers?.best ?? null;
    case 'level': return result.level;
    case 'change': return result.relativeChange === null ? null
      : polaritySign(indicator.polarity) * result.relativeChange;
    default: return row.order;
  }
}

const collators = new Map<Lang, Intl.Collator>();

function collator(lang: Lang): Intl.Collator {
  let made = collators.get(lang);
  if (!made) {
    made = new Intl.Collator(localeOf(lang), { sensitivity: 'base' });
    collators.set(lang, made);
  }
  return made;
}

/**
 * `rows` sorted by `column` in `direction`: names alphabetically in
 * `lang`, sub-dimensions in the model's order, numbers by value. Rows
 * without a value come last either way; ties keep the model's order.
 */
export function sortRows(
  rows: readonly Row[],
  column: Column,
  direction: Direction,
  lang: Lang,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const name = (row: Row) => row.indicator.name[lang];
  const key = (row: Row) => numberOf(row, column);
  const missing = (row: Row) => column !== 'name' && key(row) === null;
  const compare = (a: Row, b: Row): number => column === 'name'
    ? collator(lang).compare(name(a), name(b))
    : (key(a) ?? 0) - (key(b) ?? 0);
  return [...rows].sort((a, b) =>
    Number(missing(a)) - Number(missing(b)) ||
    sign * compare(a, b) ||
    a.order - b.order);
}
