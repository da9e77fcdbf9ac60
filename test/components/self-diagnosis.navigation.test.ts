import { expect, html } from '@open-wc/testing';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import {
  $,
  $$,
  $maybe,
  AXIS_QUESTIONS,
  DEFAULT_KEY,
  STEPS,
  STEP_TITLES,
  answerAxis,
  build,
  choose,
  cleanStorage,
  clickNext,
  clickThroughAxes,
  description,
  focused,
  headingText,
  liveRegion,
  saved,
  settle,
  silentConsole,
  stepButtons,
  textOf,
} from './helpers.ts';

/** The radios of the question `id`. */
function radios(el: HTMLElement, id: string): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(
    `input[type="radio"][name="${id}"]`)];
}

describe('<sctmm-self-diagnosis> steps and navigation', () => {
  silentConsole();
  cleanStorage();

  describe('defaults', () => {
    it('opens on the introduction, step 1 of 8', async () => {
      const el = await build();

      expect(el.step).to.equal(0);
      expect(headingText(el)).to.equal(STEP_TITLES.es[0]);
      expect(textOf($(el, '[part="next"]'))).to.equal('Comenzar');
      expect($maybe(el, '[part="back"]')).to.equal(null);
    });

    it('says on the introduction how many questions there are', async () => {
      // 4 + 5 + 4 + 3 + 3 questions over the five axes.
      const questions = 4 + 5 + 4 + 3 + 3;

      const el = await build();

      expect(textOf($(el, '[part="step"]'))).to.contain(
        `Son ${questions} respuestas en 5 ejes`,
      );
    });

    it('lists the 8 steps in an ordered list, the first marked current',
      async () => {
        const el = await build();

        const list = $(el, '[part="step-list"] ol');
        const entries = stepButtons(el);
        expect(list.children).to.have.length(STEPS.count);
        expect(entries.map((b) => textOf(b.querySelector('.step-title'))))
          .to.deep.equal(STEP_TITLES.es);
        expect(entries[0]!.getAttribute('aria-current')).to.equal('step');
        expect(entries.slice(1).map((b) => b.hasAttribute('aria-current')))
          .to.deep.equal(Array(STEPS.count - 1).fill(false));
      });

    it('has an empty polite live region from the start', async () => {
      const el = await build();

      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      expect(textOf(region)).to.equal('');
    });
  });

  describe('moving forward', () => {
    it('shows the first axis with its capacities after Comenzar',
      async () => {
        const el = await build();

        await clickNext(el);

        expect(el.step).to.equal(1);
        expect(headingText(el)).to.equal(STEP_TITLES.es[1]);
        const ids = $$(el, 'fieldset[part="question"]').map((f) => f.id);
        expect(ids).to.deep.equal(AXIS_QUESTIONS[0]!.map((id) => `q-${id}`));
      });

    it('asks each rubric question as a fieldset with a legend and radios ' +
      '1..6 and N/A', async () => {
      const el = await build();

      await clickNext(el);

      const capacity = defaultInstrument.axes[0]!.capacities[0]!;
      const field = $(el, `#q-${capacity.id}`);
      expect(field.localName).to.equal('fieldset');
      expect(textOf(field.querySelector('legend'))).to.contain(
        capacity.title.es,
      );
      const radios = [...field.querySelectorAll('input')];
      expect(radios.map((r) => r.type)).to.deep.equal(Array(7).fill('radio'));
      expect(radios.map((r) => r.value)).to.deep.equal(
        ['1', '2', '3', '4', '5', '6', 'na'],
      );
      expect(radios.every((r) => r.name === capacity.id)).to.equal(true);
      expect(radios.every((r) => r.labels?.length === 1)).to.equal(true);
      expect(textOf(radios[6]!.labels![0]!)).to.equal('No aplica');
    });

    it('announces the new step and focuses its heading', async () => {
      const el = await build();

      await clickNext(el);

      expect(textOf(liveRegion(el))).to.equal(
        `Paso 2 de 8: ${STEP_TITLES.es[1]}`,
      );
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal($(el, 'h2'));
    });

    it('keeps the same live region node while steps change', async () => {
      const el = await build();
      const region = liveRegion(el);

      await clickNext(el);
      await answerAxis(el, 0, 2);
      await clickNext(el);

      expect(liveRegion(el)).to.equal(region);
      expect(textOf(region)).to.equal(`Paso 3 de 8: ${STEP_TITLES.es[2]}`);
    });

    it('moves aria-current="step" to the current entry', async () => {
      const el = await build();

      await clickNext(el);

      const current = stepButtons(el)
        .map((b, i) => (b.getAttribute('aria-current') === 'step' ? i : -1))
        .filter((i) => i >= 0);
      expect(current).to.deep.equal([1]);
    });

    it('shows a radio the user checked on one step unchecked on the next',
      async () => {
        const el = await build();
        await clickNext(el);
        await answerAxis(el, 0, 3);

        await clickNext(el);

        const checked = $$(el, 'input:checked') as HTMLInputElement[];
        expect(checked).to.have.length(0);
      });
  });

  describe('unanswered questions', () => {
    it('stops on Next and shows a focused, announced summary of them',
      async () => {
        const el = await build();
        await clickNext(el);

        await clickNext(el);

        expect(el.step).to.equal(1);
        const summary = $(el, '[part="error-summary"]');
        expect(summary.getAttribute('role')).to.equal('alert');
        expect(focused(el)).to.equal(summary);
        const step = $(el, '[part="step"]');
        const first = [...step.children].find((c) => c.localName !== 'h2');
        expect(first).to.equal(summary);
      });

    it('lists each unanswered question as a link, and only those',
      async () => {
        const el = await build();
        await clickNext(el);
        const [answered, ...left] = AXIS_QUESTIONS[0]!;
        await choose(el, answered!, 4);

        await clickNext(el);

        const links = $$(el, '[part="error-summary"] a');
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
          left.map((id) => `#q-${id}`),
        );
        const titles = defaultInstrument.axes[0]!.capacities.slice(1)
          .map((c) => c.title.es);
        expect(links.map(textOf)).to.deep.equal(titles);
        expect(textOf($(el, '[part="error-summary"] h3'))).to.equal(
          `Falta responder ${left.length} preguntas`,
        );
      });

    it('focuses the question when its link in the summary is clicked',
      async () => {
        const el = await build();
        await clickNext(el);
        await clickNext(el);
        const third = AXIS_QUESTIONS[0]![2]!;

        $$(el, '[part="error-summary"] a')[2]!.click();
        await settle(el);

        const input = focused(el) as HTMLInputElement;
        expect(input.localName).to.equal('input');
        expect(input.name).to.equal(third);
        expect(input.closest('fieldset')!.id).to.equal(`q-${third}`);
      });

    it('marks each unanswered question with a message its radios point to',
      async () => {
        const el = await build();
        await clickNext(el);
        const [answered, missing] = AXIS_QUESTIONS[0]!;
        await choose(el, answered!, 2);

        await clickNext(el);

        const missingRadios = radios(el, missing!);
        expect(missingRadios.map(description)).to.deep.equal(
          missingRadios.map(() => 'Elija una opción.'));
        expect(missingRadios.map((r) => r.getAttribute('aria-invalid')))
          .to.deep.equal(missingRadios.map(() => 'true'));
        expect(radios(el, answered!).map(description).join('')).to.equal('');
        expect(radios(el, answered!).some((r) =>
          r.hasAttribute('aria-invalid'))).to.equal(false);
      });

    it('says "Elija una opción." on the radio the summary\'s link focuses',
      async () => {
        const el = await build();
        await clickNext(el);
        await clickNext(el);

        $$(el, '[part="error-summary"] a')[0]!.click();
        await settle(el);

        const input = focused(el) as HTMLInputElement;
        expect(input.name).to.equal(AXIS_QUESTIONS[0]![0]);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(description(input)).to.equal('Elija una opción.');
        expect(input.closest('fieldset')!.hasAttribute('aria-describedby'))
          .to.equal(false);
      });

    it('says "Choose an option." on the radio in English', async () => {
      const el = await build(html`<sctmm-self-diagnosis lang="en">
        </sctmm-self-diagnosis>`);
      await clickNext(el);
      await clickNext(el);

      $$(el, '[part="error-summary"] a')[0]!.click();
      await settle(el);

      expect(description(focused(el)!)).to.equal('Choose an option.');
    });

    it('drops the invalid mark and the message once a question is ' +
      'answered', async () => {
      const el = await build();
      await clickNext(el);
      await clickNext(el);
      const first = AXIS_QUESTIONS[0]![0]!;

      await choose(el, first, 3);

      for (const input of radios(el, first)) {
        expect(input.hasAttribute('aria-invalid')).to.equal(false);
        expect(input.hasAttribute('aria-describedby')).to.equal(false);
      }
      expect($maybe(el, `#e-${first}`)).to.equal(null);
    });

    it('removes the summary once all are answered; Next then moves',
      async () => {
        const el = await build();
        await clickNext(el);
        await clickNext(el);

        await answerAxis(el, 0, 5);
        const summaryAfterAnswers = $maybe(el, '[part="error-summary"]');
        await clickNext(el);

        expect(summaryAfterAnswers).to.equal(null);
        expect(el.step).to.equal(2);
        expect(focused(el)).to.equal($(el, 'h2'));
      });

    it('runs the same check from the step list', async () => {
      const el = await build();
      await clickNext(el);

      stepButtons(el)[STEPS.result]!.click();
      await settle(el);

      expect(el.step).to.equal(1);
      expect(focused(el)).to.equal($(el, '[part="error-summary"]'));
      expect($$(el, '[part="error-summary"] a')).to.have.length(
        AXIS_QUESTIONS[0]!.length,
      );
    });

    it('stops a jump from the introduction at the first step left ' +
      'unanswered', async () => {
      const el = await build();
      await clickNext(el);
      await answerAxis(el, 0, 1);
      await stepButtons(el)[0]!.click();
      await settle(el);

      stepButtons(el)[4]!.click();
      await settle(el);

      expect(el.step).to.equal(2);
      expect(headingText(el)).to.equal(STEP_TITLES.es[2]);
      expect(focused(el)).to.equal($(el, '[part="error-summary"]'));
    });

    it('saves the step it stopped on, as every move does', async () => {
      const el = await build();
      await clickNext(el);
      await answerAxis(el, 0, 1);
      stepButtons(el)[0]!.click();
      await settle(el);
      const atIntro = saved()!.step;

      stepButtons(el)[5]!.click();
      await settle(el);

      expect(atIntro).to.equal(0);
      expect(saved()!.step).to.equal(2);
    });
  });

  describe('moving back', () => {
    it('goes back with Anterior without asking for answers', async () => {
      const el = await build();
      await clickNext(el);

      $(el, '[part="back"]').click();
      await settle(el);

      expect(el.step).to.equal(0);
      expect($maybe(el, '[part="error-summary"]')).to.equal(null);
      expect(focused(el)).to.equal($(el, 'h2'));
      expect(textOf(liveRegion(el))).to.equal(
        `Paso 1 de 8: ${STEP_TITLES.es[0]}`,
      );
      expect(saved()!.step).to.equal(0);
    });

    it('goes back to an earlier step from the step list', async () => {
      const el = await build();
      await clickThroughAxes(el, [1, 2, 3, 4, 5]);

      stepButtons(el)[2]!.click();
      await settle(el);

      expect(el.step).to.equal(2);
      expect(headingText(el)).to.equal(STEP_TITLES.es[2]);
      expect(saved()!.step).to.equal(2);
    });
  });

  describe('review', () => {
    it('lists every answer with a "Cambiar" link for each', async () => {
      // Axis 1 at level 2, so its first answer reads "Nivel 2 · Aislado".
      const el = await build();

      await clickThroughAxes(el, [2, 3, 4, 'na', 6]);

      expect(el.step).to.equal(STEPS.review);
      expect(headingText(el)).to.equal(STEP_TITLES.es[STEPS.review]);
      const rows = $$(el, '.review-row');
      const total = AXIS_QUESTIONS.flat().length;
      expect(rows).to.have.length(total);
      const first = defaultInstrument.axes[0]!.capacities[0]!;
      expect(textOf(rows[0]!.querySelector('dt'))).to.equal(first.title.es);
      expect(textOf(rows[0])).to.contain('Nivel 2 · Aislado');
      const links = rows.map((r) => r.querySelector('a')!);
      expect(links.map(textOf)).to.deep.equal(Array(total).fill('Cambiar'));
      expect(links[0]!.getAttribute('aria-label')).to.equal(
        `Cambiar la respuesta a «${first.title.es}»`,
      );
    });

    it('goes back to the question from its "Cambiar" link, focuses its ' +
      'answer and saves the step', async () => {
      const el = await build();
      await clickThroughAxes(el, [2, 3, 4, 'na', 6]);
      // The second question of the third axis, answered at level 4.
      const id = AXIS_QUESTIONS[2]![1]!;
      const index = AXIS_QUESTIONS[0]!.length + AXIS_QUESTIONS[1]!.length + 1;

      $$(el, '.review-row a')[index]!.click();
      await settle(el);

      expect(el.step).to.equal(3);
      const input = focused(el) as HTMLInputElement;
      expect(input.name).to.equal(id);
      expect(input.value).to.equal('4');
      expect(input.checked).to.equal(true);
      expect(textOf(liveRegion(el))).to.equal(
        `Paso 4 de 8: ${STEP_TITLES.es[3]}`,
      );
      expect(saved()!.step).to.equal(3);
    });
  });

  describe('goToStep() and step', () => {
    it('resolves true when it arrives and false when unanswered questions ' +
      'stop it', async () => {
      const el = await build();
      $(el, '[part="next"]').focus();

      const toFirstAxis = await el.goToStep(1);
      const pastIt = await el.goToStep(2);

      expect(toFirstAxis).to.equal(true);
      expect(pastIt).to.equal(false);
      expect(el.step).to.equal(1);
      expect(focused(el) === $(el, '[part="error-summary"]')).to.equal(true);
    });

    it('leaves focus where it is when called while focus is outside the ' +
      'element, so a page that calls it on load does not scroll', async () => {
      const el = await build();
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();

      await el.goToStep(1);

      expect(document.activeElement === outside).to.equal(true);
      expect(el.step).to.equal(1);
      outside.remove();
    });

    it('resolves true, and stays, when asked for the step already shown',
      async () => {
        const el = await build();
        await el.goToStep(1);

        const moved = await el.goToStep(1);

        expect(moved).to.equal(true);
        expect(el.step).to.equal(1);
        expect($maybe(el, '[part="error-summary"]')).to.equal(null);
      });

    it('stops at the last step when asked for one beyond it', async () => {
      const el = await build();
      await clickThroughAxes(el, [1, 1, 1, 1, 1]);

      const moved = await el.goToStep(99);

      expect(moved).to.equal(true);
      expect(el.step).to.equal(STEPS.result);
    });

    it('stays where it is when given an index that is not a number',
      async () => {
        const el = await build();
        await clickNext(el);

        const moved = await el.goToStep(Number.NaN);
        await settle(el);

        expect(moved).to.equal(false);
        expect(el.step).to.equal(1);
        expect(headingText(el)).to.equal(STEP_TITLES.es[1]);
      });

    it('is read-only through step', async () => {
      const el = await build();

      const descriptor = Object.getOwnPropertyDescriptor(
        Object.getPrototypeOf(el), 'step',
      );

      expect(descriptor?.get).to.be.a('function');
      expect(descriptor?.set).to.equal(undefined);
    });

    it('saves the step under the default key on each move', async () => {
      const el = await build();

      await el.goToStep(1);

      expect(saved(DEFAULT_KEY)!.step).to.equal(1);
    });
  });

  describe('in English', () => {
    it('announces "Step 2 of 8" and names the steps in English',
      async () => {
        const el = await build(
          html`<sctmm-self-diagnosis lang="en"></sctmm-self-diagnosis>`,
        );

        await clickNext(el);

        expect(textOf(liveRegion(el))).to.equal(
          `Step 2 of 8: ${STEP_TITLES.en[1]}`,
        );
        expect(stepButtons(el).map((b) =>
          textOf(b.querySelector('.step-title')))).to.deep.equal(
          STEP_TITLES.en,
        );
        expect(textOf($(el, '[part="next"]'))).to.equal('Next');
      });
  });
});
