import { html, nothing } from 'lit';

/** One step of the wizard as the step list shows it. */
export interface StepEntry {
  title: string;
  /** A short state, e.g. "3 of 4 answered". */
  status?: string;
}

/**
 * The ordered list of steps; the current one carries
 * `aria-current="step"`, and every entry is a way to move there.
 */
export function renderStepList(
  label: string,
  steps: StepEntry[],
  current: number,
  go: (index: number) => void,
) {
  return html`<nav class="step-nav" part="step-list" aria-label=${label}>
    <ol class="step-list">
      ${steps.map(
        (step, index) => html`<li>
          <button
            type="button"
            class="step-link"
            aria-current=${index === current ? 'step' : nothing}
            @click=${() => go(index)}
          >
            <span class="step-number">${index + 1}</span>
            <span class="step-title">${step.title}</span>
            ${step.status
              ? html`<span class="step-status">${step.status}</span>`
              : nothing}
          </button>
        </li>`,
      )}
    </ol>
  </nav>`;
}
