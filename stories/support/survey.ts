// Helpers the perception survey stories share: find the element, wait
// until it asks its survey, answer it, and stand in for an endpoint, all
// through the element's public API (`segment`, `answers`, `submit`,
// `delivery`), so a story breaks when that contract does.
import { expect, waitFor } from 'storybook/test';
import type {
  SctmmPerceptionSurvey,
} from '../../src/components/perception-survey/perception-survey.ts';

export const TAG = 'sctmm-perception-survey';

/**
 * Storybook serves files, not an endpoint that takes POSTs. Two stand-in
 * addresses play one, for these stories only: `__story/survey-accepts`
 * answers 201 to every response, `__story/survey-offline` fails as a
 * phone without a connection does. Every other request goes through.
 */
export const ENDPOINTS = {
  accepts: '__story/survey-accepts',
  offline: '__story/survey-offline',
};

const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.includes(ENDPOINTS.accepts)) {
    return new Response('{"ok":true}', {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  }
  if (url.includes(ENDPOINTS.offline)) throw new TypeError('offline');
  return realFetch(input, init);
};

/** The element a story rendered. */
export function surveyIn(canvasElement: HTMLElement): SctmmPerceptionSurvey {
  const el = canvasElement.querySelector<SctmmPerceptionSurvey>(TAG);
  if (!el) throw new Error(`the story rendered no <${TAG}>`);
  return el;
}

/** Waits until the element has a survey to ask and has rendered it. */
export async function ready(el: SctmmPerceptionSurvey): Promise<void> {
  await waitFor(() => expect(el.activeSurvey).toBeDefined(),
    { timeout: 5000 });
  await el.updateComplete;
}

/** An element of the shadow root, or an error naming what is missing. */
export function inShadow<T extends Element>(
  el: SctmmPerceptionSurvey,
  selector: string,
): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${TAG}>'s shadow root`);
  return found;
}

/**
 * Answers every statement of the survey with ratings from 1 to 5 (on
 * any scale of the model), and a "don't know" now and then.
 */
export async function answerAll(el: SctmmPerceptionSurvey): Promise<void> {
  const survey = el.activeSurvey!;
  el.segment = 'civil-society';
  el.answers = Object.fromEntries(survey.statements.map((s, i) =>
    [s.id, i % 7 === 6 ? 'dont-know' : (i % 5) + 1]));
  await el.updateComplete;
}
