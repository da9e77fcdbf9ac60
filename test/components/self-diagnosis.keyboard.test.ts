import { expect, fixture, html } from '@open-wc/testing';
import type { Answer } from '../../src/engine/schema/responses.ts';
import {
  $,
  AXIS_QUESTIONS,
  STEPS,
  type SctmmSelfDiagnosis,
  build,
  cleanStorage,
  clickNext,
  clickThroughAxes,
  focused,
  headingText,
  isButton,
  liveRegion,
  press,
  pressWith,
  saved,
  settle,
  silentConsole,
  stepButtons,
  tabTo,
  textOf,
} from './helpers.ts';

/** The radio values of a rubric, in the order the arrow keys visit. */
const ORDER: Answer[] = [1, 2, 3, 4, 5, 6, 'na'];

/**
 * With focus on the step heading, tabs into the next question and picks
 * `answer` with Space and the arrow keys, as a keyboard user does.
 */
async function pickWithKeys(el: SctmmSelfDiagnosis, id: string,
  answer: Answer) {
  await press('Tab');
  const first = focused(el) as HTMLInputElement;
  expect(first.name, 'Tab reaches the next question').to.equal(id);
  await press('Space');
  const steps = ORDER.indexOf(answer);
  // From level 1, "No aplica" is one step back (the group wraps).
  if (answer === 'na') await press('ArrowUp');
  else for (let i = 0; i < steps; i++) await press('ArrowDown');
  await settle(el);
}

async function pressButton(el: SctmmSelfDiagnosis, label: string) {
  await tabTo(el, isButton(label));
  await press('Enter');
  await settle(el);
}

describe('<sctmm-self-diagnosis> with the keyboard alone', () => {
  silentConsole();
  cleanStorage();

  it('completes the whole self-diagnosis with Tab, Space, arrows and ' +
    'Enter, and scores it as worked out by hand', async function () {
    this.timeout(60000);
    // Axis 1: 3 3 3 3 -> 3 (level 3); axis 2: 5 x 5 -> 5 (level 5);
    // axis 3: 2 2 2 2 -> 2 (level 2); axis 4: 6 6 N/A -> 12/2 = 6
    // (level 6); axis 5: 4 4 2 -> 10/3 = 3.33 ~ 3.3 (level 4).
    // Overall: (3 + 5 + 2 + 6 + 10/3) / 5 = 19.33 / 5 = 3.8667 ~ 3.9
    // -> level 4.
    const plan: Answer[][] = [
      [3, 3, 3, 3], [5, 5, 5, 5, 5], [2, 2, 2, 2], [6, 6, 'na'], [4, 4, 2],
    ];
    const wrapper = await fixture(html`<div>
      <button id="before">antes</button>
      <sctmm-self-diagnosis></sctmm-self-diagnosis>
    </div>`);
    const el = wrapper.querySelector('sctmm-self-diagnosis')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await pressButton(el, 'Comenzar');
    for (const [axis, answers] of plan.entries()) {
      expect(focused(el)).to.equal($(el, 'h2'));
      for (const [q, id] of AXIS_QUESTIONS[axis]!.entries()) {
        await pickWithKeys(el, id, answers[q]!);
      }
      await pressButton(el, axis === 4 ? 'Revisar respuestas' : 'Siguiente');
    }
    await pressButton(el, 'Ver resultado');

    expect(el.step).to.equal(STEPS.result);
    expect(el.responses).to.deep.equal(Object.fromEntries(
      AXIS_QUESTIONS.flatMap((ids, a) => ids.map((id, q) => [id, plan[a]![q]])),
    ));
    const result = el.result!;
    expect(result.axes.map((a) => a.level)).to.deep.equal([3, 5, 2, 6, 4]);
    expect(result.axes[4]!.score).to.be.closeTo(10 / 3, 1e-9);
    expect(result.score).to.be.closeTo((3 + 5 + 2 + 6 + 10 / 3) / 5, 1e-9);
    expect(result.level).to.equal(4);
    expect(textOf($(el, '[part="overall"]'))).to.contain('Puntaje: 3,9 de 6');
  });

  it('changes an answer with the arrow keys', async () => {
    const el = await build();
    await clickNext(el);
    const [first] = AXIS_QUESTIONS[0]!;

    await pickWithKeys(el, first!, 2);
    await press('ArrowUp');
    await settle(el);

    expect(el.responses).to.deep.equal({ [first!]: 1 });
    expect(saved()!.answers).to.deep.equal({ [first!]: 1 });
  });

  it('reaches an unanswered question from the error summary with Enter',
    async () => {
      const el = await build();
      await clickNext(el);
      await pressButton(el, 'Siguiente');
      expect(focused(el)).to.equal($(el, '[part="error-summary"]'));

      await press('Tab');
      await press('Enter');
      await settle(el);

      const input = focused(el) as HTMLInputElement;
      expect(input.name).to.equal(AXIS_QUESTIONS[0]![0]);
      await press('Space');
      await settle(el);
      expect(el.responses).to.deep.equal({ [AXIS_QUESTIONS[0]![0]!]: 1 });
    });

  it('runs the same check from the step list with Enter', async () => {
    const el = await build();
    await clickNext(el);

    // From the heading, Shift+Tab goes back into the step list.
    await pressWith('Shift', 'Tab');
    const entry = focused(el)!;
    await press('Enter');
    await settle(el);

    expect(entry).to.equal(stepButtons(el)[STEPS.result]);
    expect(el.step).to.equal(1);
    expect(focused(el)).to.equal($(el, '[part="error-summary"]'));
  });

  it('moves focus to the heading and announces the step after Enter on ' +
    'Comenzar and on Anterior', async () => {
    const el = await build();

    await pressButton(el, 'Comenzar');
    const forward = [el.step, focused(el)?.localName, textOf(focused(el)),
      textOf(liveRegion(el))];
    await pressButton(el, 'Anterior');

    expect(forward).to.deep.equal([1, 'h2', 'Institucionalidad e innovación',
      'Paso 2 de 8: Institucionalidad e innovación']);
    expect(el.step).to.equal(0);
    expect(focused(el)).to.equal($(el, 'h2'));
    expect(textOf(liveRegion(el))).to.equal(
      'Paso 1 de 8: Autodiagnóstico de capacidades',
    );
  });

  describe('starting over', () => {
    async function atResultWithKeys() {
      const el = await build();
      await clickThroughAxes(el, [1, 2, 3, 4, 5]);
      await clickNext(el);
      return el;
    }

    it('closes the dialog with Escape and keeps every answer', async () => {
      const el = await atResultWithKeys();
      const before = { ...el.responses };
      await pressButton(el, 'Empezar de nuevo');

      await press('Escape');
      await settle(el);

      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      expect(el.responses).to.deep.equal(before);
      expect(el.step).to.equal(STEPS.result);
      expect(headingText(el)).to.equal('Resultado');
    });

    it('does not put focus on the button that deletes the answers when ' +
      'the dialog opens', async () => {
      const el = await atResultWithKeys();

      await pressButton(el, 'Empezar de nuevo');

      const inside = focused(el);
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
      expect(textOf(inside)).to.not.equal('Sí, borrar y empezar');
    });
  });
});
