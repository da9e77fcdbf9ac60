import { css } from 'lit';

/**
 * The look every wizard of the library shares: headings, the step list,
 * questions asked as radio groups, the error summary and
 * the error message shown in place of a wizard.
 */
export const wizardStyles = css`
  h2,
  h3,
  h4 {
    margin: 0 0 0.5em;
    color: var(--_primary-dark);
    font-weight: 700;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.2em;
  }

  h4 {
    font-size: 1.05em;
  }

  p {
    margin: 0 0 0.75em;
  }

  .lead {
    font-size: 1.05em;
  }

  .step-heading:focus,
  .step-heading:focus-visible {
    outline: none;
    box-shadow: none;
  }

  .step-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0 0 1.5em;
    padding: 0;
    list-style: none;
    counter-reset: none;
  }

  .step-link {
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.375em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_primary-dark);
    background: var(--_surface);
    font: inherit;
    font-size: 0.875em;
    text-align: start;
    cursor: pointer;
  }

  .step-link[aria-current='step'] {
    border-color: var(--_primary-dark);
    color: var(--_surface);
    background: var(--_primary-dark);
    font-weight: 700;
  }

  .step-link.locked {
    cursor: default;
  }

  .step-link.locked:not([aria-current='step']) {
    border-style: dashed;
    color: var(--_muted);
  }

  .step-number {
    font-weight: 700;
  }

  .step-status {
    font-size: 0.85em;
  }

  .step-status::before {
    content: '· ';
  }

  @container (max-width: 40em) {
    .step-link:not([aria-current='step']) .step-title,
    .step-status {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .step-link {
      min-width: 2.75em;
      justify-content: center;
    }
  }

  .question,
  .statement {
    margin: 0 0 1.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  .statement {
    margin: 0.75em 0 0;
    padding: 0.75em;
  }

  :host {
    container-type: inline-size;
  }

  legend {
    float: left;
    width: 100%;
    margin: 0 0 0.5em;
    padding: 0;
  }

  legend + * {
    clear: both;
  }

  .question-title {
    display: block;
    color: var(--_primary-dark);
    font-size: 1.1em;
    font-weight: 700;
  }

  .question-text {
    display: block;
  }

  .help {
    color: var(--_muted);
  }

  .choices {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    padding: 0.5em 0.625em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_primary-dark);
  }

  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_primary-dark);
  }

  .choice-level {
    display: block;
  }

  .choice-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  /* A phone with large text: options closer to the edges. */
  @container (max-width: 16em) {
    .question {
      padding-inline: 0.5em;
    }

    .choice {
      gap: 0.375em;
      padding-inline: 0.375em;
    }
  }

  .field-error {
    margin: 0.25em 0;
    color: var(--_error);
    font-weight: 700;
  }

  .error-summary {
    margin: 0 0 1.5em;
    padding: 1em;
    border: 0.25em solid var(--_error);
    border-radius: var(--_radius);
  }

  .error-summary h3 {
    color: var(--_error);
  }

  .error-summary a,
  a {
    color: var(--_primary-dark);
    text-decoration: underline;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.5em;
  }

  .error-heading {
    font-size: 1.2em;
  }

  .notice,
  .load-error {
    padding: 1em;
    border-inline-start: 0.375em solid var(--_error);
    background: var(--_surface-alt);
  }

  .load-error code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .step-link[aria-current='step'] {
      border: 2px solid CanvasText;
    }
  }
`;
