import { html, nothing } from 'lit';
import type { Observation } from '../../../engine/schema/indicators.ts';
import { fill } from '../../shared/localize.ts';
import { type TableContext, levelName } from './context.ts';
import {
  formatChange,
  formatDifference,
  formatPeriod,
  formatRelative,
  formatValue,
} from './format.ts';
import { reasonSentences } from './reason.ts';
import type { Row } from './rows.ts';

function noData(ctx: TableContext) {
  return html`<span class="no-data">${ctx.t.noData}</span>`;
}

function number(ctx: TableContext, value: number | null | undefined) {
  return value === null || value === undefined
    ? noData(ctx)
    : html`<span class="value">${formatValue(value, ctx.lang)}</span>`;
}

/** The indicator's name, its polarity and whether it is self-rated. */
export function nameCell(ctx: TableContext, row: Row) {
  const { t, lang } = ctx;
  const { indicator } = row;
  return html`<th scope="row" class="name">
    <span class="indicator">${indicator.name[lang]}</span>
    <span class="note">${t[indicator.polarity]}</span>
    ${indicator.selfRated
      ? html`<span class="tag" part="self-rated">${t.selfRated}</span>`
      : nothing}
  </th>`;
}

/** A value with its period, and with the unit when `unit` is given. */
export function observationCell(
  ctx: TableContext,
  observation: Observation | undefined,
  unit?: string,
) {
  const value = observation?.value ?? null;
  const period = observation?.period ?? null;
  return html`<td class="number">
    ${number(ctx, value)}
    ${unit && value !== null ? html`<span class="unit">${unit}</span>`
      : nothing}
    ${period
      ? html`<span class="period">${formatPeriod(period, ctx.lang)}</span>`
      : nothing}
  </td>`;
}

const arrows = { up: '▲', down: '▼', none: '=' };

/**
 * The change as shown: a difference of mere binary rounding (a
 * billionth of the larger value, as the level rule lets in) is none; a
 * difference beyond the largest number is still written in full; a share
 * no number can hold is left out.
 */
function shownChange(ctx: TableContext, row: Row) {
  const { change, relativeChange } = row.result;
  const baseline = row.indicator.baseline?.value ?? 0;
  const current = row.indicator.current?.value ?? 0;
  const scale = Math.max(Math.abs(baseline), Math.abs(current));
  const relative = Number.isFinite(relativeChange) ? relativeChange : null;
  return Math.abs(change ?? 0) <= 1e-9 * scale
    ? { sign: 0, text: formatChange(0, ctx.lang),
      relative: relative === null ? null : 0 }
    : { sign: Math.sign(change ?? 0),
      text: formatDifference(baseline, current, ctx.lang), relative };
}

/**
 * The change since the baseline: an arrow for the way the value moved,
 * the change with its sign and in percent (never a zero for a change
 * that is not one), and in words whether that is an improvement given
 * the polarity, within the rule's tolerance; colour only repeats the
 * words.
 */
export function changeCell(ctx: TableContext, row: Row) {
  const { t, lang } = ctx;
  const { trend } = row.result;
  if (row.result.change === null || trend === null) {
    return html`<td class="change">${noData(ctx)}</td>`;
  }
  const { sign, text, relative } = shownChange(ctx, row);
  const arrow = sign > 0 ? arrows.up : sign < 0 ? arrows.down
    : arrows.none;
  return html`<td class="change trend-${trend}">
    <span class="arrow" aria-hidden="true">${arrow}</span>
    <span class="value">${text}</span>
    ${relative === null ? nothing : html`<span class="relative"
      >(${formatRelative(relative, lang)})</span>`}
    <span class="trend" part="trend">${t.trend[trend]}</span>
  </td>`;
}

/** The peer average or the national best, and how many values gave it. */
export function peerCell(ctx: TableContext, row: Row, which: 'average' |
  'best') {
  const count = row.indicator.peerValues?.length;
  return html`<td class="number">
    ${number(ctx, row.result.peers?.[which])}
    ${count ? html`<span class="period">${fill(count === 1
      ? ctx.t.fromValue : ctx.t.fromValues, { count })}</span>` : nothing}
  </td>`;
}

/**
 * The level and its name, with a button that shows or hides why the
 * row has it and what the level means. The button's name is given whole
 * in `aria-label`, starting with its visible text: text hidden inside
 * it would be joined to the visible text with a space ("Por qué : …"),
 * since browsers treat the hidden, positioned span as a block.
 */
export function levelCell(
  ctx: TableContext,
  row: Row,
  open: boolean,
  toggle: (id: string) => void,
) {
  const { t, lang } = ctx;
  const { indicator, result } = row;
  const id = `why-${indicator.id}`;
  const level = result.level;
  return html`<td class="level">
    ${level === null
      ? html`<span class="no-data">${t.noLevel}</span>`
      : html`<span class="level-number">${fill(t.level, { level })}</span>
        <span class="level-name">${levelName(ctx, level)}</span>`}
    <button type="button" class="why" part="why"
      aria-expanded=${String(open)} aria-controls=${id}
      aria-label=${fill(t.whyName, { name: indicator.name[lang] })}
      @click=${() => toggle(indicator.id)}>${t.why}</button>
    <div id=${id} class="reason" part="reason" ?hidden=${!open}>
      ${open ? reasonSentences(ctx, row).map((s) => html`<p>${s}</p>`)
        : nothing}
    </div>
  </td>`;
}
