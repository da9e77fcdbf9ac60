import { expect, html } from '@open-wc/testing';
import {
  defaultInstrument,
  defaultModel,
} from '../../src/engine/model/index.ts';
import {
  $,
  $$,
  AXIS_IDS,
  STEPS,
  STEP_TITLES,
  build,
  cleanStorage,
  clickNext,
  clickThroughAxes,
  focused,
  headingText,
  liveRegion,
  silentConsole,
  textOf,
} from './helpers.ts';
import {
  ANSWERS,
  AXIS_LEVELS,
  AXIS_SCORES,
  LEVEL_NAMES,
  OVERALL,
  OVERALL_LEVEL,
  SHOWN_EN,
  SHOWN_ES,
  answersById,
  atResult,
  today,
} from './result-fixtures.ts';

describe('<sctmm-self-diagnosis> result', () => {
  silentConsole();
  cleanStorage();

  describe('defaults', () => {
    it('reaches the result from the review and announces it', async () => {
      const el = await atResult();

      expect(el.step).to.equal(STEPS.result);
      expect(headingText(el)).to.equal('Resultado');
      expect(textOf(liveRegion(el))).to.equal('Paso 8 de 8: Resultado');
      expect(focused(el)).to.equal($(el, 'h2'));
    });

    it('shows the overall level, its name and score with a decimal comma',
      async () => {
        const el = await atResult();

        const overall = $(el, '[part="overall"]');
        expect(textOf(overall.querySelector('.level-badge'))).to.equal(
          `Nivel ${OVERALL_LEVEL} de 6: ${LEVEL_NAMES.es[OVERALL_LEVEL - 1]}`,
        );
        expect(textOf(overall)).to.contain(
          `Puntaje: ${SHOWN_ES.overall} de 6`,
        );
      });

    it('shows the descriptor of the overall level', async () => {
      const el = await atResult();

      const descriptor = defaultModel.scales.capacity[OVERALL_LEVEL - 1]!.es;
      expect(textOf($(el, '[part="overall"] .descriptor')))
        .to.equal(descriptor);
    });

    it('lists each axis with its score and level in a table', async () => {
      const el = await atResult();

      const rows = $$(el, '[part="result-table"] tbody tr');
      expect(rows.map((r) => [...r.children].map(textOf))).to.deep.equal(
        AXIS_LEVELS.map((level, a) => [
          STEP_TITLES.es[a + 1],
          SHOWN_ES.axes[a],
          `Nivel ${level} de 6: ${LEVEL_NAMES.es[level - 1]}`,
        ]),
      );
    });

    it('gives each axis its level name, descriptor and score', async () => {
      const el = await atResult();

      const sections = $$(el, '[part="axis-result"]');
      expect(sections).to.have.length(5);
      sections.forEach((section, a) => {
        const level = AXIS_LEVELS[a]!;
        expect(textOf(section.querySelector('h4'))).to.equal(
          STEP_TITLES.es[a + 1],
        );
        expect(textOf(section.querySelector('.level-badge'))).to.equal(
          `Nivel ${level} de 6: ${LEVEL_NAMES.es[level - 1]}`,
        );
        expect(textOf(section.querySelector('.axis-score'))).to.equal(
          `Puntaje: ${SHOWN_ES.axes[a]} de 6`,
        );
        expect(textOf(section.querySelector('.descriptor'))).to.equal(
          defaultModel.scales.capacity[level - 1]!.es,
        );
      });
    });

    it('says what the next level asks for, per capacity below it',
      async () => {
        // Axis 3 is at level 2; all four answers (1, 2, 2, 2) are below
        // 3, so each capacity shows its level-3 option.
        const el = await atResult();

        const section = $$(el, '[part="axis-result"]')[2]!;
        const capacities = defaultInstrument.axes[2]!.capacities;
        expect(textOf(section)).to.contain(
          'Para llegar al nivel 3 (Coordinado):',
        );
        const items = [...section.querySelectorAll('.gaps > li')].map(textOf);
        expect(items).to.deep.equal(capacities.map((c) => {
          const option = c.kind === 'rubric' ? c.options[2]!.text.es : '';
          return `${c.title.es}: ${option}`;
        }));
      });

    it('lists only the capacities below the next level', async () => {
      // Axis 5 answered 2, 5, 5: 12 / 3 = 4 -> level 4, so the next is 5;
      // only the first capacity (2) is below it, the others reach it.
      const answers = ANSWERS.map((a) => [...a]);
      answers[4] = [2, 5, 5];
      const el = await build();
      await clickThroughAxes(el, answers);

      await clickNext(el);

      const fifth = $$(el, '[part="axis-result"]')[4]!;
      const first = defaultInstrument.axes[4]!.capacities[0]!;
      const option = first.kind === 'rubric' ? first.options[4]!.text.es : '';
      expect(textOf(fifth)).to.contain('Para llegar al nivel 5 (Integrado):');
      expect([...fifth.querySelectorAll('.gaps > li')].map(textOf))
        .to.deep.equal([`${first.title.es}: ${option}`]);
    });

    it('says an axis at level 6 is already at the top', async () => {
      const el = await atResult();

      const fourth = $$(el, '[part="axis-result"]')[3]!;
      expect(textOf(fourth)).to.contain(
        'Este eje ya está en el nivel más alto.',
      );
    });

    it('leaves an axis answered all "No aplica" out of the mean',
      async () => {
        // Axis 4 all N/A: overall = (3.5 + 5 + 1.75 + 8/3) / 4
        //   = 12.9167 / 4 = 3.2292 ~ 3.2 -> level 4.
        const answers = ANSWERS.map((a) => [...a]);
        answers[3] = ['na', 'na', 'na'];
        const el = await build();
        await clickThroughAxes(el, answers);

        await clickNext(el);

        const fourth = $$(el, '[part="axis-result"]')[3]!;
        expect(textOf(fourth.querySelector('.level-badge')))
          .to.equal('Sin datos');
        expect(textOf($(el, '[part="overall"]'))).to.contain(
          'Puntaje: 3,2 de 6',
        );
        expect(textOf($(el, '[part="overall"] .level-badge'))).to.equal(
          'Nivel 4 de 6: Conectado',
        );
      });
  });

  describe('no data', () => {
    it('says "Sin datos" overall and per axis when every answer is ' +
      '"No aplica"', async () => {
      const el = await build();
      await clickThroughAxes(el, ['na', 'na', 'na', 'na', 'na']);

      await clickNext(el);

      expect(el.step).to.equal(STEPS.result);
      expect(textOf($(el, '[part="overall"] .level-badge')))
        .to.equal('Sin datos');
      expect($$(el, '[part="axis-result"] .level-badge').map(textOf))
        .to.deep.equal(Array(5).fill('Sin datos'));
      expect(el.result!.score).to.equal(null);
    });
  });

  describe('attributes and properties', () => {
    it('writes scores with a decimal point in English', async () => {
      const el = await atResult(
        html`<sctmm-self-diagnosis lang="en"></sctmm-self-diagnosis>`,
      );

      expect(textOf($(el, '[part="overall"] .level-badge'))).to.equal(
        `Level ${OVERALL_LEVEL} of 6: ${LEVEL_NAMES.en[OVERALL_LEVEL - 1]}`,
      );
      expect(textOf($(el, '[part="overall"]'))).to.contain(
        `Score: ${SHOWN_EN.overall} of 6`,
      );
      const scores = $$(el, '[part="result-table"] tbody tr td:nth-of-type(1)');
      expect(scores.map(textOf)).to.deep.equal(SHOWN_EN.axes);
      expect(textOf($$(el, '[part="axis-result"]')[3])).to.contain(
        'This axis is already at the top level.',
      );
    });

    it('gives the scores through the read-only result property',
      async () => {
        const el = await atResult();

        const result = el.result!;
        const descriptor = Object.getOwnPropertyDescriptor(
          Object.getPrototypeOf(el), 'result',
        );

        expect(result.score).to.be.closeTo(OVERALL, 1e-9);
        expect(result.level).to.equal(OVERALL_LEVEL);
        result.axes.forEach((axis, a) => {
          expect(axis.id).to.equal(AXIS_IDS[a]);
          expect(axis.score).to.be.closeTo(AXIS_SCORES[a]!, 1e-9);
          expect(axis.level).to.equal(AXIS_LEVELS[a]);
        });
        expect(descriptor?.set).to.equal(undefined);
      });

    it('exports the answers and scores as an Assessment', async () => {
      const el = await atResult();

      const assessment = el.exportAssessment()!;

      const { capacity, ...rest } = assessment;
      expect(rest).to.deep.equal({
        format: 'sctmm/assessment@1',
        edition: '2020',
        entity: { name: 'Alcaldía de Prueba' },
        measuredAt: today(),
        perception: null,
        results: null,
        instrument: { id: 'sctmm-capacity', version: '1.0.0' },
        responses: answersById(),
      });
      // Scores to one decimal, half up, as the level rule rounds them:
      // 3.7833 -> 3.8, 1.75 -> 1.8, 8/3 = 2.667 -> 2.7.
      expect(capacity).to.deep.equal({
        score: 3.8,
        level: OVERALL_LEVEL,
        axes: [
          { id: AXIS_IDS[0], score: 3.5, level: 4 },
          { id: AXIS_IDS[1], score: 5, level: 5 },
          { id: AXIS_IDS[2], score: 1.8, level: 2 },
          { id: AXIS_IDS[3], score: 6, level: 6 },
          { id: AXIS_IDS[4], score: 2.7, level: 3 },
        ],
      });
    });
  });
});
