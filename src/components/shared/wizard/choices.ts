import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorDomId, itemDomId } from './ids.ts';

/** One option of a radio group. */
export interface Choice<V> {
  value: V;
  /** What the option reads: text, or a template. */
  label: unknown;
  className?: string;
}

/** A question asked as a group of radio buttons. */
export interface RadioGroup<V> {
  /** The answer key; also the radios' `name`. */
  id: string;
  /** The fieldset's class and part, e.g. `question` or `statement`. */
  kind: string;
  /** What the legend reads: the question. */
  legend: unknown;
  /** Shown between the legend and the options, e.g. a hint. */
  help?: unknown;
  choices: readonly Choice<V>[];
  /** The chosen value, if any. */
  current: V | undefined;
  /** The message shown when unanswered and errors are shown, else none. */
  error?: string;
  answer(value: V): void;
}

/**
 * A fieldset named by its legend, with one native radio per choice. The
 * checked state is bound with `live()`, so that a fieldset reused for
 * another question never keeps the radio the user checked in the last.
 *
 * While the question is in error, each radio is invalid and described by
 * the message: focus lands on a radio, and screen readers often skip
 * the description of the group around it. The fieldset itself carries
 * no description, so that the message is not read twice.
 */
export function renderRadioGroup<V>(group: RadioGroup<V>) {
  const { id, kind, current, error } = group;
  const showError = error !== undefined && current === undefined;
  return html`<fieldset class=${kind} part=${kind} id=${itemDomId(id)}>
    <legend>${group.legend}</legend>
    ${group.help ?? nothing}
    ${showError
      ? html`<p class="field-error" id=${errorDomId(id)}>${error}</p>`
      : nothing}
    <div class="choices">
      ${group.choices.map(
        (choice) => html`<label class="choice ${choice.className ?? ''}">
          <input
            type="radio"
            name=${id}
            value=${String(choice.value)}
            .checked=${live(current === choice.value)}
            aria-invalid=${showError ? 'true' : nothing}
            aria-describedby=${showError ? errorDomId(id) : nothing}
            @change=${() => group.answer(choice.value)}
          />
          <span class="choice-label">${choice.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
