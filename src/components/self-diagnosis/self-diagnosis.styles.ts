import { css } from 'lit';

/**
 * The look of the self-diagnosis's own steps: checklist statements, the
 * review, the result and the start-over dialog. The wizard's common look
 * is in `wizard.styles.ts`. In a narrow element (a phone with large
 * text), each row of the result table puts the axis on a line of its
 * own, its score and level under it.
 */
export const selfDiagnosisStyles = css`
  .statement .choices {
    grid-template-columns: repeat(auto-fit, minmax(min(8em, 100%), 1fr));
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
    grid-template-columns: minmax(0, 1fr) auto;
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

  @container (max-width: 20em) {
    .result-table tr {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      border-bottom: 1px solid var(--_border);
    }

    .result-table tr > :first-child {
      grid-column: 1 / -1;
      padding-bottom: 0;
    }

    .result-table th,
    .result-table td {
      overflow-wrap: anywhere;
      border-bottom: 0;
    }
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
      --_text: #000;

      background: #fff;
    }
  }
`;
