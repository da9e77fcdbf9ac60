import { css } from 'lit';

/**
 * The library's action buttons: `primary` (filled) and `secondary`
 * (outlined), and the frame a `danger` button shares with them.
 */
export const buttonStyles = css`
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
`;
