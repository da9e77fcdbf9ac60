/**
 * Shared fixtures of the `<sctmm-perception-survey>` tests: a small
 * survey, building the element, finding its parts, answering by click,
 * reading what is saved, and asking the test server (server.js, routes
 * under /__survey/) what the endpoint received. The console, storage and
 * page watchers come from ../helpers.ts.
 */
import { fixture, html } from '@open-wc/testing';
import { type TemplateResult, nothing } from 'lit';
import '../../../src/components/perception-survey/define.ts';
import type {
  SctmmPerceptionSurvey,
} from '../../../src/components/perception-survey/perception-survey.ts';
import type {
  Rating,
  Survey,
  SurveyResponse,
} from '../../../src/engine/schema/survey.ts';

export type { SctmmPerceptionSurvey };
export {
  cleanStorage,
  description,
  focused,
  isButton,
  press,
  pressWith,
  silentConsole,
  tabTo,
  textOf,
  until,
  watchPage,
} from '../helpers.ts';
import { textOf } from '../helpers.ts';

/** The name of the segment question's radios. */
export const SEGMENT = 'respondent_segment';

/** The localStorage key of the outbox. */
export const OUTBOX = 'sctmm-outbox';

/** A text that reads the same in both languages. */
function text(value: string) {
  return { es: value, en: value };
}

/**
 * A small survey of the 2020 model: two statements on open government
 * (governance), one on environmental quality (environment). Its steps:
 * the segment, governance, environment, thanks.
 */
export function smallSurvey(edition = '2020'): Survey {
  return {
    format: 'sctmm/survey@1',
    id: 'test-survey',
    version: '1',
    edition,
    title: { es: 'Encuesta de prueba', en: 'Test survey' },
    statements: [
      {
        id: 'ga-1',
        subdimension: 'gobierno-abierto',
        text: { es: 'La alcaldía rinde cuentas.', en: 'The city reports.' },
      },
      {
        id: 'ga-2',
        subdimension: 'gobierno-abierto',
        text: text('Los datos públicos son fáciles de hallar.'),
      },
      {
        id: 'ca-1',
        subdimension: 'calidad-ambiental',
        text: text('El aire de mi barrio es limpio.'),
      },
    ],
  };
}

/** The statement ids of the small survey, step by step (1 and 2). */
export const SMALL_STEPS = [['ga-1', 'ga-2'], ['ca-1']];

/** The default key of the small survey's saved progress. */
export const SMALL_KEY = 'sctmm-perception-survey:test-survey';

/** Builds the element from `template` and waits for its first render. */
export async function build(
  template: TemplateResult = html`<sctmm-perception-survey>
    </sctmm-perception-survey>`,
): Promise<SctmmPerceptionSurvey> {
  const el = await fixture<SctmmPerceptionSurvey>(template);
  await settle(el);
  return el;
}

/** Builds the element asking the small survey. */
export async function buildSmall(
  attributes: { endpoint?: string; key?: string; lang?: string } = {},
): Promise<SctmmPerceptionSurvey> {
  const el = await fixture<SctmmPerceptionSurvey>(html`
    <sctmm-perception-survey
      .survey=${smallSurvey()}
      lang=${attributes.lang ?? 'es'}
      endpoint=${attributes.endpoint ?? nothing}
      storage-key=${attributes.key ?? nothing}
      retry-delay="60"
    ></sctmm-perception-survey>`);
  await settle(el);
  return el;
}

/** Waits until the element and any focus move after it have settled. */
export async function settle(el: SctmmPerceptionSurvey): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

export function $(el: SctmmPerceptionSurvey, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the element`);
  return found;
}

export function $maybe(el: SctmmPerceptionSurvey, selector: string) {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: SctmmPerceptionSurvey, selector: string) {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function headingText(el: SctmmPerceptionSurvey): string {
  return textOf($(el, 'h2'));
}

export function liveRegion(el: SctmmPerceptionSurvey): HTMLElement {
  return $(el, '[aria-live="polite"]');
}

/** The radio of question `name` whose value is `value`. */
export function radio(
  el: SctmmPerceptionSurvey,
  name: string,
  value: Rating | string,
): HTMLInputElement {
  return $(el,
    `input[type="radio"][name="${name}"][value="${value}"]`,
  ) as HTMLInputElement;
}

/** The texts of the options of question `name`, in order. */
export function optionTexts(el: SctmmPerceptionSurvey, name: string) {
  return $$(el, `input[name="${name}"]`)
    .map((input) => textOf(input.closest('label')));
}

/** Answers question `name` with `value` by clicking its radio. */
export async function choose(
  el: SctmmPerceptionSurvey,
  name: string,
  value: Rating | string,
): Promise<void> {
  radio(el, name, value).click();
  await settle(el);
}

/** Clicks the button that moves on (Next, or Send on the last step). */
export async function clickNext(el: SctmmPerceptionSurvey): Promise<void> {
  $(el, '[part~="next"]').click();
  await settle(el);
}

/**
 * Answers the small survey by click, from the segment step up to the
 * last statement, without sending: segment `academia`, ratings 4, 5, 2.
 */
export async function answerSmall(el: SctmmPerceptionSurvey) {
  await choose(el, SEGMENT, 'academia');
  await clickNext(el);
  await choose(el, 'ga-1', 4);
  await choose(el, 'ga-2', 5);
  await clickNext(el);
  await choose(el, 'ca-1', 2);
}

/** The saved-progress envelope under `key`, parsed, or `null`. */
export function saved(key = SMALL_KEY) {
  const raw = localStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

/** The responses waiting in the outbox, by id. */
export function outbox(): Record<string, { response: SurveyResponse }> {
  const raw = localStorage.getItem(OUTBOX);
  return raw === null ? {} : JSON.parse(raw).entries;
}

/** A key no other test uses, for the test server's state. */
export function uniqueKey(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2)}`;
}

/** The endpoint URL of the test server for `key`. */
export function inboxUrl(key: string, query = ''): string {
  return `/__survey/inbox?key=${key}${query ? `&${query}` : ''}`;
}

/** What the test server's endpoint saw for `key`. */
export async function stats(key: string): Promise<{
  hits: number;
  requests: { method: string; type: string; body: SurveyResponse }[];
}> {
  const response = await fetch(`/__survey/stats?key=${key}`);
  return response.json();
}

/** Records the events of `type` that reach the document. */
export function record<T>(type: string) {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  return {
    events,
    stop: () => document.removeEventListener(type, listener),
  };
}
