import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type {
  ResultsTableLoadDetail,
} from '../../src/components/results-table/events.ts';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import {
  $,
  $$,
  build,
  cells,
  demoIndicatorSet,
  indicator,
  reach,
  record,
  rowNames,
  setOf,
  silentConsole,
  textOf,
  until,
  watchPage,
} from './results-table/helpers.ts';

/** Builds the table and waits until it shows `state`, recording events. */
async function loaded(template: TemplateResult, state = 'ready') {
  const loads = record<ResultsTableLoadDetail>('sctmm-load');
  const errors = record<SctmmErrorDetail>('sctmm-error');
  try {
    const el = await build(template);
    await reach(el, state);
    const events = state === 'error' ? errors.events : loads.events;
    await until(() => events.length > 0, `an event in state ${state}`);
    return { el, loads: loads.events, errors: errors.events };
  } finally {
    loads.stop();
    errors.stop();
  }
}

/** The table reading `src`, in Spanish unless `lang` says otherwise. */
const reading = (src: string, lang = 'es') => html`<sctmm-results-table
  lang=${lang} src=${src}></sctmm-results-table>`;

describe('<sctmm-results-table> src', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('readable documents', () => {
    it('shows "loading" while the document is read', async () => {
      const el = await build(reading('/__results/hang'));

      expect(el.state).to.equal('loading');
      const message = $(el, '[part="loading"]');
      expect(textOf(message)).to.equal('Cargando los indicadores…');
      expect(message.getAttribute('aria-busy')).to.equal('true');
    });

    it('reads JSON by its extension and fires sctmm-load', async () => {
      const { el, loads } = await loaded(reading('/__results/set.json'));

      expect(rowNames(el)).to.have.length(25);
      expect(loads).to.have.length(1);
      const { detail } = loads[0]!;
      expect(detail.src).to.equal('/__results/set.json');
      expect(detail.format).to.equal('json');
      expect(detail.indicators).to.deep.equal(demoIndicatorSet());
      expect(detail.result.level).to.equal(4);
      expect(detail.problems).to.deep.equal([]);
      expect(loads[0]!.bubbles && loads[0]!.composed).to.equal(true);
    });

    it('reads JSON by its content type, without an extension', async () => {
      const { loads } = await loaded(reading('/__results/set'));

      expect(loads[0]!.detail.format).to.equal('json');
    });

    it('reads a Colombian CSV export by its content type, as the same set',
      async () => {
        const { el, loads } = await loaded(reading('/__results/set.csv'));

        const { detail } = loads[0]!;
        expect(detail.format).to.equal('csv');
        const { entity: _entity, ...expected } = demoIndicatorSet();
        expect(detail.indicators).to.deep.equal(expected);
        expect(textOf($(el, '[part="total"]'))).to.equal(
          'Puntaje de resultados: 3,8 de 6 · nivel 4, Conectado');
        expect(cells(el, 'Personas afectadas por emergencias y desastres')
          .baseline).to.equal('1.846,2 2019');
      });

    it('reads CSV by its extension when the server says text/plain',
      async () => {
        const { loads } = await loaded(reading('/__results/plain.csv'));

        expect(loads[0]!.detail.format).to.equal('csv');
        expect(loads[0]!.detail.indicators.indicators).to.have.length(25);
      });

    it('reads a CSV saved in Windows-1252 and lists the rows it could ' +
      'not read under "Detalles técnicos"', async () => {
      output.allow(/csv-rows-left-out/);
      const { el, loads } = await loaded(reading('/__results/export'));

      expect(rowNames(el)).to.deep.equal(['Tiempo de viaje',
        'Tasa de homicidios']);
      const problems = loads[0]!.detail.problems;
      expect(problems.map((p) => p.row)).to.deep.equal([3, 4, 6]);
      expect(el.problems).to.deep.equal(problems);
      expect(textOf($(el, '[part="notice"]'))).to.equal('Algunas filas del ' +
        'archivo no se pudieron leer y no se muestran (3). Vea los ' +
        'detalles técnicos.');
      const details = $(el, '[part="problems"] details');
      expect(textOf(details.querySelector('summary'))).to.equal(
        'Detalles técnicos');
      const items = [...details.querySelectorAll('li')].map(textOf);
      expect(items).to.have.length(3);
      expect(items[0]).to.match(/^Fila 3, columna valor_actual: .*n\.d\./);
      expect(items[1]).to.match(/^Fila 4: .*gestion-de-basuras/);
      expect(items[2]).to.match(/^Fila 6: /);
      expect(output.matching(/rows of \/__results\/export/)).to.have.length(1);
    });

    it('prefers the indicators property to src', async () => {
      const el = await build(html`<sctmm-results-table
        src="/__results/set.json" .indicators=${setOf(indicator())}>
        </sctmm-results-table>`);

      expect(el.state).to.equal('ready');
      expect(rowNames(el)).to.deep.equal(['Tasa de homicidios']);
    });
  });

  describe('documents that cannot be used', () => {
    beforeEach(() => output.allow(/indicators-unavailable/));

    it('says that the server answered 404, and fires "http"', async () => {
      const { el, errors } = await loaded(reading('/__results/404'),
        'error');

      const expected = 'No se pudo descargar el conjunto de indicadores ' +
        '(src="/__results/404"): el servidor respondió con el código 404.';
      const error = $(el, '[part="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error.querySelector('h2'))).to.equal(
        'Los indicadores no están disponibles');
      expect(textOf(error.querySelector('.reason'))).to.equal(expected);
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { code: 'http', message: expected, issues: [], status: 404 },
      ]);
      expect($$(el, 'table')).to.have.length(0);
    });

    it('says it in English with lang="en"', async () => {
      const { el } = await loaded(reading('/__results/404', 'en'), 'error');

      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'Could not download the indicator set (src="/__results/404"): the ' +
        'server answered with status 404.');
    });

    it('says that a page which is not JSON cannot be read', async () => {
      const { el, errors } = await loaded(reading('/__results/html'),
        'error');

      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'El conjunto de indicadores (src="/__results/html") no es un ' +
        'documento JSON válido.');
      expect(errors[0]!.detail.code).to.equal('not-json');
    });

    it('says that broken JSON cannot be read', async () => {
      const { errors } = await loaded(reading('/__results/broken.json'),
        'error');

      expect(errors[0]!.detail.code).to.equal('not-json');
    });

    it('lists what is wrong in a document that is not a valid set',
      async () => {
        const { el, errors } = await loaded(
          reading('/__results/invalid.json'), 'error');

        expect(textOf($(el, '[part="error"] .reason'))).to.equal(
          'El conjunto de indicadores (src="/__results/invalid.json") ' +
          'tiene errores y no se puede usar:');
        const issues = $$(el, '[part="error"] .issues li').map(textOf);
        expect(issues.some((i) => i.startsWith('indicators[0].polarity')))
          .to.equal(true);
        expect(errors[0]!.detail.code).to.equal('schema');
        expect(errors[0]!.detail.issues.length).to.equal(issues.length);
      });

    it('says which rows of a CSV could not be read when none could',
      async () => {
        const { el, errors } = await loaded(
          reading('/__results/unreadable.csv'), 'error');

        expect(errors[0]!.detail.code).to.equal('schema');
        const issues = $$(el, '[part="error"] .issues li').map(textOf);
        expect(issues.length).to.be.greaterThan(0);
        expect(issues.every((i) => i.startsWith('row 1'))).to.equal(true);
      });

    it('says that the connection failed', async () => {
      const { el, errors } = await loaded(reading('/__results/network'),
        'error');

      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'No se pudo descargar el conjunto de indicadores ' +
        '(src="/__results/network"): falló la conexión.');
      expect(errors[0]!.detail.code).to.equal('network');
    });

    it('refuses a CSV of an edition the library does not ship',
      async () => {
        const { el } = await loaded(html`<sctmm-results-table edition="2019"
          src="/__results/set.csv"></sctmm-results-table>`, 'error');

        expect($$(el, '[part="error"] .issues li').map(textOf)).to.deep
          .equal(['edition: expected one of 2020, 2021, got "2019"']);
      });
  });

  describe('an edition with fewer levels than the rule', () => {
    it('says the rule does not fit, until the rule is given', async () => {
      output.allow(/rule-does-not-fit/);
      const { el, errors } = await loaded(
        reading('/__results/edition-2021.json'), 'error');

      const expected = 'No se pudieron calcular los niveles: la regla de ' +
        'niveles no sirve para la edición 2021 del modelo, de 5 niveles.';
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(expected);
      expect(errors[0]!.detail.code).to.equal('schema');
      expect(errors[0]!.detail.issues[0]!.path).to.equal('rule');

      el.rule = { levels: { 'national-best': 5 } };
      await reach(el, 'ready');

      expect(cells(el, 'Tasa de homicidios').level).to.match(
        /^Nivel 5 Optimizado/);
      expect(textOf($(el, '[part="total"]'))).to.equal(
        'Puntaje de resultados: 5,0 de 5 · nivel 5, Optimizado');
    });

    it('says an invalid rule is not valid', async () => {
      output.allow(/rule-does-not-fit/);
      const el = await build(html`<sctmm-results-table
        .rule=${{ tolerance: -1 }} .indicators=${setOf(indicator())}>
        </sctmm-results-table>`);

      expect(el.state).to.equal('error');
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'No se pudieron calcular los niveles: la regla de niveles ' +
        '(propiedad rule) no es válida.');
    });
  });

  describe('the indicators attribute and property', () => {
    beforeEach(() => output.allow(/invalid-indicators/));

    it('says, naming the attribute, that text which is not JSON cannot ' +
      'be read, and fires "not-json"', async () => {
      const { el, errors } = await loaded(html`<sctmm-results-table
        indicators="{ format: sctmm }"></sctmm-results-table>`, 'error');

      const expected = 'El conjunto de indicadores (atributo indicators) ' +
        'no es un documento JSON válido.';
      expect(textOf($(el, '[part="error"] .reason'))).to.equal(expected);
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { code: 'not-json', message: expected, issues: [] },
      ]);
      expect(output.matching(/atributo indicators/)).to.have.length(1);
    });

    it('names the property when an object is not a valid set', async () => {
      const { el, errors } = await loaded(html`<sctmm-results-table
        .indicators=${{ format: 'sctmm/indicator-set@1' }}>
        </sctmm-results-table>`, 'error');

      expect(textOf($(el, '[part="error"] .reason'))).to.equal(
        'El conjunto de indicadores (propiedad indicators) tiene errores y ' +
        'no se puede usar:');
      expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(
        ['indicators']);
    });

    it('shows a valid set given after an invalid one', async () => {
      const { el } = await loaded(html`<sctmm-results-table
        indicators="no"></sctmm-results-table>`, 'error');

      el.indicators = setOf(indicator());
      await reach(el, 'ready');

      expect(rowNames(el)).to.deep.equal(['Tasa de homicidios']);
    });
  });
});
