/**
 * Shared fixtures of the `<sctmm-results-table>` tests: building the
 * element, finding rows and cells, small indicator sets, and recording
 * events. The console, page and key helpers come from ../helpers.ts.
 */
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/results-table/define.ts';
import type {
  SctmmResultsTable,
} from '../../../src/components/results-table/results-table.ts';
import type {
  Indicator,
  IndicatorSet,
} from '../../../src/engine/schema/indicators.ts';
import { focused as focusedIn } from '../helpers.ts';

export type { SctmmResultsTable };
export { demoIndicatorSet } from '../../../scripts/results-example/demo-set.ts';
export {
  press,
  silentConsole,
  textOf,
  until,
  watchPage,
} from '../helpers.ts';

/** Builds the element from `template` and waits for its first render. */
export async function build(template: TemplateResult) {
  const el = await fixture<SctmmResultsTable>(template);
  await settle(el);
  return el;
}

/** Waits for the element's update and anything it started. */
export async function settle(el: SctmmResultsTable): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Waits until the element is in `state`, or fails after `ms`. */
export async function reach(el: SctmmResultsTable, state: string, ms = 4000) {
  const start = performance.now();
  while (el.state !== state) {
    if (performance.now() - start > ms) {
      throw new Error(`the table never reached "${state}" (${el.state})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settle(el);
}

export function $(el: SctmmResultsTable, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the element`);
  return found;
}

export function $$(el: SctmmResultsTable, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The element's focused node inside its shadow root. */
export function focused(el: SctmmResultsTable): Element | null {
  return focusedIn(el as never);
}

/**
 * A button's accessible name as Chrome computes it for the markup the
 * element uses: its `aria-label`, else its text, where a child laid out
 * as a block (a visually hidden span is one: it is positioned) is set
 * off by spaces. `textContent` alone would hide those spaces.
 */
export function accessibleName(node: Element): string {
  const label = node.getAttribute('aria-label')?.trim();
  if (label) return label;
  return [...node.childNodes].map(nameFromContent).join('')
    .replace(/\s+/g, ' ').trim();
}

function nameFromContent(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true') return '';
  const { display, visibility } = getComputedStyle(node);
  if (display === 'none' || visibility === 'hidden') return '';
  const text = [...node.childNodes].map(nameFromContent).join('');
  return display.startsWith('inline') ? text : ` ${text} `;
}

/** Text with white space collapsed. */
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The row whose indicator is named `name`. */
export function row(el: SctmmResultsTable, name: string): HTMLElement {
  const found = $$(el, 'tr.indicator-row').find((tr) =>
    text(tr.querySelector('.indicator')) === name);
  if (!found) throw new Error(`no row named "${name}"`);
  return found;
}

/** The text of every cell of the row named `name`, by column. */
export function cells(el: SctmmResultsTable, name: string) {
  const [indicator, subdimension, current, baseline, change, average, best,
    level] = [...row(el, name).children].map(text);
  return { indicator, subdimension, current, baseline, change, average,
    best, level };
}

/** The names of the rows shown, in order. */
export function rowNames(el: SctmmResultsTable): string[] {
  return $$(el, 'tr.indicator-row .indicator').map(text);
}

/** A measured indicator with defaults that `changes` overrides. */
export function indicator(changes: Partial<Indicator> = {}): Indicator {
  return {
    id: 'homicide-rate',
    subdimension: 'seguridad',
    name: { es: 'Tasa de homicidios', en: 'Homicide rate' },
    unit: { es: 'por cada 100.000 habitantes', en: 'per 100,000 residents' },
    polarity: 'lower',
    baseline: { value: 31.4, period: '2019' },
    current: { value: 24.9, period: '2023' },
    peers: { average: 26.8, best: 9.7 },
    ...changes,
  };
}

/** A set of `indicators`, edition 2020. */
export function setOf(...indicators: Indicator[]): IndicatorSet {
  return {
    format: 'sctmm/indicator-set@1',
    edition: '2020',
    indicators,
  };
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

/**
 * Presses Tab until focus inside the element satisfies `wanted`; fails
 * after `max` presses.
 */
export async function tabTo(
  el: SctmmResultsTable,
  wanted: (node: Element) => boolean,
  max = 80,
): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node && wanted(node)) return node;
  }
  throw new Error(`focus never reached the wanted node in ${max} tabs`);
}

/** A column header's label, without its sort icon. */
export function columnLabel(node: Element): string {
  const icon = text(node.querySelector('.sort-icon'));
  return text(node).slice(0, text(node).length - icon.length).trim();
}

/** Whether `node` is the sort button of the column headed `label`. */
export function isSortButton(label: string) {
  return (node: Element) => node instanceof HTMLButtonElement &&
    node.classList.contains('sort') && columnLabel(node) === label;
}

/** The `aria-sort` of every column header that has one, by its label. */
export function sortState(el: SctmmResultsTable): Record<string, string> {
  return Object.fromEntries($$(el, 'thead th[aria-sort]').map((th) =>
    [columnLabel(th), th.getAttribute('aria-sort')!]));
}
