import { expect, html } from '@open-wc/testing';
import type { Answer } from '../../src/engine/schema/responses.ts';
import {
  $,
  $$,
  type SctmmSelfDiagnosis,
  build,
  choose,
  cleanStorage,
  clickNext,
  silentConsole,
  stepButtons,
  textOf,
  until,
} from './helpers.ts';

const SRC = '/examples/checklist-instrument.json';

/**
 * The statements of the example, axis by axis, with the answer given to
 * each and the level it carries in examples/checklist-instrument.json.
 * The `staged` rule: count the levels, from 1, whose applicable
 * statements are all met (a level without any counts as met), then add
 * the share met of the first level that is not.
 *
 * 1. mission-architecture, levels 1 2 3 3 4 5 6, ii-arch-4 (level 3)
 *    not met: levels 1-2 met, level 3 half met -> 2 + 1/2 = 2.5
 *    -> level 3.
 * 2. information-exchange, levels 1 2 3 4 4 5 5 6, di-ix-5 (4) N/A,
 *    di-ix-7 (5) not met: levels 1-4 met, level 5 half met
 *    -> 4 + 1/2 = 4.5 -> level 5.
 * 3. public-servant-skills, levels 1 2 3 4 4 5 6, all met -> 6
 *    -> level 6.
 * 4. iot-infrastructure, levels 1 1 3 3 4 5 6, ts-iot-2 (1) not met:
 *    level 1 half met -> 0 + 1/2 = 0.5 -> level 1 (never below 1).
 * 5. open-data, levels 1 2 3 4 4 5 5 6, ad-open-3 (3) not met:
 *    levels 1-2 met, level 3 none met -> 2 + 0/1 = 2 -> level 2.
 * Overall: (2.5 + 4.5 + 6 + 0.5 + 2) / 5 = 15.5 / 5 = 3.1 -> level 4.
 */
const PLAN: Record<string, Answer>[] = [
  {
    'ii-arch-1': 'met', 'ii-arch-2': 'met', 'ii-arch-3': 'met',
    'ii-arch-4': 'not-met', 'ii-arch-5': 'met', 'ii-arch-6': 'met',
    'ii-arch-7': 'met',
  },
  {
    'di-ix-1': 'met', 'di-ix-2': 'met', 'di-ix-3': 'met', 'di-ix-4': 'met',
    'di-ix-5': 'na', 'di-ix-6': 'met', 'di-ix-7': 'not-met',
    'di-ix-8': 'met',
  },
  {
    'lh-skills-1': 'met', 'lh-skills-2': 'met', 'lh-skills-3': 'met',
    'lh-skills-4': 'met', 'lh-skills-5': 'met', 'lh-skills-6': 'met',
    'lh-skills-7': 'met',
  },
  {
    'ts-iot-1': 'met', 'ts-iot-2': 'not-met', 'ts-iot-3': 'met',
    'ts-iot-4': 'met', 'ts-iot-5': 'met', 'ts-iot-6': 'met',
    'ts-iot-7': 'met',
  },
  {
    'ad-open-1': 'met', 'ad-open-2': 'met', 'ad-open-3': 'not-met',
    'ad-open-4': 'met', 'ad-open-5': 'met', 'ad-open-6': 'met',
    'ad-open-7': 'met', 'ad-open-8': 'met',
  },
];
const AXIS_SCORES = [2 + 1 / 2, 4 + 1 / 2, 6, 0 + 1 / 2, 2 + 0 / 1];
const AXIS_LEVELS = [3, 5, 6, 1, 2];
const OVERALL = (2.5 + 4.5 + 6 + 0.5 + 2) / 5;

async function loaded(): Promise<SctmmSelfDiagnosis> {
  const el = await build(html`<sctmm-self-diagnosis instrument-src=${SRC}>
    </sctmm-self-diagnosis>`);
  await until(() => el.shadowRoot!.querySelector('h2') !== null,
    'the checklist example to load');
  return el;
}

async function answerAll(el: SctmmSelfDiagnosis): Promise<void> {
  await clickNext(el);
  for (const answers of PLAN) {
    for (const [id, answer] of Object.entries(answers)) {
      await choose(el, id, answer);
    }
    await clickNext(el);
  }
  await clickNext(el);
}

describe('<sctmm-self-diagnosis> with the checklist example', () => {
  silentConsole();
  cleanStorage();

  describe('defaults', () => {
    it('has an intro, 5 axis steps, a review and the result', async () => {
      const el = await loaded();

      expect(stepButtons(el)).to.have.length(8);
      expect(textOf($(el, '[part="step"]')))
        .to.contain('Son 37 respuestas en 5 ejes');
    });

    it('asks each statement as Cumple / No cumple / No aplica radios in ' +
      'a fieldset with a legend', async () => {
      const el = await loaded();

      await clickNext(el);

      const statements = $$(el, 'fieldset[part="statement"]');
      expect(statements.map((f) => f.id)).to.deep.equal(
        Object.keys(PLAN[0]!).map((id) => `q-${id}`),
      );
      const first = statements[0]!;
      expect(textOf(first.querySelector('legend'))).to.equal(
        'La entidad tiene identificados sus procesos misionales.',
      );
      const radios = [...first.querySelectorAll('input')];
      expect(radios.map((r) => [r.type, r.value])).to.deep.equal([
        ['radio', 'met'], ['radio', 'not-met'], ['radio', 'na'],
      ]);
      expect(radios.map((r) => textOf(r.labels![0]!))).to.deep.equal(
        ['Cumple', 'No cumple', 'No aplica'],
      );
      expect(textOf($(el, '[part="question"] h3'))).to.equal(
        'Arquitectura misional',
      );
    });
  });

  describe('result', () => {
    it('scores each checklist by the staged rule', async () => {
      const el = await loaded();

      await answerAll(el);

      expect(el.step).to.equal(7);
      const result = el.result!;
      expect(result.axes.map((a) => a.score)).to.deep.equal(AXIS_SCORES);
      expect(result.axes.map((a) => a.level)).to.deep.equal(AXIS_LEVELS);
      expect(result.score).to.be.closeTo(OVERALL, 1e-9);
      expect(result.level).to.equal(4);
    });

    it('shows the staged scores with a decimal comma', async () => {
      const el = await loaded();

      await answerAll(el);

      const cells = $$(el, '[part="result-table"] tbody td:nth-of-type(1)');
      expect(cells.map(textOf)).to.deep.equal(
        ['2,5', '4,5', '6,0', '0,5', '2,0'],
      );
      expect(textOf($(el, '[part="overall"]'))).to.contain(
        'Puntaje: 3,1 de 6',
      );
      expect(textOf($(el, '[part="overall"] .level-badge'))).to.equal(
        'Nivel 4 de 6: Conectado',
      );
    });

    it('lists the statements still to meet for the next level', async () => {
      // Axis 1 is at level 3, so the next is 4: of the statements up to
      // level 4, only ii-arch-4 is not met.
      const el = await loaded();

      await answerAll(el);

      const first = $$(el, '[part="axis-result"]')[0]!;
      expect(textOf(first)).to.contain('Para llegar al nivel 4 (Conectado):');
      expect([...first.querySelectorAll('.gaps li li')].map(textOf))
        .to.deep.equal([
          'Los procesos que apoya cada iniciativa están documentados.',
        ]);
    });
  });
});
