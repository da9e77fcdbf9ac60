import { css } from 'lit';

/**
 * The report on paper (A4 portrait, set on the document by
 * `PageSetup`): the header and the index on the first page, each other
 * section from a new page, no controls, each status
 * as text, and the footer repeated at the foot of every page. Chromium
 * prints a fixed box on every page; the report leaves room for it on
 * each page through a bottom padding cloned onto every page's fragment.
 */
export const printStyles = css`
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 10.5pt;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .toolbar,
    .import-status,
    .status-choices,
    .notice,
    button,
    input {
      display: none !important;
    }

    .status-print {
      display: block;
      margin: 0;
      font-weight: 700;
    }

    .report {
      padding-bottom: 14mm;
      box-decoration-break: clone;
      -webkit-box-decoration-break: clone;
    }

    .report-section {
      border-top: 0;
    }

    .report-section + .report-section {
      break-before: page;
    }

    h3,
    h4,
    caption,
    figcaption {
      break-after: avoid;
    }

    .measurement,
    .axis-next,
    .roadmap-step,
    .radar-figure,
    tbody,
    tr {
      break-inside: avoid;
    }

    .radar-grid {
      grid-template-columns: 1fr 1fr;
    }

    .radar {
      max-width: 100%;
    }

    .page-footer {
      position: fixed;
      right: 0;
      bottom: 0;
      left: 0;
      margin: 0;
      padding-top: 2mm;
      border-top: 0.5pt solid #000;
      color: #000;
      background: #fff;
      font-size: 8pt;
    }
  }
`;
