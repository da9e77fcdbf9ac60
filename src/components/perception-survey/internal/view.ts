import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { fill } from '../../shared/localize.ts';
import { renderErrorSummary } from '../../shared/wizard/error-summary.ts';
import type { DoubleClickGuard } from '../../shared/wizard/focus.ts';
import { renderStepList } from '../../shared/wizard/step-list.ts';
import { renderStepActions } from './actions.ts';
import type { SurveyContext } from './context.ts';
import { renderDimensionStep } from './dimension-step.ts';
import { renderSegmentStep } from './segment-step.ts';
import type { SurveySteps } from './steps.ts';
import { type DeliveryView, renderThanks } from './thanks.ts';

/** What the survey shows, and what its controls do. */
export interface SurveyView {
  ctx: SurveyContext;
  steps: SurveySteps;
  step: number;
  entityName: string | undefined;
  /** Whether answers are saved on the device as they are given. */
  persisted: boolean;
  storageFailed: boolean;
  delivery: DeliveryView;
  /** Responses of this device that wait in the outbox to be sent. */
  pending: number;
  guard: DoubleClickGuard;
  go(step: number): void;
  focusItem(id: string): void;
  again(): void;
}

function renderErrors(view: SurveyView) {
  const { ctx, steps, step } = view;
  if (!ctx.showErrors) return nothing;
  const missing = steps.missingAt(step, ctx.answers);
  if (!missing.length) return nothing;
  const { t, lang, survey } = ctx;
  const label = (id: string) =>
    survey.statements.find((s) => s.id === id)?.text[lang] ??
      t.segmentLegend;
  return renderErrorSummary(
    { one: t.errorSummaryOne, other: t.errorSummaryOther,
      lead: t.errorSummaryLead },
    missing.map((id) => ({ id, label: label(id) })),
    view.focusItem,
  );
}

function renderStep(view: SurveyView) {
  const { ctx, steps, step } = view;
  if (step === steps.last) {
    return renderThanks(ctx.t, view.delivery, view.again);
  }
  const body = step === 0
    ? renderSegmentStep(ctx, {
      entityName: view.entityName,
      persisted: view.persisted,
      themes: steps.dimensions.length,
      pending: view.pending,
    })
    : renderDimensionStep(ctx, steps.dimensionAt(step)!);
  return html`${body}${renderStepActions(ctx.t, steps, step, view.go)}`;
}

/**
 * The survey: the notice when answers cannot be saved, the step list,
 * then the current step with its progress line, heading, error summary,
 * questions and buttons. Once sent, no step is a way back.
 */
export function renderSurvey(view: SurveyView) {
  const { ctx, steps, step } = view;
  const { t, lang } = ctx;
  const done = step === steps.last;
  const entries = Array.from({ length: steps.last + 1 }, (_, i) => ({
    title: steps.title(i, t, lang),
    status: steps.status(i, ctx.answers, t, lang),
    locked: done || i === steps.last,
  }));

  return html`${view.storageFailed
      ? html`<p class="notice" part="notice" role="status">
          ${t.storageNotice}
        </p>`
      : nothing}
    ${renderStepList(`${t.steps}: ${ctx.survey.title[lang]}`, entries,
      step, view.go)}
    ${keyed(step, html`<section class="step" part="step"
      @click=${view.guard}>
      <p class="step-count" part="progress">${fill(t.stepCount, {
        current: step + 1,
        total: steps.last + 1,
      })}</p>
      <h2 class="step-heading" part="heading" tabindex="-1">
        ${steps.title(step, t, lang)}
      </h2>
      ${renderErrors(view)}
      ${renderStep(view)}
    </section>`)}`;
}
