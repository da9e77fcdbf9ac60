import { css } from 'lit';

/**
 * The library's design tokens and the resets every element shares. Sizes
 * are in `em` from the host, so a host page's root font size cannot
 * shrink them; colours follow GOV.CO and meet WCAG 2.1 AA on white.
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

    display: block;
    box-sizing: border-box;
    margin: 0;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--sctmm-font-size, medium);
    line-height: 1.5;
    text-align: start;
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
