/**
 * Every element on a 320 px phone with text at up to 200 % (WCAG 1.4.4
 * and 1.4.10): the page never scrolls sideways and nothing crosses the
 * element's right edge, except inside a region meant to scroll, such as
 * a wide table's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/index-badge/define.ts';
import '../../src/components/maturity-report/define.ts';
import '../../src/components/perception-survey/define.ts';
import '../../src/components/radar-chart/define.ts';
import '../../src/components/results-table/define.ts';
import '../../src/components/self-diagnosis/define.ts';
import { exampleSnapshot } from './index-badge/example-snapshot.js';
import {
  type SctmmSelfDiagnosis,
  cleanStorage,
  clickNext,
  clickThroughAxes,
  silentConsole,
  until,
} from './helpers.ts';
import { EXAMPLE } from './maturity-report/helpers.ts';
import { smallSurvey } from './perception-survey/helpers.ts';
import { AXES, DIMENSIONS, seriesOf } from './radar-chart/helpers.ts';
import { ANSWERS } from './result-fixtures.ts';

/**
 * Text at 125, 150 and 200 % of the 16 px most browsers start from, as
 * a user sets it in the browser or a page sets `--sctmm-font-size`.
 */
const SIZES = [125, 150, 200];

/** An element with Lit's update promise. */
type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits two frames, so that layout and scrolling have happened. */
const frames = () => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits for `el` and for the elements in its shadow root, twice. */
async function settle(el: Host): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await el.updateComplete;
    const inner = [...el.shadowRoot!.querySelectorAll('*')]
      .filter((node) => node.localName.startsWith('sctmm-'));
    await Promise.all(inner.map((node) => (node as Host).updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await frames();
}

/** Builds `template` and waits until `ready` holds for it. */
async function build(
  template: TemplateResult,
  ready: (el: Host) => boolean = () => true,
): Promise<Host> {
  const el = await fixture<Host>(template);
  await settle(el);
  await until(() => ready(el), `${el.localName} to be ready`);
  await settle(el);
  return el;
}

/** Whether nothing in `el`'s shadow root matches `selector`. */
const without = (selector: string) => (el: Host) =>
  el.shadowRoot!.querySelector(selector) === null;

/** Opens the data table of every radar chart under `el`. */
async function openData(el: Host): Promise<void> {
  for (const toggle of deep(el.shadowRoot!)) {
    if (toggle.getAttribute('part') === 'toggle') {
      (toggle as HTMLButtonElement).click();
    }
  }
  await settle(el);
}

const cases: [string, () => Promise<Host>][] = [
  ['the self-diagnosis, at its start', () => build(html`
    <sctmm-self-diagnosis no-persist></sctmm-self-diagnosis>`)],
  ['the self-diagnosis, on a question', async () => {
    const el = await build(html`<sctmm-self-diagnosis no-persist>
      </sctmm-self-diagnosis>`);
    await clickNext(el as SctmmSelfDiagnosis);
    await settle(el);
    return el;
  }],
  ['the self-diagnosis, on a checklist', async () => {
    const el = await build(html`<sctmm-self-diagnosis no-persist
      instrument-src="/examples/checklist-instrument.json"
      ></sctmm-self-diagnosis>`, (el) =>
      el.shadowRoot!.querySelector('h2') !== null);
    await clickNext(el as SctmmSelfDiagnosis);
    await settle(el);
    return el;
  }],
  ['the self-diagnosis, on its review', async () => {
    const el = await build(html`<sctmm-self-diagnosis no-persist>
      </sctmm-self-diagnosis>`);
    await clickThroughAxes(el as SctmmSelfDiagnosis, ANSWERS);
    await settle(el);
    return el;
  }],
  ['the self-diagnosis, on its result', async () => {
    const el = await build(html`<sctmm-self-diagnosis no-persist
      entity-name="Alcaldía de Prueba"></sctmm-self-diagnosis>`);
    await clickThroughAxes(el as SctmmSelfDiagnosis, ANSWERS);
    await clickNext(el as SctmmSelfDiagnosis);
    await settle(el);
    return el;
  }],
  ['the perception survey', () => build(html`
    <sctmm-perception-survey no-persist></sctmm-perception-survey>`)],
  ['the perception survey, on its statements', async () => {
    const el = await build(html`<sctmm-perception-survey no-persist
      .survey=${smallSurvey()}></sctmm-perception-survey>`);
    el.shadowRoot!.querySelector<HTMLInputElement>(
      'input[type="radio"]')!.click();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!.click();
    await settle(el);
    return el;
  }],
  ['the results table', () => build(html`<sctmm-results-table
    src="/examples/indicator-set.csv"></sctmm-results-table>`,
    (el) => el.getAttribute('state') === 'ready')],
  ['the radar of the dimensions, with its data', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions"
      .series=${[seriesOf('Percepción', DIMENSIONS,
        [3.5, 2, 4.25, 1, 5, 6]), seriesOf('Resultados', DIMENSIONS,
        [3, 2.5, null, 4, 5.5, 1.5])]}></sctmm-radar-chart>`);
    await openData(el);
    return el;
  }],
  ['the radar of the axes, with its data', async () => {
    const el = await build(html`<sctmm-radar-chart preset="axes"
      .series=${[seriesOf('Capacidades', AXES, [3.5, 5, 1.75, 6, 2.7])]}
      ></sctmm-radar-chart>`);
    await openData(el);
    return el;
  }],
  ['the flat badge', () => build(html`<sctmm-index-badge score="3.8"
    measured-at="2026-06-30"></sctmm-index-badge>`)],
  ['the badge card', () => build(html`<sctmm-index-badge variant="card"
    .snapshot=${exampleSnapshot()}></sctmm-index-badge>`)],
  ['the maturity report', async () => {
    const el = await build(html`<sctmm-maturity-report no-persist
      src=${EXAMPLE}></sctmm-maturity-report>`, without('.loading'));
    await openData(el);
    return el;
  }],
];

/** Every element under `root`, through the shadow roots below it. */
function deep(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const node of root.querySelectorAll<Element>('*')) {
    found.push(node);
    if (node.shadowRoot) found.push(...deep(node.shadowRoot));
  }
  return found;
}

/** The element's parent, crossing out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  return node.parentElement ??
    ((node.parentNode as ShadowRoot | null)?.host ?? null);
}

/**
 * Whether `node` lies in a region of `el` meant to scroll sideways, such
 * as a wide table's focusable region.
 */
function inScroller(node: Element, el: Host): boolean {
  for (let up = parentOf(node); up && up !== el; up = parentOf(up)) {
    const { overflowX } = getComputedStyle(up);
    if (overflowX === 'auto' || overflowX === 'scroll') return true;
  }
  return false;
}

/** A name of `node` for a failure message. */
function nameOf(node: Element): string {
  const part = node.getAttribute('part');
  const className = node.getAttribute('class');
  return node.localName + (part ? `[part="${part}"]` : '') +
    (className ? `.${className.trim().split(/\s+/).join('.')}` : '');
}

for (const percent of SIZES) {
  const size = `${(16 * percent) / 100}px`;

  describe(`text at ${percent} % on a 320 px phone`, () => {
    silentConsole();
    cleanStorage();
    before(async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.setProperty('--sctmm-font-size', size);
    });
    after(async () => {
      document.documentElement.style.removeProperty('--sctmm-font-size');
      await setViewport({ width: 800, height: 600 });
    });

    for (const [name, make] of cases) {
      it(`${name} reflows: the page never scrolls sideways`, async () => {
        const el = await make();

        expect(getComputedStyle(el).fontSize).to.equal(size);
        const root = document.documentElement;
        const right = Math.min(el.getBoundingClientRect().right,
          root.clientWidth);
        const crossing = deep(el.shadowRoot!).filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && box.right > right + 0.5 &&
            !inScroller(node, el);
        });
        expect([...new Set(crossing.map(nameOf))]).to.deep.equal([]);
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      });
    }
  });
}
