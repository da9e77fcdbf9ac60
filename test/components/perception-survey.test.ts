import { expect, fixture, html } from '@open-wc/testing';
import { SctmmPerceptionSurvey as ByIndex } from '../../src/index.ts';
import { defaultSurvey } from '../../src/engine/model/index.ts';
import { parseSurveyResponse } from '../../src/engine/parse-perception.ts';
import type {
  PerceptionSubmitDetail,
} from '../../src/components/perception-survey/events.ts';
import {
  $,
  $$,
  $maybe,
  SEGMENT,
  answerSmall,
  build,
  buildSmall,
  choose,
  cleanStorage,
  clickNext,
  headingText,
  optionTexts,
  radio,
  record,
  settle,
  silentConsole,
  smallSurvey,
  textOf,
} from './perception-survey/helpers.ts';

/** A UUID of version 4, as crypto.randomUUID writes it. */
const UUID = new RegExp('^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-' +
  '[89ab][0-9a-f]{3}-[0-9a-f]{12}$');

describe('<sctmm-perception-survey>', () => {
  silentConsole();
  cleanStorage();

  describe('defaults', () => {
    it('is defined by importing the library bundle too', async () => {
      const el = await build();

      expect(el).to.be.instanceOf(ByIndex);
      expect(customElements.get('sctmm-perception-survey')).to.equal(ByIndex);
    });

    it('asks the default survey, segment first, in Spanish', async () => {
      const el = await build();

      expect(el.activeSurvey!.id).to.equal(defaultSurvey.id);
      expect(headingText(el)).to.equal('Su sector');
      expect(textOf($(el, '[part="progress"]'))).to.equal('Paso 1 de 8');
      expect(textOf($(el, 'legend'))).to.equal('¿Desde qué sector responde?');
      expect(optionTexts(el, SEGMENT)).to.deep.equal([
        'Academia', 'Sector público', 'Sector privado', 'Sociedad civil',
        'Prefiero no decirlo',
      ]);
    });

    it('says plainly that no personal data is collected', async () => {
      const el = await build();

      expect(textOf($(el, '[part="privacy"]'))).to.equal(
        'Esta encuesta no recoge datos personales: ni su nombre, ni su ' +
        'documento, ni su correo.',
      );
    });

    it('lists one step per dimension of the model between the segment ' +
      'and the thanks', async () => {
      const el = await build();

      const titles = $$(el, '[part="step-list"] .step-title').map(textOf);
      expect(titles).to.deep.equal([
        'Su sector', 'Gobernanza', 'Medio ambiente', 'Hábitat',
        'Calidad de vida', 'Personas', 'Desarrollo económico', 'Gracias',
      ]);
      const last = $$(el, '[part="step-list"] li').at(-1)!;
      expect(last.querySelector('button')).to.equal(null);
    });

    it('rates each statement from "1 – Totalmente en desacuerdo" to ' +
      '"6 – Totalmente de acuerdo", plus "No sé"', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'public');

      await clickNext(el);

      expect(textOf($(el, '#q-ga-1 legend'))).to.equal(
        'La alcaldía rinde cuentas.',
      );
      expect(optionTexts(el, 'ga-1')).to.deep.equal([
        '1 – Totalmente en desacuerdo', '2 – En desacuerdo',
        '3 – Algo en desacuerdo', '4 – Algo de acuerdo', '5 – De acuerdo',
        '6 – Totalmente de acuerdo', 'No sé',
      ]);
      expect($$(el, 'input[name="ga-1"]').map((i) =>
        (i as HTMLInputElement).value)).to.deep.equal(
        ['1', '2', '3', '4', '5', '6', 'dont-know']);
    });

    it('groups the statements of a step under their sub-dimension',
      async () => {
        const el = await buildSmall();
        await choose(el, SEGMENT, 'public');

        await clickNext(el);

        const groups = $$(el, '[part="subdimension"]');
        expect(groups.map((g) => textOf(g.querySelector('h3'))))
          .to.deep.equal(['Gobierno abierto']);
        expect(groups[0]!.querySelectorAll('fieldset')).to.have.length(2);
      });
  });

  describe('attributes and properties', () => {
    it('speaks English with lang="en", the scale included', async () => {
      const el = await buildSmall({ lang: 'en' });
      await choose(el, SEGMENT, 'private');

      await clickNext(el);

      expect(headingText(el)).to.equal('Governance');
      expect(textOf($(el, '[part="progress"]'))).to.equal('Step 2 of 4');
      expect(optionTexts(el, 'ga-1')).to.deep.equal([
        '1 – Strongly disagree', '2 – Disagree', '3 – Somewhat disagree',
        '4 – Somewhat agree', '5 – Agree', '6 – Strongly agree',
        "Don't know",
      ]);
    });

    it('takes its language from an ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <sctmm-perception-survey></sctmm-perception-survey>
      </div>`);
      const el = wrapper.querySelector('sctmm-perception-survey')!;
      await settle(el);

      expect(headingText(el)).to.equal('Your sector');
    });

    it('offers five points on a survey of the five-level edition',
      async () => {
        const el = await build(html`<sctmm-perception-survey
          .survey=${smallSurvey('2021')}></sctmm-perception-survey>`);
        await choose(el, SEGMENT, 'academia');

        await clickNext(el);

        expect(optionTexts(el, 'ga-1')).to.deep.equal([
          '1 – Totalmente en desacuerdo', '2 – En desacuerdo',
          '3 – Ni de acuerdo ni en desacuerdo', '4 – De acuerdo',
          '5 – Totalmente de acuerdo', 'No sé',
        ]);
      });

    it('uses the survey\'s own agreement wording when it has one',
      async () => {
        const survey = smallSurvey();
        survey.agreement = ['Nada', 'Poco', 'Algo', 'Bastante', 'Mucho',
          'Del todo'].map((es) => ({ es, en: es }));
        const el = await build(html`<sctmm-perception-survey
          .survey=${survey}></sctmm-perception-survey>`);
        await choose(el, SEGMENT, 'academia');

        await clickNext(el);

        expect(optionTexts(el, 'ga-1')[5]).to.equal('6 – Del todo');
      });

    it('accepts the survey as a JSON attribute', async () => {
      const json = JSON.stringify(smallSurvey());
      const el = await build(html`<sctmm-perception-survey survey=${json}>
        </sctmm-perception-survey>`);

      expect(el.activeSurvey!.id).to.equal('test-survey');
      expect(textOf($(el, '[part="progress"]'))).to.equal('Paso 1 de 4');
    });

    it('names the entity that asks on the first step', async () => {
      const el = await build(html`<sctmm-perception-survey
        entity-name="Alcaldía de Prueba"></sctmm-perception-survey>`);

      expect(textOf($(el, '[part="step"]'))).to.contain(
        'Entidad: Alcaldía de Prueba',
      );
    });

    it('keeps answers set by property and shows them checked', async () => {
      const el = await buildSmall();

      el.segment = 'civil-society';
      el.answers = { 'ga-1': 'dont-know', 'nope': 3, 'ga-2': 9 };
      await settle(el);

      expect(el.answers).to.deep.equal({ 'ga-1': 'dont-know' });
      expect(radio(el, SEGMENT, 'civil-society').checked).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires sctmm-submit with the SurveyResponse when the answers are ' +
      'sent', async () => {
      const el = await buildSmall();
      const submits = record<PerceptionSubmitDetail>('sctmm-submit');
      await answerSmall(el);
      const before = Date.now();

      await clickNext(el);
      submits.stop();

      expect(submits.events).to.have.length(1);
      const event = submits.events[0]!;
      expect(event.bubbles && event.composed).to.equal(true);
      const response = event.detail.response;
      expect(response).to.deep.include({
        format: 'sctmm/survey-response@1',
        survey: { id: 'test-survey', version: '1' },
        segment: 'academia',
        answers: { 'ga-1': 4, 'ga-2': 5, 'ca-1': 2 },
      });
      expect(response.id).to.match(UUID);
      const at = Date.parse(response.submittedAt);
      expect(at).to.be.within(before - 1000, Date.now());
      expect(parseSurveyResponse(response, smallSurvey()).ok).to.equal(true);
      expect(el.lastResponse).to.deep.equal(response);
    });

    it('sends segment null for "Prefiero no decirlo"', async () => {
      const el = await buildSmall();
      el.answers = { 'ga-1': 1, 'ga-2': 1, 'ca-1': 'dont-know' };
      await choose(el, SEGMENT, 'unspecified');

      const response = await el.submit();

      expect(response!.segment).to.equal(null);
      expect(response!.answers['ca-1']).to.equal('dont-know');
    });

    it('thanks the respondent and says nothing of sending without an ' +
      'endpoint', async () => {
      const el = await buildSmall();
      await answerSmall(el);

      await clickNext(el);

      expect(headingText(el)).to.equal('Gracias');
      expect(textOf($(el, '[part="progress"]'))).to.equal('Paso 4 de 4');
      expect(el.delivery).to.equal('handed');
      expect(textOf($(el, '[part="delivery"]'))).to.equal('');
      expect($maybe(el, '[part~="next"]')).to.equal(null);
      expect($$(el, '[part="step-list"] button')).to.have.length(0);
    });

    it('sends once however often submit() is called', async () => {
      const el = await buildSmall();
      el.segment = 'public';
      el.answers = { 'ga-1': 2, 'ga-2': 3, 'ca-1': 4 };
      await settle(el);
      const submits = record<PerceptionSubmitDetail>('sctmm-submit');

      const [first, second] = await Promise.all([el.submit(), el.submit()]);
      const third = await el.submit();
      submits.stop();

      expect(submits.events).to.have.length(1);
      expect(second).to.equal(first);
      expect(third).to.equal(first);
    });

    it('resolves submit() to undefined and lists what is missing when ' +
      'questions are unanswered', async () => {
      const el = await buildSmall();
      el.segment = 'public';
      el.answers = { 'ga-1': 2 };
      await settle(el);

      const response = await el.submit();

      expect(response).to.equal(undefined);
      expect(el.step).to.equal(1);
      expect(textOf($(el, '[part="error-summary"] h3'))).to.equal(
        'Falta 1 respuesta',
      );
    });

    it('starts a new, empty response with "Responder de nuevo"',
      async () => {
        const el = await buildSmall();
        await answerSmall(el);
        await clickNext(el);
        const sent = el.lastResponse!;

        $(el, '[part="again"]').click();
        await settle(el);
        await answerSmall(el);
        const next = await el.submit();

        expect(next!.id).to.not.equal(sent.id);
        expect(next!.id).to.match(UUID);
      });

    it('shows the first step, empty, after "Responder de nuevo"',
      async () => {
        const el = await buildSmall();
        await answerSmall(el);
        await clickNext(el);

        $(el, '[part="again"]').click();
        await settle(el);

        expect(el.step).to.equal(0);
        expect(el.segment).to.equal(undefined);
        expect(el.answers).to.deep.equal({});
        expect(radio(el, SEGMENT, 'academia').checked).to.equal(false);
        expect(el.lastResponse).to.equal(undefined);
      });
  });
});
