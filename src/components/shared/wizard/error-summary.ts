import { html } from 'lit';
import { fill } from '../localize.ts';
import { itemDomId } from './ids.ts';

/** The texts of an error summary; `other` has a `{count}`. */
export interface ErrorSummaryTexts {
  one: string;
  other: string;
  lead: string;
}

/** An unanswered item: its id and the text that names it. */
export interface MissingItem {
  id: string;
  label: string;
}

/**
 * The list of unanswered items shown at the top of a step when the user
 * tries to move on; each entry moves focus to its item through
 * `focusItem`. It takes focus itself when it appears.
 */
export function renderErrorSummary(
  texts: ErrorSummaryTexts,
  missing: readonly MissingItem[],
  focusItem: (id: string) => void,
) {
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">
      ${missing.length === 1
        ? texts.one
        : fill(texts.other, { count: missing.length })}
    </h3>
    <p>${texts.lead}</p>
    <ul>
      ${missing.map(
        (item) => html`<li>
          <a
            href=${`#${itemDomId(item.id)}`}
            @click=${(event: Event) => {
              event.preventDefault();
              focusItem(item.id);
            }}
            >${item.label}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
