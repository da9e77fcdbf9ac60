import { expect, html } from '@open-wc/testing';
import {
  $,
  $$,
  type SctmmResultsTable,
  accessibleName,
  build,
  demoIndicatorSet,
  focused,
  isSortButton,
  press,
  rowNames,
  settle,
  silentConsole,
  sortState,
  tabTo,
  textOf,
  watchPage,
} from './results-table/helpers.ts';

const demo = (attributes = html``) => html`<sctmm-results-table
  .indicators=${demoIndicatorSet()}>${attributes}</sctmm-results-table>`;

/** The levels shown in the rows of the dimension at `index`, in order. */
function levels(el: SctmmResultsTable, index: number) {
  const group = el.shadowRoot!.querySelectorAll('tbody')[index]!;
  return [...group.querySelectorAll('tr.indicator-row .level')].map((td) =>
    textOf(td.querySelector('.level-number, .no-data')));
}

describe('<sctmm-results-table> keyboard', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('sorting', () => {
    it('has a real button in every column header and no sort at first',
      async () => {
        const el = await build(demo());

        const buttons = $$(el, 'thead th > button');
        expect(buttons.map((b) => b.getAttribute('type'))).to.deep.equal(
          Array(8).fill('button'));
        expect(sortState(el)).to.deep.equal({});
      });

    it('sorts by a column with Enter, ascending then descending, ' +
      'within each dimension', async () => {
      const el = await build(demo());

      await tabTo(el, isSortButton('Nivel'));
      await press('Enter');
      await settle(el);

      expect(sortState(el)).to.deep.equal({ Nivel: 'ascending' });
      expect(levels(el, 1)).to.deep.equal(['Nivel 1', 'Nivel 2', 'Nivel 5',
        'Nivel 5', 'sin nivel']);
      expect(isSortButton('Nivel')(focused(el)!)).to.equal(true);

      await press('Enter');
      await settle(el);

      expect(sortState(el)).to.deep.equal({ Nivel: 'descending' });
      expect(levels(el, 1)).to.deep.equal(['Nivel 5', 'Nivel 5', 'Nivel 2',
        'Nivel 1', 'sin nivel']);
      expect(el.sortBy).to.equal('level');
      expect(el.sortDirection).to.equal('descending');
    });

    it('sorts by another column with Space and moves aria-sort there',
      async () => {
        const el = await build(demo());
        await tabTo(el, isSortButton('Indicador'));
        await press('Enter');
        await settle(el);
        const governance = rowNames(el).slice(0, 4);
        expect(governance).to.deep.equal([...governance].sort((a, b) =>
          a.localeCompare(b, 'es')));

        await tabTo(el, isSortButton('Nivel'));
        await press('Space');
        await settle(el);

        expect(sortState(el)).to.deep.equal({ Nivel: 'ascending' });
      });

    it('says the sort in the live region', async () => {
      const el = await build(demo());

      await tabTo(el, isSortButton('Cambio'));
      await press('Enter');
      await settle(el);

      expect(textOf($(el, '[aria-live="polite"]'))).to.equal(
        'Ordenado por Cambio, en orden ascendente, dentro de cada ' +
        'dimensión.');
    });

    it('sorts change by improvement, whatever the polarity', async () => {
      const el = await build(demo());

      await tabTo(el, isSortButton('Cambio'));
      await press('Enter');
      await settle(el);

      const environment = [...$$(el, 'tbody')[1]!
        .querySelectorAll('tr.indicator-row .trend')].map(textOf);
      expect(environment).to.deep.equal(['empeoró', 'sin cambio', 'mejoró',
        'mejoró']);
    });

    it('keeps rows without a value last in both directions', async () => {
      const el = await build(html`<sctmm-results-table sort-by="current"
        sort-direction="descending" .indicators=${demoIndicatorSet()}>
        </sctmm-results-table>`);

      const environment = [...$$(el, 'tbody')[1]!
        .querySelectorAll('tr.indicator-row td:nth-child(3) .value, ' +
          'tr.indicator-row td:nth-child(3) .no-data')].map(textOf);
      expect(environment).to.deep.equal(['1.212,7', '131', '19,8', '9,56',
        'sin datos']);
      expect(sortState(el)).to.deep.equal({ 'Valor actual': 'descending' });
    });

    it('warns about an unknown column and keeps the model\'s order',
      async () => {
        output.allow(/unknown-column/);
        const el = await build(html`<sctmm-results-table sort-by="height"
          .indicators=${demoIndicatorSet()}></sctmm-results-table>`);

        expect(sortState(el)).to.deep.equal({});
        expect(output.matching(/sort-by="height"/)).to.have.length(1);
      });

    it('warns about an unknown direction and sorts ascending', async () => {
      output.allow(/unknown-direction/);
      const el = await build(html`<sctmm-results-table sort-by="current"
        sort-direction="up" .indicators=${demoIndicatorSet()}>
        </sctmm-results-table>`);

      expect(sortState(el)).to.deep.equal({ 'Valor actual': 'ascending' });
      expect(output.matching(/unknown-direction/).map((c) => c.text))
        .to.deep.equal(['[sctmm-results-table] unknown-direction: ' +
          'sort-direction="up" is not ascending or descending; sorting ' +
          'ascending.']);
    });
  });

  describe('filtering', () => {
    it('has a labelled native select of the dimensions with their counts',
      async () => {
        const el = await build(demo());

        const select = $(el, 'select') as HTMLSelectElement;
        const label = $(el, `label[for="${select.id}"]`);
        expect(textOf(label)).to.equal('Dimensión');
        expect([...select.options].map((o) => o.text)).to.deep.equal([
          'Todas las dimensiones (25)', 'Gobernanza (4)',
          'Medio ambiente (5)', 'Hábitat (4)', 'Calidad de vida (5)',
          'Personas (3)', 'Desarrollo económico (4)',
        ]);
      });

    it('shows one dimension when chosen by keyboard, and says so',
      async () => {
        const el = await build(demo());

        await tabTo(el, (node) => node instanceof HTMLSelectElement);
        await press('ArrowDown');
        await settle(el);

        expect(el.dimension).to.equal('governance');
        expect($$(el, 'tbody')).to.have.length(1);
        expect(rowNames(el)).to.have.length(4);
        expect(textOf($(el, '[aria-live="polite"]'))).to.equal(
          'Se muestran 4 indicadores de Gobernanza.');
      });

    it('shows every dimension again with the first option', async () => {
      const el = await build(demo());
      await tabTo(el, (node) => node instanceof HTMLSelectElement);
      await press('ArrowDown');

      await press('ArrowUp');
      await settle(el);

      expect(el.dimension).to.equal('');
      expect($$(el, 'tbody')).to.have.length(6);
      expect(textOf($(el, '[aria-live="polite"]'))).to.equal(
        'Se muestran los 25 indicadores de todas las dimensiones.');
    });

    it('starts on the dimension of the attribute, sorted as asked',
      async () => {
        const el = await build(html`<sctmm-results-table dimension="habitat"
          sort-by="level" .indicators=${demoIndicatorSet()}>
          </sctmm-results-table>`);

        expect(($(el, 'select') as HTMLSelectElement).value).to.equal(
          'habitat');
        expect(levels(el, 0)).to.deep.equal(['Nivel 3', 'Nivel 4',
          'Nivel 5', 'Nivel 5']);
      });

    it('warns about an unknown dimension and shows them all', async () => {
      output.allow(/unknown-dimension/);
      const el = await build(html`<sctmm-results-table dimension="salud"
        .indicators=${demoIndicatorSet()}></sctmm-results-table>`);

      expect($$(el, 'tbody')).to.have.length(6);
      expect(output.matching(/dimension="salud"/)).to.have.length(1);
    });
  });

  describe('the level\'s reason', () => {
    it('opens with Enter and closes with Space, saying why and what the ' +
      'level means', async () => {
      const el = await build(html`<sctmm-results-table dimension="people"
        .indicators=${demoIndicatorSet()}></sctmm-results-table>`);
      const why = await tabTo(el, (node) => node.matches('button.why') &&
        accessibleName(node).includes('pobreza multidimensional'));
      const panel = $(el, `#${why.getAttribute('aria-controls')}`);
      expect(why.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);

      await press('Enter');
      await settle(el);

      expect(why.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect([...panel.querySelectorAll('p')].map(textOf)).to.deep.equal([
        'Recorrió al menos 50% del camino hacia la meta (18).',
        'Nivel 4, Conectado: Los indicadores muestran un avance importante.',
      ]);

      await press('Space');
      await settle(el);

      expect(why.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('names the indicator in each button after its visible text',
      async () => {
        const el = await build(demo());

        const first = $$(el, 'button.why')[0]!;
        expect(textOf(first)).to.equal('Por qué');
        expect(accessibleName(first)).to.equal('Por qué: el nivel de ' +
          'Conjuntos de datos abiertos publicados y al día');
      });

    it('reads "Por qué:" and "Why:" with no space before the colon',
      async () => {
        const es = await build(demo());
        const en = await build(html`<sctmm-results-table lang="en"
          .indicators=${demoIndicatorSet()}></sctmm-results-table>`);

        const names = [es, en].map((el) =>
          accessibleName($$(el, 'button.why')[0]!));

        expect(names).to.deep.equal([
          'Por qué: el nivel de Conjuntos de datos abiertos publicados y ' +
            'al día',
          'Why: the level of Open data sets published and kept up to date',
        ]);
        expect(names.join(' ')).not.to.match(/\s:/);
      });

    it('says what each branch of the rule means', async () => {
      const el = await build(demo());

      const reasons = new Map<string, string[]>();
      for (const button of $$(el, 'button.why')) {
        button.click();
        await settle(el);
        const panel = $(el, `#${button.getAttribute('aria-controls')}`);
        const name = accessibleName(button)
          .replace(/^Por qué: el nivel de /, '');
        reasons.set(name, [...panel.querySelectorAll('p')].map(textOf));
      }

      expect(reasons.get('Tasa de homicidios')![0]).to.equal(
        'Mejoró y está mejor que el promedio de pares (26,8).');
      expect(reasons.get('Días que toma abrir una empresa')![0]).to.equal(
        'Alcanzó el mejor valor nacional (4).');
      expect(reasons.get('Consumo residencial de agua por habitante')![0])
        .to.equal('Empeoró más que la tolerancia de 1% de la línea base.');
      expect(reasons.get('Residuos sólidos aprovechados en lugar de ' +
        'enterrados')![0]).to.equal('Quedó igual que en la línea base, ' +
        'dentro de una tolerancia de 1%.');
      expect(reasons.get('Empresas nuevas inscritas en el registro ' +
        'mercantil')![0]).to.equal('Mejoró al menos 10% frente a la línea ' +
        'base.');
      expect(reasons.get('Puntaje promedio en las pruebas Saber 11')![0])
        .to.equal('Mejoró, pero menos de lo que cuenta como un avance ' +
          'importante.');
      expect(reasons.get('Espacio público efectivo por habitante'))
        .to.deep.equal([
          'Mejoró al menos 10% frente a la línea base.',
          'Faltan el promedio de pares y el mejor nacional: el nivel ' +
            'podría ser más alto.',
          'Nivel 4, Conectado: Los indicadores muestran un avance ' +
            'importante.',
        ]);
      expect(reasons.get('Escenarios públicos deportivos y culturales')![0])
        .to.equal('La entidad se asignó este nivel: Doce escenarios ' +
          'abiertos al público con agenda mensual; faltan dos en la zona ' +
          'rural.');
      expect(reasons.get('Emisiones de gases de efecto invernadero por ' +
        'habitante')).to.deep.equal([
        'No tiene nivel: falta el valor actual.']);
      expect(reasons.get('Hogares con déficit de vivienda')).to.deep.equal([
        'No tiene nivel: falta la línea base.']);
    });

    it('stays open when the rows are sorted', async () => {
      const el = await build(demo());
      const why = $$(el, 'button.why')[0]!;
      why.click();
      await settle(el);

      await tabTo(el, isSortButton('Nivel'));
      await press('Enter');
      await settle(el);

      expect(why.isConnected).to.equal(true);
      expect(why.getAttribute('aria-expanded')).to.equal('true');
    });
  });
});
