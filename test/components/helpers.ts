/**
 * Shared fixtures of the `<sctmm-self-diagnosis>` tests: building the
 * element, finding its parts, answering questions by click or key, and
 * watching the console and the page for unexpected output.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/self-diagnosis/define.ts';
import type {
  SctmmSelfDiagnosis,
} from '../../src/components/self-diagnosis/self-diagnosis.ts';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import type {
  Capacity,
  Instrument,
} from '../../src/engine/schema/instrument.ts';
import type { Answer } from '../../src/engine/schema/responses.ts';

export type { SctmmSelfDiagnosis };

/** The key the element saves under when `storage-key` is absent. */
export const DEFAULT_KEY = 'sctmm-self-diagnosis:sctmm-capacity';

/** The question ids of the default instrument, axis by axis. */
export const AXIS_QUESTIONS: string[][] = defaultInstrument.axes.map((a) =>
  a.capacities.map((c) => c.id),
);

/** The axis ids of the default instrument, in the order asked. */
export const AXIS_IDS = defaultInstrument.axes.map((a) => a.id);

/**
 * The default wizard has an intro, one step per axis (5), a review and
 * the result: 8 steps, indexed 0..7.
 */
export const STEPS = { intro: 0, review: 6, result: 7, count: 8 };

/** Builds the element from `template` and waits for its first render. */
export async function build(
  template: TemplateResult = html`<sctmm-self-diagnosis>
    </sctmm-self-diagnosis>`,
): Promise<SctmmSelfDiagnosis> {
  const el = await fixture<SctmmSelfDiagnosis>(template);
  await settle(el);
  return el;
}

/** Waits until the element and any focus move after it have settled. */
export async function settle(el: SctmmSelfDiagnosis): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Waits until `check` holds, polling, or fails after `ms`. */
export async function until(
  check: () => boolean,
  what: string,
  ms = 3000,
): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function $(el: SctmmSelfDiagnosis, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the element`);
  return found;
}

export function $maybe(
  el: SctmmSelfDiagnosis,
  selector: string,
): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: SctmmSelfDiagnosis, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Text with its white space collapsed, as a reader hears it. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The accessible description of `node` from its `aria-describedby`: the
 * text of each element it names, in the same tree, joined by a space;
 * `''` when it names none.
 */
export function description(node: Element): string {
  const root = node.getRootNode() as Document | ShadowRoot;
  const ids = (node.getAttribute('aria-describedby') ?? '').split(/\s+/);
  return ids.filter(Boolean)
    .map((id) => textOf(root.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

export function headingText(el: SctmmSelfDiagnosis): string {
  return textOf($(el, 'h2'));
}

export function liveRegion(el: SctmmSelfDiagnosis): HTMLElement {
  return $(el, '[aria-live="polite"]');
}

/** The element focused inside `el`'s shadow root, or `null`. */
export function focused(el: HTMLElement): Element | null {
  return el.shadowRoot!.activeElement;
}

export function stepButtons(el: SctmmSelfDiagnosis): HTMLButtonElement[] {
  return $$(el, '[part="step-list"] ol > li button') as HTMLButtonElement[];
}

/** The button among the element's own whose text is `label`. */
export function button(
  el: SctmmSelfDiagnosis,
  label: string,
): HTMLButtonElement {
  const found = $$(el, 'button').find((b) => textOf(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found as HTMLButtonElement;
}

export function radio(
  el: SctmmSelfDiagnosis,
  itemId: string,
  value: Answer,
): HTMLInputElement {
  return $(el,
    `input[type="radio"][name="${itemId}"][value="${value}"]`,
  ) as HTMLInputElement;
}

/** Answers `itemId` with `value` by clicking its radio. */
export async function choose(
  el: SctmmSelfDiagnosis,
  itemId: string,
  value: Answer,
): Promise<void> {
  radio(el, itemId, value).click();
  await settle(el);
}

/** Answers every question of the shown axis step `axis` (0-based). */
export async function answerAxis(
  el: SctmmSelfDiagnosis,
  axis: number,
  values: Answer | Answer[],
): Promise<void> {
  const ids = AXIS_QUESTIONS[axis]!;
  for (const [i, id] of ids.entries()) {
    await choose(el, id, Array.isArray(values) ? values[i]! : values);
  }
}

/** Clicks the "next" button of the step and waits for the move. */
export async function clickNext(el: SctmmSelfDiagnosis): Promise<void> {
  $(el, '[part="next"]').click();
  await settle(el);
}

/**
 * Goes from the intro through every axis by clicking, answering axis `a`
 * with `answers[a]`, and stops on the review.
 */
export async function clickThroughAxes(
  el: SctmmSelfDiagnosis,
  answers: (Answer | Answer[])[],
): Promise<void> {
  await clickNext(el);
  for (const [axis, values] of answers.entries()) {
    await answerAxis(el, axis, values);
    await clickNext(el);
  }
}

/** Presses one key for real, through the browser. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses `key` while holding `modifier` down, e.g. Shift and Tab. */
export async function pressWith(modifier: string, key: string) {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/**
 * Presses Tab until focus inside the element satisfies `wanted`; fails
 * after `max` presses.
 */
export async function tabTo(
  el: HTMLElement,
  wanted: (node: Element) => boolean,
  max = 80,
): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const node = focused(el);
    if (node && wanted(node)) return node;
  }
  throw new Error(`focus never reached the wanted node in ${max} tabs`);
}

/** Whether `node` is a button whose text is `label`. */
export function isButton(label: string) {
  return (node: Element) =>
    node instanceof HTMLButtonElement && textOf(node) === label;
}

/** The saved-progress envelope under `key`, parsed, or `null`. */
export function saved(key = DEFAULT_KEY): {
  format: string;
  source: { id: string; version: string };
  step: number;
  answers: Record<string, unknown>;
} | null {
  const raw = localStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

/** A text that reads the same in both languages. */
export function text(value: string) {
  return { es: value, en: value };
}

/** A rubric capacity of a 6-level instrument with `options` options. */
export function rubric(id: string, options = 6): Capacity {
  return {
    kind: 'rubric',
    id,
    title: text(`Pregunta ${id}`),
    question: text(`¿Cómo va ${id}?`),
    options: Array.from({ length: options }, (_, i) => ({
      level: i + 1,
      text: text(`Opción ${i + 1} de ${id}`),
    })),
  };
}

/** A copy of the default instrument that can be changed freely. */
export function copyOfDefault(): Instrument {
  return structuredClone(defaultInstrument);
}

/**
 * Collects what goes to console.warn and console.error during each test
 * of the suite it is called in, and fails the test on anything that was
 * not announced with `expect(pattern)` (Lit's dev-mode notice is always
 * allowed).
 */
export function silentConsole() {
  let calls: { kind: string; text: string }[] = [];
  let allowed: RegExp[] = [];
  let warn: typeof console.warn;
  let error: typeof console.error;

  beforeEach(() => {
    calls = [];
    allowed = [/Lit is in dev mode/];
    warn = console.warn;
    error = console.error;
    console.warn = (...args: unknown[]) => {
      calls.push({ kind: 'warn', text: args.map(String).join(' ') });
    };
    console.error = (...args: unknown[]) => {
      calls.push({ kind: 'error', text: args.map(String).join(' ') });
    };
  });

  afterEach(function () {
    console.warn = warn;
    console.error = error;
    const unexpected = calls.filter(
      (call) => !allowed.some((pattern) => pattern.test(call.text)),
    );
    if (unexpected.length) {
      const list = unexpected.map((c) => `console.${c.kind}: ${c.text}`);
      // Mocha fails the current test with an error set on the hook.
      const hook = this.test as unknown as { error(error: Error): void };
      hook.error(
        new Error(`unexpected console output:\n${list.join('\n')}`),
      );
    }
  });

  return {
    /** Allows output matching `pattern` in the current test. */
    allow(pattern: RegExp) {
      allowed.push(pattern);
    },
    /** The console.warn/error calls so far whose text matches `pattern`. */
    matching(pattern: RegExp) {
      return calls.filter((call) => pattern.test(call.text));
    },
  };
}

/** Clears localStorage before and after each test of the suite. */
export function cleanStorage() {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());
}

/**
 * Records uncaught errors and unhandled rejections on the page while a
 * test runs; `errors()` lists them.
 */
export function watchPage() {
  let seen: string[] = [];
  const onError = (event: ErrorEvent) => {
    seen.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    seen.push(`unhandled rejection: ${String(event.reason)}`);
  };
  beforeEach(() => {
    seen = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return { errors: () => seen };
}

/** The titles of the 8 steps of the default wizard, as users read them. */
export const STEP_TITLES = {
  es: [
    'Autodiagnóstico de capacidades',
    'Institucionalidad e innovación',
    'Infraestructura digital e interoperabilidad',
    'Liderazgo y capital humano',
    'Tecnología y estándares',
    'Analítica y gestión de los datos',
    'Revise sus respuestas',
    'Resultado',
  ],
  en: [
    'Capacity self-diagnosis',
    'Institutions and innovation',
    'Digital infrastructure and interoperability',
    'Leadership and human capital',
    'Technology and standards',
    'Analytics and data management',
    'Review your answers',
    'Result',
  ],
};

/**
 * Enforces Trusted Types on this test page, as a strict CSP does: any
 * string given to `innerHTML` and friends would then throw and report a
 * violation. Lit's templates go through its own policy.
 */
export function enforceTrustedTypes(): SecurityPolicyViolationEvent[] {
  const violations: SecurityPolicyViolationEvent[] = [];
  document.addEventListener('securitypolicyviolation',
    (event) => violations.push(event));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'";
  document.head.append(meta);
  return violations;
}
