import { css } from 'lit';

/**
 * The report on paper (A4 portrait, set on the document by
 * `PageSetup`): no controls and no on-screen instructions, each status
 * as text, cards, steps and figures kept whole, and short sections
 * sharing pages; only the big ones (the radars, the roadmap) start a
 * page. One report per page, the one printing (else the first), repeats
 * its footer at the foot of every page: Chromium prints a fixed box on
 * every page. Every report leaves room for it on each of its pages
 * through a bottom padding cloned onto every page's fragment. Other
 * reports print their footer once, at their end.
 */
export const printStyles = css`
  @media print {
    :host {
      --_text: #000;
      --_font-size: 10.5pt;

      background: #fff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .toolbar,
    .import-status,
    .status-choices,
    .notice,
    .screen-only,
    .notes-details,
    button,
    input {
      display: none !important;
    }

    .step-summary,
    .status-print {
      display: inline;
      margin: 0;
    }

    .status-print {
      margin-inline-start: 0.5em;
      font-weight: 700;
    }

    .report-header,
    .report-section {
      margin-bottom: 1.25em;
    }

    .report-section {
      border-top-width: 0.15em;
    }

    .table-scroll {
      overflow: visible;
    }

    .measurements .table-scroll {
      break-before: page;
    }

    .radar::part(table) {
      break-inside: avoid;
    }

    .title,
    .section-heading,
    .part-heading,
    .table-caption,
    .next-level > p,
    .next-for,
    figcaption,
    legend {
      break-after: avoid;
    }

    .measurement,
    .axis-next:not(:has(.gaps)),
    .group-axes > li,
    .roadmap-step,
    .strengths,
    .note,
    tbody,
    tr {
      break-inside: avoid;
    }

    .radar-grid,
    .strength-lists {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .measurement-grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 1em;
    }

    .radar {
      max-width: 100%;
    }

    .roadmap-step fieldset {
      margin-bottom: 0.375em;
      padding: 0.25em 0.75em 0.5em;
    }

    .report {
      padding-bottom: 14mm;
      box-decoration-break: clone;
      -webkit-box-decoration-break: clone;
    }

    .page-footer {
      color: #000;
      font-size: 8pt;
    }

    :host(:state(repeat-footer)) .page-footer {
      position: fixed;
      right: 0;
      bottom: 0;
      left: 0;
      margin: 0;
      padding-top: 2mm;
      border-top: 0.5pt solid #000;
      background: #fff;
    }
  }
`;
