import { html } from 'lit';
import type { Roadmap } from '../../../engine/schema/roadmap.ts';
import type { ReportContext } from './context.ts';
import { renderFooter } from './footer.ts';
import { type LoadNotes, renderHeader } from './header.ts';
import { renderIndex } from './index-section.ts';
import type { Origin } from './load.ts';
import { renderMeasurements } from './measurements.ts';
import { type Gaps, renderNextLevel } from './next-level.ts';
import { renderRadars } from './radars.ts';
import { type StatusHandler, renderRoadmap } from './roadmap.ts';
import { renderStrengths } from './strengths.ts';

/** What the report shows beyond the assessment itself. */
export interface ReportState {
  roadmap: Roadmap;
  onStatus: StatusHandler;
  /** Whether saving the roadmap failed. */
  unsaved: boolean;
  /** Whether the roadmap is kept on this device. */
  persisted: boolean;
  gaps: Gaps | undefined;
}

/** Where the assessment came from, and what loading it changed. */
export interface Shown extends LoadNotes {
  origin: Origin;
  source: string;
}

/**
 * The whole report, section by section, in the order the issue asks:
 * the index, the radars, the measurements, the weakest and strongest
 * parts, the roadmap and the next level per axis; then the footer.
 */
export function renderReport(
  ctx: ReportContext,
  shown: Shown,
  state: ReportState,
) {
  return html`<article class="report">
    ${renderHeader(ctx, shown)}
    ${renderIndex(ctx)}
    ${renderRadars(ctx)}
    ${renderMeasurements(ctx)}
    ${renderStrengths(ctx)}
    ${renderRoadmap(ctx, state.roadmap, state.onStatus, state)}
    ${renderNextLevel(ctx, state.gaps)}
    ${renderFooter(ctx, shown.origin, shown.source)}
  </article>`;
}
