import { html, nothing } from 'lit';
import type { PerceptionSurveyMessages } from '../messages.ts';
import type { SurveySteps } from './steps.ts';

/**
 * The Back and Next buttons under a question step; on the last
 * dimension, Next sends the answers.
 */
export function renderStepActions(
  t: PerceptionSurveyMessages,
  steps: SurveySteps,
  step: number,
  go: (step: number) => void,
) {
  const sends = step === steps.last - 1;
  return html`<div class="actions" part="actions">
    ${step > 0
      ? html`<button type="button" class="secondary" part="back"
          @click=${() => go(step - 1)}>${t.back}</button>`
      : nothing}
    <button type="button" class="primary" part=${sends ? 'next submit'
      : 'next'} @click=${() => go(step + 1)}>${sends ? t.submit
      : t.next}</button>
  </div>`;
}
