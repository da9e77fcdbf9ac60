import { html } from 'lit';
import { fill } from '../../shared/localize.ts';
import type { TableContext } from './context.ts';
import type { Group } from './rows.ts';

/**
 * The filter by dimension: a labelled native select whose options say
 * how many indicators each dimension has; `''` is every dimension.
 */
export function renderFilter(
  ctx: TableContext,
  groups: readonly Group[],
  selected: string,
  choose: (dimension: string) => void,
) {
  const { t, lang } = ctx;
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const onChange = (event: Event) =>
    choose((event.target as HTMLSelectElement).value);
  return html`<div class="controls" part="controls">
    <label for="filter">${t.filter}</label>
    <select id="filter" part="filter" @change=${onChange}>
      <option value="" ?selected=${selected === ''}>${fill(t.option,
        { name: t.allDimensions, count: total })}</option>
      ${groups.map(({ dimension, rows }) => html`<option
        value=${dimension.id} ?selected=${selected === dimension.id}
        >${fill(t.option, { name: dimension.name[lang],
          count: rows.length })}</option>`)}
    </select>
  </div>`;
}
