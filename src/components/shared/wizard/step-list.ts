import { html, nothing } from 'lit';

/** One step of a wizard as the step list shows it. */
export interface StepEntry {
  title: string;
  /** A short state, e.g. "3 of 4 answered". */
  status?: string;
  /** Shown but not a way to move there, e.g. a step reached by sending. */
  locked?: boolean;
}

function renderEntry(step: StepEntry, index: number) {
  return html`<span class="step-number">${index + 1}</span>
    <span class="step-title">${step.title}</span>
    ${step.status
      ? html`<span class="step-status">${step.status}</span>`
      : nothing}`;
}

/**
 * The ordered list of steps; the current one carries
 * `aria-current="step"`, and every entry that is not locked is a way to
 * move there.
 */
export function renderStepList(
  label: string,
  steps: StepEntry[],
  current: number,
  go: (index: number) => void,
) {
  return html`<nav class="step-nav" part="step-list" aria-label=${label}>
    <ol class="step-list">
      ${steps.map((step, index) => {
        const here = index === current;
        const content = renderEntry(step, index);
        return html`<li>
          ${step.locked
            ? html`<span class="step-link locked"
                aria-current=${here ? 'step' : nothing}>${content}</span>`
            : html`<button
                type="button"
                class="step-link"
                aria-current=${here ? 'step' : nothing}
                @click=${() => go(index)}
              >${content}</button>`}
        </li>`;
      })}
    </ol>
  </nav>`;
}
