import { html, nothing } from 'lit';
import type { RowProblem } from '../../../engine/delimited.ts';
import { fill } from '../../shared/localize.ts';
import type { TableContext } from './context.ts';

function where(ctx: TableContext, problem: RowProblem): string {
  return problem.column
    ? fill(ctx.t.rowColumn, { row: problem.row, column: problem.column })
    : fill(ctx.t.row, { row: problem.row });
}

/**
 * The CSV rows that could not be read: a notice that some rows are not
 * shown, and each row with its reason under "Detalles técnicos".
 */
export function renderProblems(
  ctx: TableContext,
  problems: readonly RowProblem[],
) {
  if (!problems.length) return nothing;
  const rows = new Set(problems.map((problem) => problem.row)).size;
  return html`<div class="problems" part="problems">
    <p class="notice" part="notice">${fill(ctx.t.rowsLeftOut,
      { count: rows })}</p>
    <details class="technical">
      <summary>${ctx.t.technicalDetails}</summary>
      <ul>
        ${problems.map((problem) => html`<li>${where(ctx, problem)}:
          <code>${problem.reason}</code></li>`)}
      </ul>
    </details>
  </div>`;
}
