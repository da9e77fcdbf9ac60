/**
 * Shared fixtures of the `<sctmm-index-badge>` tests: building the badge,
 * waiting for its states, reading its parts and name, recording its
 * events, and asking the test server (server.js, routes under /__badge/)
 * what it saw. The console and page watchers come from ../helpers.ts.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/index-badge/define.ts';
import type {
  IndexBadgeErrorDetail,
  IndexBadgeUpdateDetail,
} from '../../../src/components/index-badge/events.ts';
import type {
  SctmmIndexBadge,
} from '../../../src/components/index-badge/index-badge.ts';

export type { IndexBadgeErrorDetail, IndexBadgeUpdateDetail };
export type { SctmmIndexBadge };
export { exampleSnapshot, isoDaysAgo } from './example-snapshot.js';
export { silentConsole, textOf, until, watchPage } from '../helpers.ts';
import { textOf, until } from '../helpers.ts';

/** Builds the badge from `template` and waits for its first render. */
export async function build(
  template: TemplateResult,
): Promise<SctmmIndexBadge> {
  const el = await fixture<SctmmIndexBadge>(template);
  await el.updateComplete;
  return el;
}

/** Waits until the badge's `state` attribute is `state`. */
export async function reach(
  el: SctmmIndexBadge,
  state: string,
  ms = 4000,
): Promise<void> {
  await until(() => el.getAttribute('state') === state,
    `state="${state}" (it is "${el.getAttribute('state')}")`, ms);
  await el.updateComplete;
}

export function $(el: SctmmIndexBadge, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the badge`);
  return found;
}

export function $maybe(el: SctmmIndexBadge, selector: string) {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** The texts of the label, value and note, as a reader sees them. */
export function segments(el: SctmmIndexBadge) {
  return {
    label: textOf($(el, '[part="label"]')),
    value: textOf($(el, '[part="value"]')),
    note: textOf($maybe(el, '[part="note"]')),
  };
}

/** The accessible name of the badge (flat) or the card. */
export function nameOf(el: SctmmIndexBadge): string {
  const box = $maybe(el, '[part="card"]') ?? $(el, '[part="badge"]');
  return box.getAttribute('aria-label') ?? '';
}

/** Every text of the shadow root, white space collapsed. */
export function shownText(el: SctmmIndexBadge): string {
  return textOf(el.shadowRoot as unknown as Element);
}

/** The events of `type` that reach the document, from now on. */
export function record<T>(type: 'sctmm-error' | 'sctmm-update') {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  return {
    events,
    stop: () => document.removeEventListener(type, listener),
  };
}

/** Records both events of the badge during each test of the suite. */
export function recordEvents() {
  let errors = record<IndexBadgeErrorDetail>('sctmm-error');
  let updates = record<IndexBadgeUpdateDetail>('sctmm-update');
  beforeEach(() => {
    errors = record('sctmm-error');
    updates = record('sctmm-update');
  });
  afterEach(() => {
    errors.stop();
    updates.stop();
  });
  return {
    errors: () => errors.events,
    updates: () => updates.events,
  };
}

/** A key of its own for a test, so counts on the server are its alone. */
export function uniqueKey(): string {
  return Math.random().toString(36).slice(2);
}

/** What the server saw of the requests with `key`. */
export async function serverStats(key: string): Promise<{
  hits: number;
  times: number[];
  maxInFlight: number;
  aborted: number;
}> {
  const response = await fetch(`/__badge/stats?key=${key}`);
  return response.json();
}

/** What the server saw of `key`: hits, times, concurrency, aborts. */
export type ServerStats = Awaited<ReturnType<typeof serverStats>>;

/**
 * Waits until what the server saw of `key` satisfies `check`, asking it
 * every 50 ms, or fails after `ms`.
 */
export async function serverSaw(
  key: string,
  check: (stats: ServerStats) => boolean,
  what: string,
  ms = 2000,
): Promise<ServerStats> {
  const start = performance.now();
  for (;;) {
    const stats = await serverStats(key);
    if (check(stats)) return stats;
    if (performance.now() - start > ms) {
      throw new Error(`timed out waiting for ${what}: ` +
        JSON.stringify(stats));
    }
    await wait(50);
  }
}


const MONTHS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio',
    'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'],
};

/** An ISO date as written by hand: "30 de junio de 2026". */
export function spanishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} de ${MONTHS.es[month! - 1]} de ${year}`;
}

/** An ISO date as written by hand: "June 30, 2026". */
export function englishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS.en[month! - 1]} ${day}, ${year}`;
}

/** Waits `ms` milliseconds, for tests that check nothing else happens. */
export const wait = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms));
