import { expect, fixture, html } from '@open-wc/testing';
import {
  $,
  $$,
  build,
  cells,
  demoIndicatorSet,
  indicator,
  row,
  rowNames,
  setOf,
  settle,
  silentConsole,
  textOf,
  watchPage,
} from './results-table/helpers.ts';

const demo = () => html`<sctmm-results-table .indicators=${demoIndicatorSet()}>
  </sctmm-results-table>`;

describe('<sctmm-results-table>', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('defaults', () => {
    it('says there is nothing to show without indicators or src',
      async () => {
        const el = await build(html`<sctmm-results-table>
          </sctmm-results-table>`);

        expect(el.state).to.equal('empty');
        expect(el.getAttribute('state')).to.equal('empty');
        expect(textOf($(el, '[part="empty"]'))).to.equal(
          'No hay indicadores para mostrar.');
        expect(el.result).to.equal(undefined);
        expect(el.problems).to.deep.equal([]);
      });

    it('keeps one polite live region from the start', async () => {
      const el = await build(html`<sctmm-results-table>
        </sctmm-results-table>`);

      const regions = $$(el, '[aria-live="polite"]');
      expect(regions).to.have.length(1);
      expect(regions[0]!.getAttribute('role')).to.equal('status');
    });
  });

  describe('grouping', () => {
    it('gives each dimension of the model a row group headed by its name',
      async () => {
        const el = await build(demo());

        const groups = $$(el, 'tbody');
        const heads = groups.map((g) =>
          g.querySelector('th[scope="rowgroup"] .dimension-name'));
        expect(heads.map(textOf)).to.deep.equal([
          'Gobernanza', 'Medio ambiente', 'Hábitat', 'Calidad de vida',
          'Personas', 'Desarrollo económico',
        ]);
        expect(groups[0]!.querySelector('th[scope="rowgroup"]')!
          .getAttribute('colspan')).to.equal('8');
      });

    it('lists the rows of a dimension by sub-dimension, in the model\'s ' +
      'order, naming each sub-dimension', async () => {
      const el = await build(demo());

      const governance = $$(el, 'tbody')[0]!;
      const rows = [...governance.querySelectorAll('tr.indicator-row')];
      expect(rows.map((r) => textOf(r.querySelector('.subdimension'))))
        .to.deep.equal(['Gobierno abierto', 'Gobernanza multinivel',
          'Participación ciudadana', 'Gobierno digital']);
      expect(rowNames(el)).to.have.length(25);
    });

    it('heads each dimension with its score, level and level name',
      async () => {
        const el = await build(demo());

        const head = $$(el, 'tbody')[2]!.querySelector('th[scope=rowgroup]');
        expect(textOf(head)).to.equal('Hábitat 4,3 · nivel 5, Integrado');
      });

    it('says when a dimension has no indicators', async () => {
      const el = await build(html`<sctmm-results-table
        .indicators=${setOf(indicator())}></sctmm-results-table>`);

      const empty = $$(el, 'tbody')[0]!;
      expect(textOf(empty.querySelector('td.none'))).to.equal(
        'Sin indicadores en esta dimensión.');
      expect(textOf(empty.querySelector('th[scope=rowgroup]'))).to.equal(
        'Gobernanza sin datos');
    });
  });

  describe('the summary', () => {
    it('gives the results score and level, the counts and every ' +
      'dimension\'s score', async () => {
      const el = await build(demo());

      expect(textOf($(el, '[part="total"]'))).to.equal(
        'Puntaje de resultados: 3,8 de 6 · nivel 4, Conectado');
      expect(textOf($(el, '.counts'))).to.equal(
        '25 indicadores: 23 con nivel, 2 sin datos.');
      const entries = $$(el, '[part="dimensions"] .dimension-entry')
        .map(textOf);
      expect(entries).to.deep.equal([
        'Gobernanza 3,0 · nivel 3, Coordinado',
        'Medio ambiente 3,3 · nivel 4, Conectado',
        'Hábitat 4,3 · nivel 5, Integrado',
        'Calidad de vida 4,3 · nivel 5, Integrado',
        'Personas 4,0 · nivel 4, Conectado',
        'Desarrollo económico 4,0 · nivel 4, Conectado',
      ]);
    });

    it('says "sin datos" for a score without data', async () => {
      const el = await build(html`<sctmm-results-table .indicators=${setOf(
        indicator({ current: { value: null, period: null } }))}>
        </sctmm-results-table>`);

      expect(textOf($(el, '[part="total"]'))).to.equal(
        'Puntaje de resultados: sin datos');
      expect(textOf($(el, '.counts'))).to.equal(
        '1 indicador: 0 con nivel, 1 sin datos.');
    });

    it('names the entity in the caption', async () => {
      const el = await build(demo());

      expect(textOf($(el, 'caption'))).to.equal(
        'Indicadores de resultados de Alcaldía de San Isidro del Valle');
    });

    it('exposes the results measurement it shows', async () => {
      const el = await build(demo());

      expect(el.result!.level).to.equal(4);
      expect(el.result!.indicators).to.have.length(25);
    });
  });

  describe('the columns', () => {
    it('show a higher-is-better indicator above its peers', async () => {
      const el = await build(demo());

      expect(cells(el, 'Trámites que se pueden completar totalmente en ' +
        'línea')).to.deep.equal({
        indicator: 'Trámites que se pueden completar totalmente en línea ' +
          'más es mejor',
        subdimension: 'Gobierno digital',
        current: '41 % de los trámites 2023',
        baseline: '18 2019',
        change: '▲ +23 (+127,8%) mejoró',
        average: '27,5',
        best: '63',
        level: 'Nivel 5 Integrado Por qué',
      });
    });

    it('show a lower-is-better indicator that went down as an ' +
      'improvement', async () => {
      const el = await build(demo());

      const got = cells(el, 'Tasa de homicidios');
      expect(got.indicator).to.equal('Tasa de homicidios menos es mejor');
      expect(got.current).to.equal('24,9 por cada 100.000 habitantes 2023');
      expect(got.baseline).to.equal('31,4 2019');
      expect(got.change).to.equal('▼ -6,5 (-20,7%) mejoró');
      expect(got.average).to.equal('26,8');
      expect(got.best).to.equal('9,7');
      expect(got.level).to.match(/^Nivel 5 Integrado/);
    });

    it('show a lower-is-better indicator that went up as a worsening',
      async () => {
        const el = await build(demo());

        const got = cells(el, 'Consumo residencial de agua por habitante');
        expect(got.change).to.equal('▲ +13 (+11%) empeoró');
        expect(got.level).to.match(/^Nivel 1 Básico/);
      });

    it('show a higher-is-better indicator that went down as a worsening',
      async () => {
        const el = await build(demo());

        const got = cells(el, 'Proyectos ejecutados con recursos de la ' +
          'Nación o del departamento');
        expect(got.change).to.equal('▼ -2 (-28,6%) empeoró');
      });

    it('say "sin cambio" for a move within the tolerance', async () => {
      const el = await build(demo());

      const got = cells(el, 'Residuos sólidos aprovechados en lugar de ' +
        'enterrados');
      expect(got.change).to.equal('▲ +0,06 (+0,6%) sin cambio');
      expect(got.level).to.match(/^Nivel 2 Aislado/);
    });

    it('mark improvement and worsening with words, the colour only ' +
      'repeating them', async () => {
      const el = await build(demo());

      const better = row(el, 'Tasa de homicidios')
        .querySelector('[part="trend"]')!;
      const worse = row(el, 'Consumo residencial de agua por habitante')
        .querySelector('[part="trend"]')!;
      expect(getComputedStyle(better).color).to.equal('rgb(6, 110, 48)');
      expect(getComputedStyle(worse).color).to.equal('rgb(168, 5, 33)');
      expect(row(el, 'Tasa de homicidios').querySelector('.arrow')!
        .getAttribute('aria-hidden')).to.equal('true');
    });

    it('write periods as people read them', async () => {
      const el = await build(demo());

      const got = cells(el, 'Accesos fijos a internet por cada 100 ' +
        'habitantes');
      expect(got.current).to.equal('11,9 accesos por cada 100 habitantes ' +
        '2023 T3');
      expect(got.baseline).to.equal('8,4 2019 T4');
    });

    it('group thousands with dots in Spanish', async () => {
      const el = await build(demo());

      const got = cells(el, 'Personas afectadas por emergencias y ' +
        'desastres');
      expect(got.current).to.equal('1.212,7 por cada 100.000 habitantes ' +
        '2023');
      expect(got.baseline).to.equal('1.846,2 2019');
      expect(got.change).to.equal('▼ -633,5 (-34,3%) mejoró');
      expect(got.average).to.equal('1.530,4');
    });

    it('derive the peers of a list of values and say how many',
      async () => {
        const el = await build(demo());

        const got = cells(el, 'Tiempo medio de viaje al trabajo o al ' +
          'estudio');
        expect(got.average).to.equal('38,25 de 8 valores');
        expect(got.best).to.equal('30,1 de 8 valores');
      });

    it('tag a self-rated indicator and give its level', async () => {
      const el = await build(demo());

      const got = cells(el, 'Escenarios públicos deportivos y culturales');
      expect(got.indicator).to.equal('Escenarios públicos deportivos y ' +
        'culturales más es mejor autoevaluado');
      expect(got.level).to.match(/^Nivel 4 Conectado/);
      expect([got.current, got.baseline, got.change, got.average, got.best])
        .to.deep.equal(Array(5).fill('sin datos'));
    });
  });

  describe('missing values', () => {
    it('say "sin datos" and "sin nivel", never NaN or 0', async () => {
      const el = await build(demo());

      const noCurrent = cells(el, 'Emisiones de gases de efecto ' +
        'invernadero por habitante');
      expect(noCurrent.current).to.equal('sin datos');
      expect(noCurrent.change).to.equal('sin datos');
      expect(noCurrent.level).to.match(/^sin nivel Por qué/);
      const noBaseline = cells(el, 'Hogares con déficit de vivienda');
      expect(noBaseline.baseline).to.equal('sin datos');
      expect(noBaseline.current).to.equal('28,4 % de los hogares 2023');
      expect(textOf($(el, 'table'))).not.to.match(/NaN|undefined|null/);
    });

    it('say "sin datos" for missing peers', async () => {
      const el = await build(demo());

      const got = cells(el, 'Espacio público efectivo por habitante');
      expect(got.average).to.equal('sin datos');
      expect(got.best).to.equal('sin datos');
    });

    it('keep the period of a value that is missing', async () => {
      const el = await build(html`<sctmm-results-table .indicators=${setOf(
        indicator({ current: { value: null, period: '2023-07' } }))}>
        </sctmm-results-table>`);

      expect(cells(el, 'Tasa de homicidios').current).to.equal(
        'sin datos jul de 2023');
    });
  });

  describe('in English', () => {
    it('writes every text and number the English way', async () => {
      const el = await build(html`<sctmm-results-table lang="en"
        .indicators=${demoIndicatorSet()}></sctmm-results-table>`);

      expect(textOf($(el, '[part="total"]'))).to.equal(
        'Results score: 3.8 out of 6 · level 4, Connected');
      const got = cells(el, 'People affected by emergencies and disasters');
      expect(got.current).to.equal('1,212.7 per 100,000 residents 2023');
      expect(got.change).to.equal('▼ -633.5 (-34.3%) improved');
      expect(cells(el, 'Fixed internet connections per 100 residents')
        .baseline).to.equal('8.4 2019 Q4');
      expect(cells(el, 'Household water use per resident').change).to.equal(
        '▲ +13 (+11%) worsened');
      expect(cells(el, 'Greenhouse gas emissions per resident').current)
        .to.equal('no data');
    });

    it('follows the lang of an ancestor', async () => {
      const box = await fixture(html`<div lang="en-GB"><sctmm-results-table
        .indicators=${demoIndicatorSet()}></sctmm-results-table></div>`);
      const el = box.querySelector('sctmm-results-table')!;
      await settle(el);

      expect(textOf($(el, 'caption'))).to.equal(
        'Results indicators of Alcaldía de San Isidro del Valle');
    });
  });

  describe('the indicators attribute', () => {
    it('reads an indicator set written as JSON', async () => {
      const json = JSON.stringify(setOf(indicator()));
      const el = await build(html`<sctmm-results-table indicators=${json}>
        </sctmm-results-table>`);

      expect(el.state).to.equal('ready');
      expect(rowNames(el)).to.deep.equal(['Tasa de homicidios']);
      expect(output.matching(/./)).to.deep.equal([]);
    });
  });
});
