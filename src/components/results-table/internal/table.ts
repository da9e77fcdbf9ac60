import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  changeCell,
  levelCell,
  nameCell,
  observationCell,
  peerCell,
} from './cells.ts';
import { type TableContext, partText } from './context.ts';
import type { Group, Row } from './rows.ts';
import { COLUMNS, type Column, type Direction } from './sort.ts';

/** How the table is sorted, which rows are open, and what users do. */
export interface TableState {
  sort: { column: Column; direction: Direction } | undefined;
  open: ReadonlySet<string>;
  sortBy: (column: Column) => void;
  toggle: (id: string) => void;
}

const icons = { ascending: '▲', descending: '▼', none: '↕' };

function headerCell(ctx: TableContext, state: TableState, column: Column) {
  const direction = state.sort?.column === column
    ? state.sort.direction
    : undefined;
  return html`<th scope="col" class="col-${column}"
    aria-sort=${direction ?? nothing}>
    <button type="button" class="sort" part="sort"
      @click=${() => state.sortBy(column)}>${ctx.t.columns[column]}<span
        class="sort-icon" aria-hidden="true"
        >${icons[direction ?? 'none']}</span></button>
  </th>`;
}

function renderRow(ctx: TableContext, state: TableState, row: Row) {
  const { indicator } = row;
  return html`<tr class="indicator-row" part="row">
    ${nameCell(ctx, row)}
    <td class="subdimension">${row.subdimension.name[ctx.lang]}</td>
    ${observationCell(ctx, indicator.current, indicator.unit[ctx.lang])}
    ${observationCell(ctx, indicator.baseline)}
    ${changeCell(ctx, row)}
    ${peerCell(ctx, row, 'average')}
    ${peerCell(ctx, row, 'best')}
    ${levelCell(ctx, row, state.open.has(indicator.id), state.toggle)}
  </tr>`;
}

function renderGroup(ctx: TableContext, state: TableState, group: Group) {
  const { dimension, scored, rows } = group;
  return html`<tbody class="group" part="group">
    <tr class="dimension-row">
      <th scope="rowgroup" colspan=${COLUMNS.length} part="dimension">
        <span class="dimension-label">
          <span class="dimension-name">${dimension.name[ctx.lang]}</span>
          <span class="dimension-score">${partText(ctx, scored)}</span>
        </span>
      </th>
    </tr>
    ${rows.length
      ? repeat(rows, (row) => row.indicator.id,
        (row) => renderRow(ctx, state, row))
      : html`<tr><td class="none" colspan=${COLUMNS.length}
        >${ctx.t.noIndicators}</td></tr>`}
  </tbody>`;
}

/**
 * The table: a header of sort buttons, then one row group per
 * dimension, headed by its name and score.
 */
export function renderTable(
  ctx: TableContext,
  caption: string,
  groups: readonly Group[],
  state: TableState,
) {
  return html`<table class="table" part="table">
    <caption id="caption"><span class="caption-text">${caption}</span
      ></caption>
    <thead>
      <tr>${COLUMNS.map((column) => headerCell(ctx, state, column))}</tr>
    </thead>
    ${repeat(groups, (group) => group.dimension.id,
      (group) => renderGroup(ctx, state, group))}
  </table>`;
}
