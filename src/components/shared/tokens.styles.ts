import { css } from 'lit';

/**
 * The library's design tokens and the resets every element shares. Sizes
 * are in `em` from the host, so a host page's root font size cannot
 * shrink them; colours follow GOV.CO and meet WCAG 2.1 AA on white.
 *
 * A page rule that matches the host, even `* { ... }`, wins over a normal
 * `:host` rule, and the shadow tree inherits what the host gets. So every
 * inherited text property is set on the host as important, which no rule
 * of the page can override. An element that wants another value on its
 * host sets `--_text`, `--_font-size` or `--_line-height`. The page still
 * passes on `lang`, `direction`, `visibility`, `cursor` and the
 * `--sctmm-*` tokens.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--sctmm-color-primary, #3366cc);
    --_primary-dark: var(--sctmm-color-primary-dark, #004884);
    --_text: var(--sctmm-color-text, #1f1f1f);
    --_muted: var(--sctmm-color-muted, #4b4b4b);
    --_surface: var(--sctmm-color-surface, #ffffff);
    --_surface-alt: var(--sctmm-color-surface-alt, #f2f5fb);
    --_border: var(--sctmm-color-border, #767676);
    --_error: var(--sctmm-color-error, #a80521);
    --_success: var(--sctmm-color-success, #066e30);
    --_focus: var(--sctmm-color-focus, #ffbf47);
    --_radius: var(--sctmm-radius, 0.375em);
    --_space: var(--sctmm-space, 1em);
    --_font: var(--sctmm-font-family,
      'Work Sans', 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--sctmm-font-size, medium);
    --_line-height: 1.5;

    display: block;
    box-sizing: border-box;
    margin: 0;
    background: var(--_surface);
  }

  :host {
    color: var(--_text) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-kerning: auto !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-size-adjust: none !important;
    line-height: var(--_line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
    hyphens: manual !important;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.3125em var(--_text);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
