import { html, nothing } from 'lit';
import type { SelfDiagnosisMessages } from '../messages.ts';
import type { WizardSteps } from './steps.ts';

/**
 * The Back and Next buttons under a step, none on the result; and, when
 * the user came from the review to change an answer, a way back to it.
 */
export function renderStepActions(
  t: SelfDiagnosisMessages,
  steps: WizardSteps,
  step: number,
  go: (step: number) => void,
  cameFromReview = false,
) {
  if (step === steps.last) return nothing;
  const nextLabel = step === 0 ? t.start
    : step === steps.review - 1 ? t.toReview
    : step === steps.review ? t.seeResult
    : t.next;
  return html`<div class="actions" part="actions">
    ${step > 0
      ? html`<button type="button" class="secondary" part="back"
          @click=${() => go(step - 1)}>${t.back}</button>`
      : nothing}
    <button type="button" class="primary" part="next"
      @click=${() => go(step + 1)}>${nextLabel}</button>
    ${cameFromReview && steps.axisAt(step)
      ? html`<button type="button" class="secondary" part="to-review"
          @click=${() => go(steps.review)}>${t.backToReview}</button>`
      : nothing}
  </div>`;
}

/** What the result's buttons do. */
export interface ResultHandlers {
  download(kind: 'json' | 'csv'): void;
  print(): void;
  restart(): void;
}

function dialogOf(event: Event) {
  const button = event.currentTarget as HTMLElement;
  const root = button.getRootNode() as ShadowRoot;
  return root.querySelector<HTMLDialogElement>('dialog.dialog');
}

/**
 * Download, print and start over; starting over asks first in a modal
 * dialog, whose Cancel leaves everything as it was.
 */
export function renderResultActions(
  t: SelfDiagnosisMessages,
  handlers: ResultHandlers,
) {
  return html`<div class="actions result-actions" part="actions">
      <button type="button" class="primary"
        @click=${() => handlers.download('json')}>${t.exportJson}</button>
      <button type="button" class="secondary"
        @click=${() => handlers.download('csv')}>${t.exportCsv}</button>
      <button type="button" class="secondary"
        @click=${() => handlers.print()}>${t.print}</button>
      <button type="button" class="secondary"
        @click=${(e: Event) => dialogOf(e)?.showModal()}>${t.restart}</button>
    </div>
    <dialog class="dialog" part="dialog" aria-labelledby="restart-title">
      <h3 id="restart-title">${t.restartTitle}</h3>
      <p>${t.restartText}</p>
      <div class="actions">
        <button type="button" class="danger" @click=${(e: Event) => {
          dialogOf(e)?.close();
          handlers.restart();
        }}>${t.restartConfirm}</button>
        <button type="button" class="secondary" autofocus
          @click=${(e: Event) => dialogOf(e)?.close()}
          >${t.restartCancel}</button>
      </div>
    </dialog>`;
}
