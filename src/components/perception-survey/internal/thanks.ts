import { html } from 'lit';
import type { PerceptionSurveyMessages } from '../messages.ts';

/** Where the last response is: `handed` when there is no endpoint. */
export type DeliveryState = 'handed' | 'sending' | 'sent' | 'queued';

/** The state of the last response, as the thank-you step shows it. */
export interface DeliveryView {
  state: DeliveryState;
  /** Whether a queued response is saved on the device. */
  savedOnDevice: boolean;
  /**
   * Whether the endpoint answered the last attempt with an error, rather
   * than not at all: then the connection is not what failed.
   */
  refused: boolean;
}

/** Where a response is before any is sent. */
export const NOT_SENT: DeliveryView = Object.freeze({
  state: 'handed',
  savedOnDevice: false,
  refused: false,
});

/** Why a response waits: no answer from the endpoint, or an error. */
function queuedText(t: PerceptionSurveyMessages, view: DeliveryView) {
  if (view.refused) {
    return view.savedOnDevice ? t.refusedSaved : t.refused;
  }
  return view.savedOnDevice ? t.queuedSaved : t.queued;
}

/** What the thank-you step says about the last response. */
export function deliveryText(
  t: PerceptionSurveyMessages,
  view: DeliveryView,
): string {
  switch (view.state) {
    case 'sending':
      return t.sending;
    case 'sent':
      return t.sent;
    case 'queued':
      return queuedText(t, view);
    default:
      return '';
  }
}

/**
 * The thank-you step: whether the answers were sent or wait on the
 * device (the element's live region announces each change), then a way
 * to start a new response.
 */
export function renderThanks(
  t: PerceptionSurveyMessages,
  view: DeliveryView,
  again: () => void,
) {
  return html`<p class="lead">${t.thanksLead}</p>
    <p class="delivery" part="delivery" data-state=${view.state}
      >${deliveryText(t, view)}</p>
    <div class="actions" part="actions">
      <button type="button" class="primary" part="again"
        @click=${again}>${t.again}</button>
    </div>`;
}
