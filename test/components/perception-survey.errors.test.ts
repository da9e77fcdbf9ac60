import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import {
  $,
  $$,
  $maybe,
  SEGMENT,
  type SctmmPerceptionSurvey,
  build,
  choose,
  cleanStorage,
  clickNext,
  optionTexts,
  record,
  settle,
  silentConsole,
  smallSurvey,
  textOf,
  until,
  watchPage,
} from './perception-survey/helpers.ts';

const FIVE_LEVELS = '/test/fixtures/survey-five-levels.json';
const NOT_JSON = '/test/fixtures/survey-not-json.json';

/**
 * Builds the element while recording `sctmm-error` on the document, and
 * waits for the first event and the visible message.
 */
async function failing(template: TemplateResult) {
  const errors = record<SctmmErrorDetail>('sctmm-error');
  try {
    const el = await build(template);
    await until(() => errors.events.length > 0, 'an sctmm-error event');
    await until(() => $maybe(el, '[part="error"]') !== null, 'the message');
    await settle(el);
    return { el, events: errors.events };
  } finally {
    errors.stop();
  }
}

describe('<sctmm-perception-survey> surveys that cannot be used', () => {
  const console = silentConsole();
  cleanStorage();
  const page = watchPage();

  describe('the survey attribute', () => {
    it('says, naming the attribute, that text which is not JSON cannot ' +
      'be read, and fires "not-json"', async () => {
      console.allow(/atributo survey/);
      const { el, events } = await failing(html`<sctmm-perception-survey
        survey="{ format: sctmm/survey@1"></sctmm-perception-survey>`);

      const expected = 'La encuesta (atributo survey) no es un documento ' +
        'JSON válido.';
      const error = $(el, '[part="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error.querySelector('h2'))).to.equal(
        'La encuesta no está disponible',
      );
      expect(textOf(error.querySelector('.reason'))).to.equal(expected);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { code: 'not-json', message: expected, issues: [] },
      ]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect($maybe(el, '[part="step"]')).to.equal(null);
      expect(console.matching(/atributo survey/)).to.have.length(1);
    });

    it('says it in English with lang="en"', async () => {
      console.allow(/attribute survey/);
      const { el } = await failing(html`<sctmm-perception-survey lang="en"
        survey="not json"></sctmm-perception-survey>`);

      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'The survey (attribute survey) is not a valid JSON document.',
      );
    });

    it('lists what breaks the survey format', async () => {
      console.allow(/atributo survey/);
      const bad = { ...smallSurvey(), statements: [
        { id: 'x-1', subdimension: 'no-such-thing', text: smallSurvey()
          .statements[0]!.text },
      ] };

      const { el, events } = await failing(html`<sctmm-perception-survey
        survey=${JSON.stringify(bad)}></sctmm-perception-survey>`);

      expect(events[0]!.detail.code).to.equal('schema');
      expect(events[0]!.detail.issues).to.deep.equal([{
        path: 'statements[0].subdimension',
        message: 'unknown sub-dimension "no-such-thing"',
      }]);
      expect($$(el, '[part="error"] .issues li').map(textOf)).to.deep.equal(
        ['statements[0].subdimension: unknown sub-dimension ' +
          '"no-such-thing"'],
      );
    });

    it('asks the survey once the attribute is fixed', async () => {
      console.allow(/atributo survey/);
      const { el } = await failing(html`<sctmm-perception-survey
        survey="{"></sctmm-perception-survey>`);

      el.setAttribute('survey', JSON.stringify(smallSurvey()));
      await settle(el);

      expect($maybe(el, '[part="error"]')).to.equal(null);
      expect(el.activeSurvey!.id).to.equal('test-survey');
    });
  });

  describe('the survey property', () => {
    it('names the property when an object breaks the format', async () => {
      console.allow(/propiedad survey/);
      const { el, events } = await failing(html`<sctmm-perception-survey
        .survey=${{ format: 'sctmm/survey@1' }}></sctmm-perception-survey>`);

      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'La encuesta (propiedad survey) tiene errores y no se puede usar:',
      );
      expect(events[0]!.detail.issues.length).to.be.greaterThan(0);
    });
  });

  describe('survey-src', () => {
    it('says the server answered 404 and fires "http"', async () => {
      console.allow(/survey-src/);
      const { el, events } = await failing(html`<sctmm-perception-survey
        survey-src="/does-not-exist.json"></sctmm-perception-survey>`);

      const expected = 'No se pudo descargar la encuesta ' +
        '(survey-src="/does-not-exist.json"): el servidor respondió con ' +
        'el código 404.';
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(expected);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { code: 'http', message: expected, issues: [] },
      ]);
      expect(page.errors()).to.deep.equal([]);
    });

    it('says a file that is not JSON cannot be read', async () => {
      console.allow(/survey-src/);
      const { el, events } = await failing(html`<sctmm-perception-survey
        survey-src=${NOT_JSON}></sctmm-perception-survey>`);

      expect(events[0]!.detail.code).to.equal('not-json');
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        `La encuesta (survey-src="${NOT_JSON}") no es un documento JSON ` +
        'válido.',
      );
    });

    it('says "Cargando la encuesta…" while it loads, then asks it',
      async () => {
        const el = await fixture<SctmmPerceptionSurvey>(html`
          <sctmm-perception-survey survey-src=${FIVE_LEVELS}>
          </sctmm-perception-survey>`);
        const loading = textOf($maybe(el, '.loading'));

        await until(() => el.activeSurvey !== undefined, 'the survey');
        await settle(el);
        await choose(el, SEGMENT, 'public');
        await clickNext(el);

        expect(loading).to.equal('Cargando la encuesta…');
        expect(el.activeSurvey!.id).to.equal('encuesta-cinco-niveles');
        expect(textOf($(el, '[part="progress"]'))).to.equal('Paso 2 de 4');
        expect(optionTexts(el, 'movilidad-1')).to.deep.equal([
          '1 – Totalmente en desacuerdo', '2 – En desacuerdo',
          '3 – Ni de acuerdo ni en desacuerdo', '4 – De acuerdo',
          '5 – Totalmente de acuerdo', 'No sé',
        ]);
      });
  });
});
