import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import {
  $,
  $$,
  $maybe,
  STEP_TITLES,
  type SctmmSelfDiagnosis,
  build,
  cleanStorage,
  copyOfDefault,
  headingText,
  rubric,
  settle,
  silentConsole,
  textOf,
  until,
  watchPage,
} from './helpers.ts';

const NOT_JSON = '/test/fixtures/instrument-not-json.json';
const FIVE_OPTIONS = '/test/fixtures/instrument-five-options.json';

/**
 * Builds the element while listening on the document for `sctmm-error`,
 * and waits for the first one (or fails).
 */
async function failing(template: TemplateResult) {
  const events: CustomEvent<SctmmErrorDetail>[] = [];
  const listener = (event: Event) => {
    events.push(event as CustomEvent<SctmmErrorDetail>);
  };
  document.addEventListener('sctmm-error', listener);
  try {
    const el = await build(template);
    await until(() => events.length > 0, 'an sctmm-error event');
    await until(() => $maybe(el, '[part="error"]') !== null,
      'the error message');
    return { el, events };
  } finally {
    document.removeEventListener('sctmm-error', listener);
  }
}

/** An instrument whose first rubric has 5 options on a 6-level scale. */
function fiveOptions() {
  const bad = copyOfDefault();
  bad.axes[0]!.capacities[0] = rubric('short-rubric', 5);
  return bad;
}

describe('<sctmm-self-diagnosis> instruments that cannot be used', () => {
  const output = silentConsole();
  cleanStorage();
  const page = watchPage();
  beforeEach(() => output.allow(/^\[sctmm-self-diagnosis\] instrument-/));

  describe('the console', () => {
    it('warns once about an instrument-src that answers 404', async () => {
      const { el } = await failing(html`<sctmm-self-diagnosis
        instrument-src="/nope.json"></sctmm-self-diagnosis>`);

      el.entityName = 'Alcaldía';
      await settle(el);

      expect(output.matching(/instrument-/).map((call) => call.text))
        .to.deep.equal(['[sctmm-self-diagnosis] instrument-http: No se ' +
          'pudo descargar el cuestionario (instrument-src="/nope.json"): ' +
          'el servidor respondió con el código 404.']);
    });

    it('warns once about an invalid instrument property, with its ' +
      'issues', async () => {
      const { el } = await failing(html`<sctmm-self-diagnosis
        .instrument=${fiveOptions()}></sctmm-self-diagnosis>`);

      el.entityName = 'Alcaldía';
      await settle(el);

      expect(output.matching(/instrument-/).map((call) => call.text))
        .to.deep.equal(['[sctmm-self-diagnosis] instrument-schema: El ' +
          'cuestionario (instrument) tiene errores y no se puede usar: ' +
          'axes[0].capacities[0].options: expected 6 options, got 5']);
    });

    it('warns about { x: 1 } set as the instrument', async () => {
      await failing(html`<sctmm-self-diagnosis .instrument=${{ x: 1 }}>
        </sctmm-self-diagnosis>`);

      const warnings = output.matching(/instrument-/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.text).to.match(new RegExp(
        '^\\[sctmm-self-diagnosis\\] instrument-schema: El cuestionario ' +
        '\\(instrument\\) tiene errores y no se puede usar: \\S'));
    });
  });

  describe('instrument-src', () => {
    it('says the server answered 404 and fires an "http" error',
      async () => {
        const { el, events } = await failing(html`<sctmm-self-diagnosis
          instrument-src="/does-not-exist.json"></sctmm-self-diagnosis>`);

        const expected = 'No se pudo descargar el cuestionario ' +
          '(instrument-src="/does-not-exist.json"): el servidor respondió ' +
          'con el código 404.';
        const error = $(el, '[part="error"]');
        expect(textOf($(el, '[part="error"] .reason'))).to.equal(expected);
        expect(textOf($(el, '[part="error"] h2'))).to.equal(
          'El autodiagnóstico no está disponible',
        );
        expect(textOf(error)).to.contain('comuníquese con la entidad');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(events).to.have.length(1);
        expect(events[0]!.detail).to.deep.equal({
          code: 'http',
          message: expected,
          issues: [],
        });
        expect(page.errors()).to.deep.equal([]);
      });

    it('says a document that is not JSON is not valid and fires ' +
      '"not-json"', async () => {
      const { el, events } = await failing(html`<sctmm-self-diagnosis
        instrument-src=${NOT_JSON}></sctmm-self-diagnosis>`);

      const expected = `El cuestionario (instrument-src="${NOT_JSON}") ` +
        'no es un documento JSON válido.';
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(expected);
      expect(events[0]!.detail.code).to.equal('not-json');
      expect(events[0]!.detail.message).to.equal(expected);
      expect(page.errors()).to.deep.equal([]);
    });

    it('lists the issues of a document that breaks the schema and fires ' +
      '"schema"', async () => {
      const { el, events } = await failing(html`<sctmm-self-diagnosis
        instrument-src=${FIVE_OPTIONS}></sctmm-self-diagnosis>`);

      const issue = 'axes[0].capacities[0].options: expected 6 options, ' +
        'got 5';
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        `El cuestionario (instrument-src="${FIVE_OPTIONS}") tiene errores ` +
        'y no se puede usar:',
      );
      expect($$(el, '[part="error"] li').map(textOf)).to.deep.equal([issue]);
      expect(events[0]!.detail.code).to.equal('schema');
      expect(events[0]!.detail.issues).to.deep.equal([{
        path: 'axes[0].capacities[0].options',
        message: 'expected 6 options, got 5',
      }]);
      expect(page.errors()).to.deep.equal([]);
    });

    it('says a connection that fails is a network error', async () => {
      // Port 1 is one browsers refuse to connect to: nothing is sent.
      const src = 'http://127.0.0.1:1/instrument.json';

      const { el, events } = await failing(html`<sctmm-self-diagnosis
        instrument-src=${src}></sctmm-self-diagnosis>`);

      expect(events[0]!.detail.code).to.equal('network');
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        `No se pudo descargar el cuestionario (instrument-src="${src}"): ` +
        'falló la conexión.',
      );
      expect(page.errors()).to.deep.equal([]);
    });

    it('shows no wizard while the instrument cannot be used', async () => {
      const { el } = await failing(html`<sctmm-self-diagnosis
        instrument-src="/does-not-exist.json"></sctmm-self-diagnosis>`);

      expect($maybe(el, '[part="step-list"]')).to.equal(null);
      expect($maybe(el, '.step-heading')).to.equal(null);
      expect(el.result).to.equal(undefined);
      expect(el.exportAssessment()).to.equal(undefined);
    });

    it('writes the message in English with lang="en"', async () => {
      const { el, events } = await failing(html`<sctmm-self-diagnosis
        lang="en" instrument-src="/does-not-exist.json">
        </sctmm-self-diagnosis>`);

      const expected = 'Could not download the questionnaire ' +
        '(instrument-src="/does-not-exist.json"): the server answered with ' +
        'status 404.';
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(expected);
      expect(events[0]!.detail.message).to.equal(expected);
    });

    it('resolves goToStep() to false while nothing can be asked',
      async () => {
        const { el } = await failing(html`<sctmm-self-diagnosis
          instrument-src="/does-not-exist.json"></sctmm-self-diagnosis>`);

        const moved = await el.goToStep(1);

        expect(moved).to.equal(false);
        expect(el.step).to.equal(0);
        expect(page.errors()).to.deep.equal([]);
      });
  });

  describe('the instrument property', () => {
    it('lists the issues of an invalid instrument and fires "schema"',
      async () => {
        const bad = fiveOptions();

        const { el, events } = await failing(html`<sctmm-self-diagnosis
          .instrument=${bad}></sctmm-self-diagnosis>`);

        expect(textOf($(el, '[part="error"] .reason'))).to.equal(
          'El cuestionario (instrument) tiene errores y no se puede usar:',
        );
        expect($$(el, '[part="error"] li').map(textOf)).to.deep.equal([
          'axes[0].capacities[0].options: expected 6 options, got 5',
        ]);
        expect(events[0]!.detail.code).to.equal('schema');
        expect(page.errors()).to.deep.equal([]);
      });

    it('reports a value that is not an instrument at all', async () => {
      const { el, events } = await failing(html`<sctmm-self-diagnosis
        .instrument=${'not an instrument'}></sctmm-self-diagnosis>`);

      expect(events[0]!.detail.code).to.equal('schema');
      expect(events[0]!.detail.issues.length).to.be.greaterThan(0);
      expect($$(el, '[part="error"] li').length).to.be.greaterThan(0);
      expect(page.errors()).to.deep.equal([]);
    });

    it('asks a valid instrument set after an invalid one', async () => {
      const { el } = await failing(html`<sctmm-self-diagnosis
        .instrument=${fiveOptions()}></sctmm-self-diagnosis>`);

      el.instrument = copyOfDefault();
      await settle(el);

      expect($maybe(el, '[part="error"]')).to.equal(null);
      expect(headingText(el)).to.equal(STEP_TITLES.es[0]);
    });
  });

  describe('events', () => {
    it('fires sctmm-error bubbling and composed', async () => {
      const { events } = await failing(html`<sctmm-self-diagnosis
        instrument-src="/does-not-exist.json"></sctmm-self-diagnosis>`);

      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      expect((events[0]!.target as SctmmSelfDiagnosis).localName)
        .to.equal('sctmm-self-diagnosis');
    });
  });
});
