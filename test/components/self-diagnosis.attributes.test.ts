import { expect, fixture, html } from '@open-wc/testing';
import { SctmmSelfDiagnosis as ByIndex } from '../../src/index.ts';
import {
  $,
  AXIS_QUESTIONS,
  STEP_TITLES,
  type SctmmSelfDiagnosis,
  build,
  cleanStorage,
  clickNext,
  copyOfDefault,
  headingText,
  radio,
  rubric,
  settle,
  silentConsole,
  stepButtons,
  textOf,
  until,
} from './helpers.ts';

describe('<sctmm-self-diagnosis> attributes and properties', () => {
  silentConsole();
  cleanStorage();

  describe('defaults', () => {
    it('is defined by importing the library bundle too', async () => {
      const el = await build();

      expect(el).to.be.instanceOf(ByIndex);
      expect(customElements.get('sctmm-self-diagnosis')).to.equal(ByIndex);
    });

    it('speaks Spanish when no lang is given', async () => {
      const el = await build();

      expect(headingText(el)).to.equal(STEP_TITLES.es[0]);
      expect(el.responses).to.deep.equal({});
      expect(el.noPersist).to.equal(false);
    });
  });

  describe('lang', () => {
    it('speaks English with lang="en"', async () => {
      const el = await build(
        html`<sctmm-self-diagnosis lang="en"></sctmm-self-diagnosis>`,
      );

      expect(headingText(el)).to.equal(STEP_TITLES.en[0]);
      expect(textOf($(el, '[part="next"]'))).to.equal('Start');
    });

    it('reads a regional tag such as en-GB as English', async () => {
      const el = await build(
        html`<sctmm-self-diagnosis lang="en-GB"></sctmm-self-diagnosis>`,
      );

      expect(headingText(el)).to.equal(STEP_TITLES.en[0]);
    });

    it('follows the lang of the nearest ancestor when it has none, on ' +
      'every step', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <sctmm-self-diagnosis></sctmm-self-diagnosis>
      </div>`);
      const el = wrapper.querySelector('sctmm-self-diagnosis')!;
      await settle(el);
      const intro = headingText(el);

      await clickNext(el);

      expect(intro).to.equal(STEP_TITLES.en[0]);
      expect(headingText(el)).to.equal(STEP_TITLES.en[1]);
      expect(el.getAttribute('lang')).to.not.equal('');
    });

    it('switches language when lang changes', async () => {
      const el = await build();

      el.lang = 'en';
      await settle(el);

      expect(headingText(el)).to.equal(STEP_TITLES.en[0]);
      expect(el.getAttribute('lang')).to.equal('en');
    });
  });

  describe('entity-name', () => {
    it('names the entity on the introduction', async () => {
      const el = await build(html`<sctmm-self-diagnosis
        entity-name="Alcaldía de Tenjo"></sctmm-self-diagnosis>`);

      expect(textOf($(el, '[part="step"]'))).to.contain(
        'Entidad: Alcaldía de Tenjo',
      );
    });
  });

  describe('instrument', () => {
    it('asks the instrument given as a property', async () => {
      const asked = copyOfDefault();
      asked.id = 'short';
      asked.axes.forEach((axis, a) => {
        axis.capacities = [rubric(`only-${a}`)];
      });

      const el = await build(html`<sctmm-self-diagnosis .instrument=${asked}>
        </sctmm-self-diagnosis>`);
      await clickNext(el);

      expect(textOf($(el, '#q-only-0 legend'))).to.contain('Pregunta only-0');
      expect(textOf($(el, '[part="step"]'))).to.not.contain(
        'Arquitectura misional',
      );
    });

    it('prefers the instrument property over instrument-src', async () => {
      const asked = copyOfDefault();
      asked.id = 'from-property';
      asked.axes[0]!.capacities = [rubric('from-property-q')];

      const el = await build(html`<sctmm-self-diagnosis
        instrument-src="/examples/checklist-instrument.json"
        .instrument=${asked}></sctmm-self-diagnosis>`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await clickNext(el);

      expect(el.shadowRoot!.querySelector('#q-from-property-q'))
        .to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="statement"]'))
        .to.equal(null);
    });

    it('asks the instrument at instrument-src once it has loaded',
      async () => {
        const el = await build(html`<sctmm-self-diagnosis
          instrument-src="/examples/checklist-instrument.json">
          </sctmm-self-diagnosis>`);

        await until(() => el.shadowRoot!.querySelector('h2') !== null,
          'the instrument to load');
        await clickNext(el);

        expect(el.shadowRoot!.querySelectorAll('[part="statement"]'))
          .to.have.length(7);
      });
  });

  describe('responses', () => {
    it('shows answers set by property as checked', async () => {
      const [q0, q1] = AXIS_QUESTIONS[0]!;
      const el = await build();

      el.responses = { [q0!]: 4, [q1!]: 'na' };
      await settle(el);
      await clickNext(el);

      expect(radio(el, q0!, 4).checked).to.equal(true);
      expect(radio(el, q1!, 'na').checked).to.equal(true);
      expect(textOf(stepButtons(el)[1]!.querySelector('.step-status')))
        .to.equal('2 de 4 respondidas');
    });

    it('drops answers set by property that do not fit a question',
      async () => {
        const [q0, q1, q2] = AXIS_QUESTIONS[0]!;
        const el = await build();

        el.responses = {
          [q0!]: 9,
          [q1!]: 'met',
          [q2!]: 2,
          'no-such-question': 3,
        } as unknown as SctmmSelfDiagnosis['responses'];
        await settle(el);

        expect(el.responses).to.deep.equal({ [q2!]: 2 });
      });

    it('moves back to the first step left unanswered when answers are ' +
      'replaced', async () => {
      const el = await build();
      el.responses = Object.fromEntries(
        AXIS_QUESTIONS.flat().map((id) => [id, 3]),
      );
      await settle(el);
      await el.goToStep(6);

      el.responses = {};
      await settle(el);

      expect(el.step).to.equal(1);
      expect(headingText(el)).to.equal(STEP_TITLES.es[1]);
    });
  });
});
