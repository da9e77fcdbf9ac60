import { css } from 'lit';

/**
 * The look of the radar chart. Every colour has a custom property whose
 * default meets WCAG 2.1 AA on white: 3:1 for lines and marks, 4.5:1 for
 * text. Sizes inside the SVG are in its own units (one per CSS pixel of
 * its width), so the drawing scales whole when printed. A data table too
 * wide for the element scrolls in its region; its caption stays in view.
 */
export const radarChartStyles = css`
  :host {
    --_grid: var(--sctmm-radar-grid-color, #8c8c8c);
    --_label: var(--sctmm-radar-label-color, var(--_text));
    --_ring-label: var(--sctmm-radar-ring-label-color, var(--_muted));
    --_stroke-width: var(--sctmm-radar-stroke-width, 2);
    --_fill-opacity: var(--sctmm-radar-fill-opacity, 0.1);
  }

  .chart {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 1;
    overflow: visible;
    font-family: var(--_font);
    border-radius: var(--_radius);
  }

  .plot {
    will-change: transform;
  }

  .ring,
  .spoke {
    fill: none;
    stroke: var(--_grid);
    stroke-width: var(--sctmm-radar-grid-width, 1);
  }

  .ring-label {
    fill: var(--_ring-label);
    stroke: var(--_surface);
    stroke-width: 3;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  .label {
    fill: var(--_label);
  }

  .s1 {
    --_color: var(--sctmm-radar-series-1-color, #3366cc);
    --_dash: var(--sctmm-radar-series-1-dash, none);
  }

  .s2 {
    --_color: var(--sctmm-radar-series-2-color, #b35900);
    --_dash: var(--sctmm-radar-series-2-dash, 8 4);
  }

  .s3 {
    --_color: var(--sctmm-radar-series-3-color, #066e30);
    --_dash: var(--sctmm-radar-series-3-dash, 2 3);
  }

  .s4 {
    --_color: var(--sctmm-radar-series-4-color, #a80521);
    --_dash: var(--sctmm-radar-series-4-dash, 10 3 2 3);
  }

  .s5 {
    --_color: var(--sctmm-radar-series-5-color, #6a3d9a);
    --_dash: var(--sctmm-radar-series-5-dash, 4 4);
  }

  .s6 {
    --_color: var(--sctmm-radar-series-6-color, #00707a);
    --_dash: var(--sctmm-radar-series-6-dash, 12 3 3 3);
  }

  .line {
    fill: none;
    stroke: var(--_color);
    stroke-width: var(--_stroke-width);
    stroke-dasharray: var(--_dash);
    stroke-linejoin: round;
  }

  .line.closed {
    fill: var(--_color);
    fill-opacity: var(--_fill-opacity);
  }

  .markers {
    fill: var(--_color);
    stroke: var(--_surface);
    stroke-width: 1;
  }

  .out-of-range {
    fill: none;
    stroke: var(--_color);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }

  .active-axis {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .active-point {
    fill: none;
    stroke: var(--_text);
    stroke-width: 3;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }

  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }

  .swatch {
    width: 2.25em;
    height: 0.75em;
    overflow: visible;
  }

  .toggle {
    min-height: 2.75em;
    margin: 0.75em 0 0;
    padding: 0.375em 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary-dark);
    background: var(--_surface);
    font: inherit;
    cursor: pointer;
  }

  .toggle:hover {
    background: var(--_surface-alt);
  }

  .data {
    max-width: 100%;
    margin: 0.75em 0 0;
    overflow-x: auto;
    container-type: inline-size;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
  }

  caption {
    font-weight: 700;
    text-align: start;
    padding: 0 0 0.5em;
  }

  .caption-text {
    position: sticky;
    inset-inline-start: 0;
    display: inline-block;
    max-width: 100cqi;
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  td,
  thead th + th {
    text-align: end;
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .error {
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_error);
    color: var(--_error);
    background: var(--_surface);
  }

  .error p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .chart,
    .swatch {
      forced-color-adjust: none;
    }

    .ring,
    .spoke {
      stroke: GrayText;
    }

    .ring-label {
      fill: CanvasText;
      stroke: Canvas;
    }

    .label {
      fill: CanvasText;
    }

    .line,
    .out-of-range {
      stroke: CanvasText;
    }

    .line.closed {
      fill: none;
    }

    .markers {
      fill: CanvasText;
      stroke: Canvas;
    }

    .active-axis,
    .active-point {
      stroke: Highlight;
    }

    .chart:focus-visible {
      outline: 0.1875em solid Highlight;
    }
  }

  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .chart {
      break-inside: avoid;
    }

    .data {
      overflow: visible;
    }

    .toggle,
    .active {
      display: none;
    }
  }
`;
