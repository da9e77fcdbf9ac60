import { css } from 'lit';

/**
 * The look of the results table. A wide table scrolls inside its own
 * focusable region, never the page; while it scrolls sideways the
 * indicator names stay at the start, on an opaque background with a
 * rule at their edge, and each dimension's name and score stay in view.
 * Improvement and worsening are said in words; their colours (7:1 and
 * 8:1 on white) only repeat them. In the summary, a dimension's score
 * goes under its name, indented, when both do not fit on one line, as on
 * a phone with large text.
 */
export const resultsTableStyles = css`
  :host {
    --_better: var(--sctmm-results-better-color, var(--_success));
    --_worse: var(--sctmm-results-worse-color, var(--_error));
    --_header: var(--sctmm-results-header-color, var(--_surface-alt));
  }

  p {
    margin: 0;
  }

  .summary,
  .problems,
  .controls {
    margin-block-end: var(--_space);
  }

  .total {
    font-size: 1.125em;
    font-weight: 700;
  }

  .counts,
  .by-dimension {
    margin-block-start: 0.25em;
  }

  .by-dimension {
    font-weight: 600;
  }

  .dimensions {
    display: grid;
    gap: 0.25em;
    margin: 0.25em 0 0;
  }

  .dimension-entry {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    padding-inline-start: 1em;
  }

  .dimensions dt {
    flex: 0 1 11em;
    margin-inline-start: -1em;
  }

  .dimensions dd {
    flex: 1 1 10em;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 0.375em solid var(--_error);
    background: var(--_surface-alt);
  }

  .technical {
    margin-block-start: 0.5em;
  }

  .technical summary {
    cursor: pointer;
  }

  .technical code,
  .load-error code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .controls label {
    font-weight: 600;
  }

  select,
  button {
    font: inherit;
    color: var(--_primary-dark);
    background: var(--_surface);
    border: 0.0625em solid var(--_primary);
    border-radius: var(--_radius);
  }

  select {
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.25em 0.5em;
    color: var(--_text);
    border-color: var(--_border);
  }

  .scroll {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    container-type: inline-size;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }

  .table {
    width: 100%;
    min-width: 56em;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  caption {
    padding: 0.5em 0;
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding: 0.5em 0.625em;
    vertical-align: top;
    text-align: start;
    border-block-start: 0.0625em solid var(--_border);
  }

  thead th {
    padding: 0;
    vertical-align: bottom;
    background: var(--_header);
  }

  .sort {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.375em;
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    font-weight: 700;
    text-align: start;
    border: 0;
    border-radius: 0;
    background: transparent;
    cursor: pointer;
  }

  .sort-icon {
    font-size: 0.75em;
    color: var(--_muted);
  }

  [aria-sort] .sort-icon {
    color: var(--_primary-dark);
  }

  .dimension-row th {
    background: var(--_header);
    font-weight: 700;
  }

  .dimension-score {
    font-weight: 400;
  }

  .dimension-row .dimension-score {
    display: inline;
    margin-inline-start: 0.5em;
  }

  .caption-text,
  .dimension-label {
    position: sticky;
    inset-inline-start: 0.75em;
    display: inline-block;
    max-width: calc(100cqi - 1.5em);
  }

  .name {
    min-width: min(14em, 40cqi);
    font-weight: 400;
  }

  .name,
  thead .col-name {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
  }

  thead .col-name {
    z-index: 2;
    background: var(--_header);
  }

  .name::after,
  thead .col-name::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    border-inline-end: 0.125em solid var(--_border);
    pointer-events: none;
  }

  .indicator {
    font-weight: 600;
  }

  .note,
  .unit,
  .period,
  .relative {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .tag {
    display: inline-block;
    margin-block-start: 0.25em;
    padding: 0 0.375em;
    font-size: 0.8125em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }

  .number,
  .change {
    font-variant-numeric: tabular-nums;
  }

  .no-data {
    color: var(--_muted);
    font-style: italic;
  }

  .trend {
    display: block;
    font-weight: 600;
  }

  .trend-better .arrow,
  .trend-better .trend {
    color: var(--_better);
  }

  .trend-worse .arrow,
  .trend-worse .trend {
    color: var(--_worse);
  }

  .level-number {
    display: block;
    font-weight: 700;
  }

  .level-name {
    display: block;
  }

  .why {
    margin-block-start: 0.375em;
    white-space: nowrap;
    min-height: 2em;
    padding: 0.125em 0.625em;
    cursor: pointer;
  }

  .reason {
    max-width: 22em;
    margin-block-start: 0.375em;
    font-size: 0.875em;
  }

  .reason p + p {
    margin-block-start: 0.25em;
  }

  .none,
  .empty,
  .loading {
    color: var(--_muted);
  }

  .load-error {
    padding: 1em;
    border-inline-start: 0.375em solid var(--_error);
    background: var(--_surface-alt);
  }

  .error-heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }

  .load-error p + p,
  .load-error ul + p {
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .notice,
    .load-error {
      border: 0.0625em solid CanvasText;
    }
  }
`;
