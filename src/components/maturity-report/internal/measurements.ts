import { html, nothing } from 'lit';
import { MEASUREMENTS } from '../../../engine/maturity-index.ts';
import type { Measurement } from '../../../engine/schema/model.ts';
import { fill, localeOf } from '../../shared/localize.ts';
import {
  type ReportContext,
  heading,
  levelText,
  scoreText,
  taken,
} from './context.ts';
import { renderMissing } from './missing.ts';
import { renderScoresTable } from './scores-table.ts';

function renderMeasurement(ctx: ReportContext, part: Measurement) {
  const { t, lang, model } = ctx;
  const measured = taken(ctx.assessment, part);
  const level = measured?.level ?? null;
  const descriptor = level === null ? undefined
    : model.scales[part][level - 1]?.[lang];
  const n = measured && 'n' in measured ? measured.n : undefined;
  return html`<div class="measurement" part="measurement"
    data-measurement=${part}>
    ${heading(ctx, 2, t.measurement[part], { className: 'part-heading' })}
    <p class="what">${t.measurementWhat[part]}</p>
    ${!measured
      ? renderMissing(ctx, part)
      : html`<p class="level"><span class="level-badge"
          >${levelText(ctx, level)}</span></p>
        <p class="score">${scoreText(ctx, measured.score)}</p>
        ${n === undefined ? nothing : html`<p class="respondents">${fill(
          t.respondents, { n: n.toLocaleString(localeOf(lang)) })}</p>`}
        ${descriptor
          ? html`<p class="descriptor">${descriptor}</p>` : nothing}`}
  </div>`;
}

/**
 * The three measurements with their level, the level's name and what
 * it means on the measurement's own scale; then the dimensions and
 * sub-dimensions of perception and results in one table.
 */
export function renderMeasurements(ctx: ReportContext) {
  return html`<section class="report-section measurements"
    part="measurements" aria-labelledby="measurements-heading">
    ${heading(ctx, 1, ctx.t.measurementsHeading,
      { id: 'measurements-heading', className: 'section-heading' })}
    <div class="measurement-grid">
      ${MEASUREMENTS.map((part) => renderMeasurement(ctx, part))}
    </div>
    ${renderScoresTable(ctx)}
  </section>`;
}
