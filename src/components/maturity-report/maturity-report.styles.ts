import { css } from 'lit';

/** The report on screen: sections, cards, tables and the roadmap. */
export const maturityReportStyles = css`
  :host {
    --_radar-size: var(--sctmm-report-radar-size, 24em);

    container-type: inline-size;
  }

  .title,
  .error-heading,
  .section-heading,
  .part-heading {
    margin: 0 0 0.5em;
    color: var(--_primary-dark);
    font-weight: 700;
    line-height: 1.25;
  }

  .title,
  .error-heading {
    font-size: 1.5em;
  }

  .section-heading {
    font-size: 1.25em;
  }

  .part-heading {
    font-size: 1.05em;
  }

  p {
    margin: 0 0 0.75em;
  }

  .report-header,
  .report-section {
    margin: 0 0 2em;
  }

  .report-section {
    padding-top: 1em;
    border-top: 0.25em solid var(--_primary);
  }

  .entity {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.25em 0 0.75em;
    padding: 0;
    color: var(--_muted);
    list-style: none;
  }

  .note,
  .notice,
  .import-status.failed,
  .load-error {
    padding: 0.75em 1em;
    border-inline-start: 0.375em solid var(--_primary);
    background: var(--_surface-alt);
  }

  .notice,
  .import-status.failed,
  .load-error {
    border-color: var(--_error);
  }

  .import-status:empty {
    display: none;
  }

  .import-status {
    margin: 0 0 1em;
  }

  .issues {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .issues code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .notes-details {
    margin-top: 0.5em;
  }

  .notes-details summary {
    color: var(--_primary-dark);
    font-weight: 700;
    cursor: pointer;
  }

  .notes-details ul {
    margin-top: 0.5em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0 0 1.25em;
  }

  .badge {
    max-width: 24em;
    margin: 0 0 1em;
  }

  .radar-grid,
  .measurement-grid,
  .strength-lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 1.5em;
    margin: 0 0 1.5em;
  }

  .radar-figure {
    margin: 0;
  }

  figcaption {
    margin: 0 0 0.5em;
    font-weight: 700;
  }

  .radar {
    max-width: var(--_radar-size);
  }

  .measurement,
  .axis-next {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .axis-next {
    margin: 0 0 1em;
  }

  .what,
  .descriptor,
  .respondents,
  .missing-ref,
  .no-parts {
    color: var(--_muted);
  }

  .group-axes {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .group-axes > li + li {
    margin-top: 0.5em;
  }

  .axis-score {
    margin: 0 0 0.25em;
    font-weight: 700;
  }

  .level-badge {
    display: inline-block;
    padding: 0.125em 0.625em;
    border-radius: var(--_radius);
    color: var(--_surface);
    background: var(--_primary-dark);
    font-weight: 700;
  }

  .missing {
    padding: 0.75em 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .missing p:last-child {
    margin: 0;
  }

  .table-scroll {
    max-width: 100%;
    margin: 0 0 1em;
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  .table-caption {
    margin-bottom: 0.5em;
    font-weight: 700;
  }

  th,
  td {
    overflow-wrap: break-word;
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .dimension-row {
    background: var(--_surface-alt);
  }

  .sub-row th {
    padding-inline-start: 1.5em;
    font-weight: 400;
  }

  .no-data {
    color: var(--_muted);
    font-style: italic;
  }

  .roadmap-steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .roadmap-step fieldset {
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    min-width: 0;
  }

  .roadmap-step[data-status='in-progress'] fieldset {
    border-inline-start-color: var(--_primary);
  }

  .roadmap-step[data-status='done'] fieldset {
    border-inline-start-color: var(--_success);
  }

  legend {
    padding: 0 0.25em;
    color: var(--_primary-dark);
    font-weight: 700;
  }

  .step-summary {
    color: var(--_text);
  }

  .status-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .status-choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    cursor: pointer;
  }

  .status-choice:has(input:checked) {
    border-color: var(--_primary-dark);
    font-weight: 700;
  }

  .status-choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary-dark);
  }

  .status-print {
    display: none;
  }

  .gaps {
    padding-inline-start: 1.25em;
  }

  .page-footer {
    margin-top: 2em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .level-badge,
    .status-choice:has(input:checked) {
      border: 2px solid CanvasText;
    }
  }
`;
