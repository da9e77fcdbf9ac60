import { css } from 'lit';

/**
 * The look of the survey's own parts, made for a phone first: one
 * option per row, each a touch target of at least 2.75em. The wizard's
 * common look is in `wizard.styles.ts`.
 */
export const perceptionSurveyStyles = css`
  .step-count {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .privacy,
  .pending {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_primary-dark);
    background: var(--_surface-alt);
  }

  .subdimension {
    margin: 0 0 1.5em;
  }

  .subdimension h3 {
    font-size: 1.05em;
  }

  .statement {
    margin: 0 0 1em;
    padding: 0.75em;
  }

  .statement legend {
    font-weight: 700;
  }

  .choices {
    gap: 0.375em;
  }

  .choice {
    align-items: center;
    min-height: 2.75em;
  }

  .choice input {
    margin: 0;
  }

  .choice.dont-know,
  .choice.none {
    margin-top: 0.375em;
  }

  .delivery {
    padding: 0.75em 1em;
    border-inline-start: 0.375em solid var(--_primary-dark);
    background: var(--_surface-alt);
  }

  .delivery:empty {
    display: none;
  }

  .delivery[data-state='sent'] {
    border-color: var(--_success);
  }

  @container (max-width: 24em) {
    .statement {
      padding: 0.625em 0.5em;
    }

    .actions button {
      flex: 1 1 auto;
    }
  }
`;
