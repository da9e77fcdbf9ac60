import { html } from 'lit';
import type { Item } from '../../../engine/items.ts';
import { fill } from '../../shared/localize.ts';
import { type StepContext, itemDomId, itemLabel } from './context.ts';

/**
 * The list of unanswered questions shown at the top of a step when the
 * user tries to move on; each entry moves focus to its question.
 */
export function renderErrorSummary(ctx: StepContext, missing: Item[]) {
  const { t, lang, instrument } = ctx;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">
      ${missing.length === 1
        ? t.errorSummaryOne
        : fill(t.errorSummaryOther, { count: missing.length })}
    </h3>
    <p>${t.errorSummaryLead}</p>
    <ul>
      ${missing.map(
        (item) => html`<li>
          <a
            href=${`#${itemDomId(item.id)}`}
            @click=${(event: Event) => {
              event.preventDefault();
              ctx.focusItem(item.id);
            }}
            >${itemLabel(instrument, item.id, lang)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
