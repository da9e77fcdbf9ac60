/**
 * Shared fixtures of the `<sctmm-maturity-report>` tests: building the
 * element, waiting for it and its inner elements, finding its parts and
 * handing it files as the file chooser would.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/maturity-report/define.ts';
import type {
  SctmmMaturityReport,
} from '../../../src/components/maturity-report/maturity-report.ts';
import { capacityAssessment } from '../../../src/engine/assessment.ts';
import { scoreCapacity } from '../../../src/engine/capacity.ts';
import { defaultInstrument } from '../../../src/engine/model/index.ts';
import type { Assessment } from '../../../src/engine/schema/assessment.ts';
import { textOf, until } from '../helpers.ts';
import { answersById } from '../result-fixtures.ts';

export type { SctmmMaturityReport };
export { capacityOnly, complete, copy } from
  '../../engine/assessment-builders.ts';

/** The complete example of the demo's municipality. */
export const EXAMPLE = '/examples/assessment.json';

/** Waits for the element, then for the elements it renders. */
export async function settle(el: SctmmMaturityReport): Promise<void> {
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll(
    'sctmm-radar-chart, sctmm-index-badge')] as unknown as
    { updateComplete: Promise<unknown> }[];
  await Promise.all(inner.map((child) => child.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Builds the element from `template` and waits for it to settle. */
export async function build(template: TemplateResult):
  Promise<SctmmMaturityReport> {
  const el = await fixture<SctmmMaturityReport>(template);
  await settle(el);
  return el;
}

/** A report of `assessment`, given by property, kept in memory only. */
export function report(assessment: Assessment | unknown, lang = 'es') {
  return build(html`<sctmm-maturity-report lang=${lang} no-persist
    .assessment=${assessment}></sctmm-maturity-report>`);
}

/** A report that reads `src`, once it shows something else than loading. */
export async function fromSrc(src: string, lang = 'es') {
  const el = await build(html`<sctmm-maturity-report lang=${lang}
    no-persist src=${src}></sctmm-maturity-report>`);
  await until(() => $maybe(el, '.loading') === null, `${src} to load`);
  await settle(el);
  return el;
}

export function $maybe(
  el: SctmmMaturityReport,
  selector: string,
): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $(el: SctmmMaturityReport, selector: string): HTMLElement {
  const found = $maybe(el, selector);
  if (!found) throw new Error(`no ${selector} in the report`);
  return found;
}

export function $$(el: SctmmMaturityReport, selector: string):
  HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The text of the part named `part`, white space collapsed. */
export function partText(el: SctmmMaturityReport, part: string): string {
  return textOf($(el, `[part~="${part}"]`));
}

/** The element's whole text, across its own shadow root. */
export function allText(el: SctmmMaturityReport): string {
  return textOf(el.shadowRoot as unknown as Element);
}

/** Hands `file` to the report's file input, as the file chooser does. */
export async function chooseFile(
  el: SctmmMaturityReport,
  content: string,
  name = 'evaluacion.json',
): Promise<void> {
  const input = $(el, 'input[type="file"]') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => $maybe(el, '[part~="import-status"] p') !== null,
    'the import to end');
  await settle(el);
}

/** Every element under `root`, through every shadow root below it. */
export function deepAll(root: Element | ShadowRoot, selector: string):
  Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) found.push(...deepAll(node.shadowRoot, selector));
  }
  return found;
}

/** The full example, fetched from the test server. */
export async function example(): Promise<Assessment> {
  const response = await fetch(EXAMPLE);
  return response.json();
}

/**
 * What the self-diagnosis exports, answers included, for the answers of
 * its own result tests (axes at levels 4, 5, 2, 6 and 3).
 */
export function selfDiagnosis(): Assessment {
  const responses = answersById();
  return capacityAssessment({
    result: scoreCapacity(defaultInstrument, responses),
    instrument: defaultInstrument,
    entity: { name: 'Alcaldía de Prueba' },
    measuredAt: '2026-11-30',
    responses,
  });
}
