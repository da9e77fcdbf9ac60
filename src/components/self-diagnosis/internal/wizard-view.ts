import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { unansweredItems } from '../../../engine/items.ts';
import { nextLevelGaps } from '../../../engine/next-level.ts';
import { scoreCapacity } from '../../../engine/capacity.ts';
import { renderErrorSummary } from '../../shared/wizard/error-summary.ts';
import type { DoubleClickGuard } from '../../shared/wizard/focus.ts';
import { renderStepList } from '../../shared/wizard/step-list.ts';
import { renderResultActions, renderStepActions } from './actions.ts';
import { type StepContext, itemLabel } from './context.ts';
import { measuredOn } from './entity.ts';
import { renderIntro } from './intro.ts';
import { renderChecklist, renderRubric } from './question.ts';
import { renderResult } from './result.ts';
import { renderReview } from './review.ts';
import type { WizardSteps } from './steps.ts';

/** The state of the self-diagnosis that its steps are drawn from. */
export interface WizardView {
  ctx: StepContext;
  steps: WizardSteps;
  step: number;
  guard: DoubleClickGuard;
  /** The answers are saved on the device (not `no-persist`, no fault). */
  persisted: boolean;
  /** Saving failed: a notice says the answers stay on this page only. */
  storageFailed: boolean;
  /** The user came to this step from the review's "change" links. */
  cameFromReview: boolean;
  entityName: string | undefined;
  /** When the answers last changed (ISO time), if known. */
  completedAt: string | undefined;
  /** Moves to step `index`, focus following. */
  go(index: number): void;
  /** Opens the step of the item `id`, focus on it. */
  goToItem(id: string): void;
  download(kind: 'json' | 'csv'): void;
  restart(): void;
}

/** The list of steps and the current step of the self-diagnosis. */
export function renderWizard(view: WizardView) {
  const { ctx, steps, step, go } = view;
  const { t, lang } = ctx;
  const entries = Array.from({ length: steps.last + 1 }, (_, i) => ({
    title: steps.title(i, t, lang),
    status: steps.status(i, ctx.responses, t),
  }));

  return html`${view.storageFailed
      ? html`<p class="notice" part="notice" role="status">
          ${t.storageNotice}
        </p>`
      : nothing}
    ${renderStepList(`${t.steps}: ${ctx.instrument.title[lang]}`,
      entries, step, go)}
    ${keyed(step, html`<section class="step" part="step"
      @click=${view.guard}>
      <h2 class="step-heading" part="heading" tabindex="-1">
        ${steps.title(step, t, lang)}
      </h2>
      ${renderMissing(view)}
      ${renderStep(view)}
      ${renderStepActions(t, steps, step, go, view.cameFromReview)}
    </section>`)}`;
}

/** The summary of the current axis's unanswered questions, if shown. */
function renderMissing({ ctx, steps, step }: WizardView) {
  const axis = steps.axisAt(step);
  if (!axis || !ctx.showErrors) return nothing;
  const missing = unansweredItems(ctx.instrument, ctx.responses, axis.id)
    .map((item) => ({
      id: item.id,
      label: itemLabel(ctx.instrument, item.id, ctx.lang),
    }));
  if (!missing.length) return nothing;
  const { t } = ctx;
  return renderErrorSummary(
    { one: t.errorSummaryOne, other: t.errorSummaryOther,
      lead: t.errorSummaryLead },
    missing,
    (id) => ctx.focusItem(id),
  );
}

function renderStep(view: WizardView) {
  const { ctx, steps, step } = view;
  if (step === 0) return renderIntro(ctx, view.entityName, view.persisted);
  if (step === steps.review) return renderReview(ctx, view.goToItem);
  if (step === steps.last) return renderResultStep(view);

  const axis = steps.axisAt(step)!;
  const description = ctx.model.axes.find((a) => a.id === axis.id)
    ?.description[ctx.lang];
  return html`${description
      ? html`<p class="lead">${description}</p>`
      : nothing}
    ${axis.capacities.map((capacity) =>
      capacity.kind === 'rubric'
        ? renderRubric(ctx, capacity)
        : renderChecklist(ctx, capacity),
    )}`;
}

function renderResultStep(view: WizardView) {
  const { ctx } = view;
  const result = scoreCapacity(ctx.instrument, ctx.responses);
  const gaps = nextLevelGaps(ctx.instrument, ctx.responses, result);
  const about = { entityName: view.entityName,
    date: new Date(`${measuredOn(view.completedAt)}T00:00`) };
  return html`${renderResult(ctx, result, gaps, about)}
    ${renderResultActions(ctx.t, {
      download: view.download,
      print: () => window.print(),
      restart: view.restart,
    })}`;
}
