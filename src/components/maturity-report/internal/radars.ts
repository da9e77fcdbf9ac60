import { html, nothing } from 'lit';
import type { Measurement } from '../../../engine/schema/model.ts';
import type { ScoredPart } from '../../../engine/schema/result.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import {
  type Dimensional,
  type ReportContext,
  heading,
  levelsOf,
  taken,
} from './context.ts';
import { renderMissingRef } from './missing.ts';

const DIMENSIONAL: Dimensional[] = ['perception', 'results'];

/** The parts of a measurement taken, by id, when any has a score. */
function valuesOf(parts: ScoredPart[]) {
  const scored = parts.filter((part) => part.score !== null);
  return scored.length
    ? Object.fromEntries(scored.map((part) => [part.id, part.score]))
    : undefined;
}

/** Why a measurement with a score has nothing to draw. */
function noParts(ctx: ReportContext, part: Measurement, score: number) {
  const { t, lang } = ctx;
  return html`<p class="no-parts">${fill(t.noParts, {
    name: t.measurement[part],
    score: formatScore(score, lang),
    levels: levelsOf(ctx),
    parts: t.partsOf[part],
  })}</p>`;
}

function renderDimensions(ctx: ReportContext) {
  const { t, lang, assessment } = ctx;
  const drawn = DIMENSIONAL.flatMap((part) => {
    const measured = taken(assessment, part);
    const values = measured && valuesOf(measured.dimensions);
    return measured ? [{ part, score: measured.score, values }] : [];
  });
  const series = drawn.flatMap(({ part, values }) =>
    values ? [{ name: t.measurement[part], values }] : []);
  const missing = DIMENSIONAL.filter((part) => !taken(assessment, part));
  return html`<figure class="radar-figure"
    aria-labelledby="dimensions-caption">
    <figcaption id="dimensions-caption">${t.dimensionsCaption}</figcaption>
    ${series.length
      ? html`<sctmm-radar-chart class="radar" part="radar"
          preset="dimensions" lang=${lang} max=${levelsOf(ctx)}
          label=${t.dimensionsCaption} .series=${series}
          ></sctmm-radar-chart>`
      : nothing}
    ${drawn.filter((d) => !d.values).map((d) =>
      noParts(ctx, d.part, d.score))}
    ${renderMissingRef(ctx, missing)}
  </figure>`;
}

function renderAxes(ctx: ReportContext) {
  const { t, lang } = ctx;
  const capacity = taken(ctx.assessment, 'capacity');
  const values = capacity && valuesOf(capacity.axes);
  let body: unknown = renderMissingRef(ctx, ['capacity']);
  if (capacity && values) {
    body = html`<sctmm-radar-chart class="radar" part="radar" preset="axes"
      lang=${lang} max=${levelsOf(ctx)} label=${t.axesCaption}
      .series=${[{ name: t.measurement.capacity, values }]}
      ></sctmm-radar-chart>`;
  } else if (capacity) {
    body = noParts(ctx, 'capacity', capacity.score);
  }
  return html`<figure class="radar-figure" aria-labelledby="axes-caption">
    <figcaption id="axes-caption">${t.axesCaption}</figcaption>
    ${body}
  </figure>`;
}

/**
 * One radar of the six dimensions (perception and results as two
 * series) and one of the five axes (capacity). A measurement not taken
 * is no series and is named under its radar; one with a score but no
 * scored part gets a sentence instead of an empty chart. Each radar is
 * labelled with its figure's caption, so that their data tables have
 * different names.
 */
export function renderRadars(ctx: ReportContext) {
  return html`<section class="report-section radars" part="radars"
    aria-labelledby="radars-heading">
    ${heading(ctx, 1, ctx.t.radarsHeading,
      { id: 'radars-heading', className: 'section-heading' })}
    <div class="radar-grid">
      ${renderDimensions(ctx)}
      ${renderAxes(ctx)}
    </div>
  </section>`;
}
