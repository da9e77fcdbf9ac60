import { css } from 'lit';

/**
 * The look of the index badge. White text sits on the label and on the
 * level colours at a contrast of 5:1 or more (WCAG AA asks 4.5:1); the
 * states differ in shape and words as well as colour: a grey value and
 * a note for `stale`, a red outline for `error`, a dashed outline for
 * `empty`, a pale box for `loading`. In the card, a part's score goes
 * under its name when both do not fit on one line.
 */
export const indexBadgeStyles = css`
  :host {
    --_label-bg: var(--sctmm-badge-label-color, #4b4b4b);
    --_on-color: var(--sctmm-badge-text-color, #ffffff);
    --_stale: var(--sctmm-badge-stale-color, #767676);
    --_line-height: 1.25;

    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
    background: transparent;
  }

  .band-1 { --_band: var(--sctmm-badge-level-1-color, #9e3600); }
  .band-2 { --_band: var(--sctmm-badge-level-2-color, #8a5a00); }
  .band-3 { --_band: var(--sctmm-badge-level-3-color, #5f6b00); }
  .band-4 { --_band: var(--sctmm-badge-level-4-color, #2e7d32); }
  .band-5 { --_band: var(--sctmm-badge-level-5-color, #00707a); }
  .band-6 { --_band: var(--sctmm-badge-level-6-color, #004884); }

  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: stretch;
    max-width: 100%;
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .label,
  .value,
  .note {
    padding: 0.2em 0.55em;
    border: 0.0625em solid transparent;
  }

  .label {
    background: var(--_label-bg);
    color: var(--_on-color);
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }

  .value {
    background: var(--_band, var(--_label-bg));
    color: var(--_on-color);
  }

  .note {
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
    border-color: var(--_border);
    border-inline-start: none;
  }

  .value:last-child,
  .note {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }

  .state-stale .value {
    background: var(--_stale);
    font-style: italic;
  }

  .state-loading .value {
    background: var(--_surface-alt);
    color: var(--_muted);
    font-weight: 400;
  }

  .state-empty .value {
    background: var(--_surface);
    color: var(--_muted);
    font-weight: 400;
    border: 0.0625em dashed var(--_border);
  }

  .state-error .value {
    background: var(--_surface);
    color: var(--_error);
    border-color: var(--_error);
  }

  .card {
    display: block;
    max-width: 24em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }

  .card.state-stale {
    border-style: dashed;
  }

  .card.state-error {
    border-color: var(--_error);
  }

  .card p {
    margin: 0.375em 0 0;
  }

  .card .entity {
    margin: 0 0 0.5em;
    font-weight: 700;
  }

  .card > .badge {
    display: flex;
    width: fit-content;
    margin: 0;
  }

  .technical {
    margin: 0.375em 0 0;
    font-size: 0.875em;
  }

  .level-name {
    font-weight: 600;
  }

  .parts {
    display: grid;
    gap: 0.25em;
    margin: 0.5em 0 0;
  }

  .part {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }

  .parts dt {
    flex: 0 1 7em;
    color: var(--_muted);
  }

  .parts dd {
    flex: 1 1 auto;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .date,
  .message {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .state-error .message {
    color: var(--_error);
  }

  .issues {
    margin: 0.375em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  .issues code {
    overflow-wrap: anywhere;
  }

  .source a {
    color: var(--_primary-dark);
  }

  @media (forced-colors: active) {
    .label,
    .value,
    .note,
    .card {
      border: 0.0625em solid CanvasText;
    }
  }
`;
