import { html, nothing } from 'lit';
import { type Issue, issueToString } from '../../../engine/schema/issues.ts';
import { drawSwatch } from './draw.ts';
import { type TextContext, valueText } from './summary.ts';

/**
 * The data as a table named by `caption`: a row per axis, a column per
 * series.
 */
export function renderTable(ctx: TextContext, caption: string) {
  const { t, axes, names, plotted } = ctx;
  return html`<table class="table" part="table">
    <caption><span class="caption-text">${caption}</span></caption>
    <thead>
      <tr>
        <th scope="col">${t.axis}</th>
        ${names.map((name) => html`<th scope="col">${name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${axes.map((axis, i) => html`<tr>
        <th scope="row">${axis.label}</th>
        ${plotted.map((values) =>
          html`<td>${valueText(ctx, values[i]!)}</td>`)}
      </tr>`)}
    </tbody>
  </table>`;
}

/** The names of the series, each beside its line and marker. */
export function renderLegend(ctx: TextContext) {
  if (!ctx.names.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${ctx.t.legend}>
    ${ctx.names.map((name, i) => html`<li class="legend-item"
      part="legend-item">${drawSwatch(i)}<span>${name}</span></li>`)}
  </ul>`;
}

/** The message shown in place of the chart when its data is unusable. */
export function renderError(message: string, issues: readonly Issue[]) {
  return html`<div class="error" part="error" role="alert">
    <p>${message}</p>
    ${issues.length
      ? html`<ul class="issues">${issues.map((issue) =>
        html`<li><code>${issueToString(issue)}</code></li>`)}</ul>`
      : nothing}
  </div>`;
}
