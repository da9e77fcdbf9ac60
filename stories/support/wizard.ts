// Helpers the self-diagnosis stories share: find the element, wait until it
// has an instrument, answer it and move through its steps, all through the
// element's public API (`responses`, `result`, `step`, `goToStep`), so a
// story breaks when that contract does.
import { expect, waitFor } from 'storybook/test';
import type {
  SctmmSelfDiagnosis,
} from '../../src/components/self-diagnosis/self-diagnosis.ts';
import type { CapacityResponses, Instrument } from '../../src/engine/index.ts';

export const TAG = 'sctmm-self-diagnosis';

/** The element a story rendered. */
export function wizardIn(canvasElement: HTMLElement): SctmmSelfDiagnosis {
  const el = canvasElement.querySelector<SctmmSelfDiagnosis>(TAG);
  if (!el) throw new Error(`the story rendered no <${TAG}>`);
  return el;
}

/**
 * Waits until the element has an instrument to ask (its `result` is
 * defined from then on) and has rendered it.
 */
export async function ready(el: SctmmSelfDiagnosis): Promise<void> {
  await waitFor(() => expect(el.result).toBeDefined(), { timeout: 5000 });
  await el.updateComplete;
}

/** An element of the shadow root, or an error naming what is missing. */
export function inShadow<T extends Element>(
  el: SctmmSelfDiagnosis,
  selector: string,
): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${TAG}>'s shadow root`);
  return found;
}

/**
 * Answers for the first `axisCount` axes of `instrument`: axis `i` sits at a
 * different level each (2, 3, 4, 5, 3, …) so the result has some shape.
 * Rubric questions get that level; checklist statements up to it are met.
 */
export function answersFor(
  instrument: Instrument,
  axisCount = instrument.axes.length,
): CapacityResponses {
  const responses: CapacityResponses = {};
  const pattern = [2, 3, 4, 5, 3];
  instrument.axes.slice(0, axisCount).forEach((axis, i) => {
    const target = Math.min(pattern[i % pattern.length]!, instrument.levels);
    for (const capacity of axis.capacities) {
      if (capacity.kind === 'rubric') {
        responses[capacity.id] = target;
      } else {
        for (const statement of capacity.statements) {
          const met = statement.level <= target;
          responses[statement.id] = met ? 'met' : 'not-met';
        }
      }
    }
  });
  return responses;
}

/** Step indices: 0 intro, then one per axis, then review, then result. */
export const axisStep = (axisIndex: number) => 1 + axisIndex;
export const resultStep = (instrument: Instrument) =>
  2 + instrument.axes.length;

/**
 * Runs `act`, which makes the element move focus (to a step's heading or
 * to the error summary). On a Docs page, where several stories play at
 * once, that would scroll the page down to the last of them, so there the
 * scroll position is put back and the focus released.
 */
export async function inPlace(
  el: Pick<HTMLElement, 'shadowRoot'> & { updateComplete: Promise<unknown> },
  viewMode: string | undefined,
  act: () => Promise<unknown>,
) {
  const { scrollX, scrollY } = window;
  await act();
  await el.updateComplete;
  if (viewMode !== 'docs') return;
  await new Promise(requestAnimationFrame);
  (el.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(scrollX, scrollY);
}

/** Goes to `step` and checks that the element agreed to go there. */
export async function goTo(
  el: SctmmSelfDiagnosis,
  step: number,
  viewMode?: string,
) {
  let moved = false;
  await inPlace(el, viewMode, async () => {
    moved = await el.goToStep(step);
  });
  await expect(moved, `goToStep(${step}) was refused`).toBe(true);
  await expect(el.step).toBe(step);
}
