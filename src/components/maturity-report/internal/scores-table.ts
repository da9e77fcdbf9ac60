import { html, nothing } from 'lit';
import type { ScoredPart } from '../../../engine/schema/result.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import { type Dimensional, type ReportContext, taken } from './context.ts';

function cell(ctx: ReportContext, part: ScoredPart | undefined) {
  if (!part || part.score === null || part.level === null) {
    return html`<td class="no-data">${ctx.t.noData}</td>`;
  }
  return html`<td>${fill(ctx.t.cell, {
    score: formatScore(part.score, ctx.lang), level: part.level })}</td>`;
}

/**
 * Every dimension and sub-dimension of the model, a column for each of
 * perception and results that was taken; none when neither was. On a
 * narrow screen the table scrolls sideways inside its own region, which
 * takes focus (so the keyboard can scroll it); the page itself never
 * scrolls sideways. The title sits above the table, in the region's
 * width, so that it is never cut, and names both. Each dimension is a
 * row group headed by its name (`scope="rowgroup"`), so that a screen
 * reader tells, in a sub-dimension's cell, the dimension it belongs to,
 * as the indent shows.
 */
export function renderScoresTable(ctx: ReportContext) {
  const { t, lang, model, assessment } = ctx;
  const columns = (['perception', 'results'] as Dimensional[])
    .filter((part) => taken(assessment, part));
  if (!columns.length) return nothing;
  const dimensionOf = (part: Dimensional, id: string) =>
    assessment[part]?.dimensions.find((d) => d.id === id);

  return html`<div class="table-scroll" role="region" tabindex="0"
    aria-labelledby="scores-caption">
    <p class="table-caption" id="scores-caption">${t.tableCaption}</p>
    <table class="scores-table" part="scores-table"
      aria-labelledby="scores-caption">
      <thead><tr>
        <th scope="col">${t.colPart}</th>
        ${columns.map((part) => html`<th scope="col"
          >${t.measurement[part]}</th>`)}
      </tr></thead>
      ${model.dimensions.map((dimension) => html`<tbody>
        <tr class="dimension-row">
          <th scope="rowgroup">${dimension.name[lang]}</th>
          ${columns.map((part) =>
            cell(ctx, dimensionOf(part, dimension.id)))}
        </tr>
        ${dimension.subdimensions.map((sub) => html`<tr class="sub-row">
          <th scope="row">${sub.name[lang]}</th>
          ${columns.map((part) => cell(ctx, dimensionOf(part, dimension.id)
            ?.subdimensions.find((s) => s.id === sub.id)))}
        </tr>`)}
      </tbody>`)}
    </table>
  </div>`;
}
