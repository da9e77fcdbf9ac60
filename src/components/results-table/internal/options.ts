import { fill } from '../../shared/localize.ts';
import { warnOnce } from '../../shared/warn.ts';
import type { TableContext } from './context.ts';
import type { Group } from './rows.ts';
import { type Column, type Direction, isColumn } from './sort.ts';

/** A column and the way it runs. */
export interface Sort {
  column: Column;
  direction: Direction;
}

/**
 * The sort `sort-by` and `sort-direction` ask for; none, with a warning,
 * when `sort-by` names no column. Any direction but `descending` is
 * ascending.
 */
export function checkedSort(
  el: Element,
  column: string | undefined,
  direction: string | undefined,
): Sort | undefined {
  if (!column) return undefined;
  if (!isColumn(column)) {
    warnOnce('unknown-column', el, `sort-by="${column}" is not a ` +
      'column; the rows keep the model\'s order.');
    return undefined;
  }
  if (direction !== 'ascending' && direction !== 'descending') {
    warnOnce('unknown-direction', el, `sort-direction="${direction}" is ` +
      'not ascending or descending; sorting ascending.');
  }
  return {
    column,
    direction: direction === 'descending' ? 'descending' : 'ascending',
  };
}

/**
 * The dimension `dimension` asks for, or `''` (all) with a warning when
 * the model has no such dimension.
 */
export function checkedDimension(
  el: Element,
  dimension: string,
  groups: readonly Group[],
): string {
  if (!dimension) return '';
  if (groups.some((group) => group.dimension.id === dimension)) {
    return dimension;
  }
  warnOnce('unknown-dimension', el, `dimension="${dimension}" is not a ` +
    'dimension of the model; every dimension is shown.');
  return '';
}

/** "Ordenado por Nivel, en orden ascendente, dentro de cada dimensión." */
export function sortedText(
  ctx: Pick<TableContext, 't'>,
  { column, direction }: Sort,
): string {
  return fill(ctx.t.sorted, {
    column: ctx.t.columns[column],
    direction: ctx.t[direction],
  });
}

/** "Se muestran 4 indicadores de Gobernanza.", or of every dimension. */
export function shownText(
  ctx: Pick<TableContext, 't' | 'lang'>,
  groups: readonly Group[],
  dimension: string,
): string {
  const { t, lang } = ctx;
  const group = groups.find((g) => g.dimension.id === dimension);
  if (!group) {
    const count = groups.reduce((sum, g) => sum + g.rows.length, 0);
    return fill(count === 1 ? t.shownAllOne : t.shownAll, { count });
  }
  const count = group.rows.length;
  return fill(count === 1 ? t.shownOne : t.shown, {
    count,
    dimension: group.dimension.name[lang],
  });
}
