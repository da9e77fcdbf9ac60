import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { roadmapSteps } from '../../../engine/model/roadmap.ts';
import {
  ROADMAP_STATUSES,
  type Roadmap,
  type RoadmapStatus,
  type RoadmapStep,
} from '../../../engine/schema/roadmap.ts';
import { fill } from '../../shared/localize.ts';
import { type ReportContext, heading } from './context.ts';
import { progressOf, statusOf } from './roadmap-state.ts';

/** Called when the user sets the status of a step. */
export type StatusHandler = (step: string, status: RoadmapStatus) => void;

function renderStep(
  ctx: ReportContext,
  step: RoadmapStep,
  index: number,
  roadmap: Roadmap,
  onStatus: StatusHandler,
) {
  const { t, lang } = ctx;
  const current = statusOf(roadmap, step.id);
  return html`<li class="roadmap-step" part="roadmap-step"
    data-step=${step.id} data-status=${current}>
    <fieldset>
      <legend>${fill(t.stepName, { n: index + 1,
        name: step.name[lang] })}</legend>
      <p class="step-summary">${step.summary[lang]}</p>
      <div class="status-choices">
        ${ROADMAP_STATUSES.map((status) => html`<label class="status-choice">
          <input type="radio" name="roadmap-${step.id}" value=${status}
            .checked=${live(current === status)}
            @change=${() => onStatus(step.id, status)} />
          <span>${t.status[status]}</span>
        </label>`)}
      </div>
      <p class="status-print">${fill(t.statusOf,
        { status: t.status[current] })}</p>
    </fieldset>
  </li>`;
}

/**
 * The model's seven steps, each with its summary and a status the user
 * sets with a radio group (arrow keys move and choose); on paper, the
 * status as text.
 */
export function renderRoadmap(
  ctx: ReportContext,
  roadmap: Roadmap,
  onStatus: StatusHandler,
  saving: { unsaved: boolean; persisted: boolean },
) {
  const { t } = ctx;
  return html`<section class="report-section roadmap" part="roadmap"
    aria-labelledby="roadmap-heading">
    ${heading(ctx, 1, t.roadmapHeading,
      { id: 'roadmap-heading', className: 'section-heading' })}
    <p>${t.roadmapAbout}</p>
    <p class="screen-only">${saving.persisted ? t.roadmapMark
      : t.roadmapMarkMemory}</p>
    ${saving.unsaved
      ? html`<p class="notice" part="notice">${t.storageNotice}</p>`
      : nothing}
    <p class="roadmap-progress">${fill(t.roadmapProgress,
      progressOf(roadmap))}</p>
    <ol class="roadmap-steps">${roadmapSteps.map((step, i) =>
      renderStep(ctx, step, i, roadmap, onStatus))}</ol>
  </section>`;
}
