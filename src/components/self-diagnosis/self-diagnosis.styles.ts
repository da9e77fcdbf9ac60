import { css } from 'lit';

/** The layout and look of the self-diagnosis wizard. */
export const selfDiagnosisStyles = css`
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

  .statement .choices {
    grid-template-columns: repeat(auto-fit, minmax(8em, 1fr));
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

  button.primary,
  button.secondary,
  button.danger {
    min-height: 2.75em;
    margin: 0;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_primary-dark);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  button.primary {
    color: var(--_surface);
    background: var(--_primary-dark);
  }

  button.secondary {
    color: var(--_primary-dark);
    background: var(--_surface);
  }

  button.danger {
    border-color: var(--_error);
    color: var(--_surface);
    background: var(--_error);
  }

  .review-axis {
    margin-bottom: 1.5em;
  }

  .review-list {
    margin: 0;
  }

  .review-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }

  .review-row dt {
    grid-column: 1 / -1;
    font-weight: 700;
  }

  .review-row dd {
    margin: 0;
  }

  .review-row dd.missing {
    color: var(--_error);
    font-weight: 700;
  }

  .overall {
    margin-bottom: 1.5em;
    padding: 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .level-badge {
    display: inline-block;
    padding: 0.125em 0.625em;
    border-radius: var(--_radius);
    color: var(--_surface);
    background: var(--_primary-dark);
    font-weight: 700;
  }

  .level-badge[data-level='none'] {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
  }

  .overall-level .level-badge {
    font-size: 1.25em;
  }

  .axis-level {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
  }

  .axis-result {
    margin: 1em 0;
    padding: 1em 0 0;
    border-top: 1px solid var(--_border);
  }

  .descriptor,
  .meta,
  .rule {
    color: var(--_muted);
  }

  .error-heading {
    font-size: 1.2em;
  }

  .radar {
    max-width: 32em;
    margin: 0 auto 1.5em;
  }

  .gaps {
    padding-inline-start: 1.25em;
  }

  table {
    width: 100%;
    margin: 0 0 1em;
    border-collapse: collapse;
  }

  caption {
    margin-bottom: 0.5em;
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    overflow-wrap: break-word;
    padding: 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  @container (max-width: 22em) {
    table {
      font-size: 0.875em;
    }

    th,
    td {
      padding: 0.5em 0.25em;
    }
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

  .dialog {
    max-width: min(32em, 90vw);
    padding: 1.5em;
    border: 2px solid var(--_primary-dark);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  @media (forced-colors: active) {
    .step-link[aria-current='step'],
    .level-badge {
      border: 2px solid CanvasText;
    }
  }

  @media print {
    .step-nav,
    .actions,
    .dialog,
    .notice {
      display: none !important;
    }

    .axis-result,
    .overall,
    table {
      break-inside: avoid;
    }

    :host {
      color: #000;
      background: #fff;
    }
  }
`;
