import { expect, html } from '@open-wc/testing';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import {
  $,
  $$,
  build,
  demoIndicatorSet,
  indicator,
  reach,
  record,
  setOf,
  settle,
  silentConsole,
  textOf,
  until,
  watchPage,
} from './results-table/helpers.ts';

describe('<sctmm-results-table> wording', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('values that are not finite numbers', () => {
    beforeEach(() => output.allow(/invalid-indicators/));

    for (const [where, change] of [
      ['baseline', { baseline: { value: Number.NaN, period: '2019' } }],
      ['current', { current: { value: Infinity, period: '2023' } }],
      ['peers', { peers: { average: -Infinity, best: 9.7 } }],
    ] as const) {
      it(`says the ${where} is not a finite number`, async () => {
        const errors = record<SctmmErrorDetail>('sctmm-error');
        const el = await build(html`<sctmm-results-table
          .indicators=${setOf(indicator(change))}></sctmm-results-table>`);
        await until(() => errors.events.length > 0, 'sctmm-error');
        errors.stop();

        const issues = $$(el, '[part="error"] .issues li').map(textOf);
        expect(issues).to.have.length(1);
        expect(issues[0]).to.match(new RegExp(
          `^indicators\\[0\\]\\.${where}.*: not a finite number`));
        expect(issues[0]).not.to.contain('got number');
        expect(errors.events[0]!.detail.issues[0]!.message).to.match(
          /^not a finite number \(got -?(NaN|Infinity)\)$/);
      });
    }
  });

  describe('counts of one', () => {
    it('says "de 1 valor" and "from 1 value", else the plural', async () => {
      const one = indicator({ peers: undefined, peerValues: [24.9] });
      const two = indicator({ id: 'other', name: { es: 'Otro', en: 'Other' },
        peers: undefined, peerValues: [24.9, 20] });

      for (const [lang, single, plural] of [
        ['es', 'de 1 valor', 'de 2 valores'],
        ['en', 'from 1 value', 'from 2 values'],
      ]) {
        const el = await build(html`<sctmm-results-table lang=${lang!}
          .indicators=${setOf(one, two)}></sctmm-results-table>`);

        const notes = $$(el, 'td.number .period').map(textOf)
          .filter((text) => /\d+ val/.test(text));
        expect(notes.sort()).to.deep.equal(
          [single, single, plural, plural].sort());
      }
    });

    it('announces the only indicator of every dimension in the singular',
      async () => {
        const el = await build(html`<sctmm-results-table
          dimension="quality-of-life" .indicators=${setOf(indicator())}>
          </sctmm-results-table>`);
        const select = $(el, 'select') as HTMLSelectElement;

        select.value = '';
        select.dispatchEvent(new Event('change'));
        await settle(el);

        expect(textOf($(el, '[aria-live="polite"]'))).to.equal(
          'Se muestra el único indicador, de todas las dimensiones.');
      });
  });

  describe('a CSV that nothing says is one', () => {
    beforeEach(() => output.allow(/indicators-unavailable/));

    for (const route of ['plain', 'octets', 'untyped']) {
      it(`says how to serve it (${route})`, async () => {
        const src = `/__results/${route}`;
        const el = await build(html`<sctmm-results-table lang="en"
          src=${src}></sctmm-results-table>`);
        await reach(el, 'error');

        const reason = textOf($(el, '[part="error"] .reason'));
        expect(reason).to.equal(`The indicator set (src="${src}") is ` +
          'neither JSON nor a recognised CSV: neither its content type ' +
          'nor its extension says what it is. If it is a CSV, serve it ' +
          'as text/csv or use an address ending in .csv; if it is JSON, ' +
          'check its content.');
      });
    }

    it('says it in Spanish too', async () => {
      const el = await build(html`<sctmm-results-table
        src="/__results/plain"></sctmm-results-table>`);
      await reach(el, 'error');

      const reason = textOf($(el, '[part="error"] .reason'));
      expect(reason).to.contain('no es JSON ni un CSV reconocido');
      expect(reason).to.contain('text/csv');
      expect(reason).to.contain('.csv');
    });
  });

  describe('entity-name', () => {
    it('names the entity in the caption when a CSV names none',
      async () => {
        const el = await build(html`<sctmm-results-table
          src="/__results/set.csv" entity-name="Alcaldía de Tunía">
          </sctmm-results-table>`);
        await reach(el, 'ready');

        expect(textOf($(el, 'caption'))).to.equal(
          'Indicadores de resultados de Alcaldía de Tunía');
      });

    it('leaves the name the set gives, and a blank one unused', async () => {
      const named = await build(html`<sctmm-results-table
        entity-name="Otra" .indicators=${demoIndicatorSet()}>
        </sctmm-results-table>`);
      const blank = await build(html`<sctmm-results-table lang="en"
        entity-name="  " .indicators=${setOf(indicator())}>
        </sctmm-results-table>`);

      expect(textOf($(named, 'caption'))).to.equal(
        'Indicadores de resultados de Alcaldía de San Isidro del Valle');
      expect(textOf($(blank, 'caption'))).to.equal('Results indicators');
    });

    it('follows the entityName property', async () => {
      const el = await build(html`<sctmm-results-table lang="en"
        .indicators=${setOf(indicator())}></sctmm-results-table>`);

      el.entityName = 'Tunía';
      await settle(el);

      expect(textOf($(el, 'caption'))).to.equal(
        'Results indicators of Tunía');
    });
  });
});
