import { expect, html } from '@open-wc/testing';
import {
  $,
  AXES,
  DIMENSIONS,
  type SctmmRadarChart,
  axesOf,
  build,
  openTable,
  press,
  seriesOf,
  settle,
  silentConsole,
  summaryOf,
  svgOf,
  textOf,
  watchPage,
} from './radar-chart/helpers.ts';

type Lang = 'es' | 'en';

const year = (name: string, values: (number | null)[]) =>
  seriesOf(name, DIMENSIONS, values);

/** The visual states of the chart, each built as a page author would. */
const states: Record<string, (lang: Lang) => Promise<SctmmRadarChart>> = {
  'two series of the dimensions': (lang) => build(html`<sctmm-radar-chart
    lang=${lang} preset="dimensions" .series=${[
      year('2025', [4.5, 3, 2.2, 5, 3.5, 1]),
      year('2024', [3, 2.5, 2, 4, 3, 1.5])]}></sctmm-radar-chart>`),
  'no series': (lang) => build(html`<sctmm-radar-chart lang=${lang}
    preset="axes"></sctmm-radar-chart>`),
  'nothing to draw': (lang) => build(html`<sctmm-radar-chart lang=${lang}>
    </sctmm-radar-chart>`),
  'every value missing': (lang) => build(html`<sctmm-radar-chart
    lang=${lang} preset="axes" .series=${[seriesOf('A', AXES,
      [null, null, null, null, null])]}></sctmm-radar-chart>`),
  'values out of range': (lang) => build(html`<sctmm-radar-chart
    lang=${lang} preset="axes" .series=${[seriesOf('A', AXES,
      [9, -1, 3, 4, 5])]}></sctmm-radar-chart>`),
  'the data table open': async (lang) => {
    const el = await states['two series of the dimensions']!(lang);
    await openTable(el);
    return el;
  },
  'a value reached by keyboard': async (lang) => {
    const el = await states['two series of the dimensions']!(lang);
    svgOf(el).focus();
    await press('ArrowRight');
    await settle(el);
    return el;
  },
  'a 280 px container': (lang) => build(html`<sctmm-radar-chart
    lang=${lang} .axes=${axesOf(12)}></sctmm-radar-chart>`, 280),
  'invalid series JSON': (lang) => build(html`<sctmm-radar-chart
    lang=${lang} series="{"></sctmm-radar-chart>`),
};

describe('<sctmm-radar-chart> accessibility', () => {
  const output = silentConsole();
  const page = watchPage();
  beforeEach(() => output.allow(/out-of-range|invalid-series/));
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  for (const lang of ['es', 'en'] as const) {
    describe(`in ${lang}`, () => {
      for (const [state, reach] of Object.entries(states)) {
        it(`passes axe with ${state}`, async () => {
          const el = await reach(lang);

          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('names the chart with a summary of the highest and lowest axes',
    async () => {
      const el = await states['two series of the dimensions']!('es');

      const svg = svgOf(el);
      expect(svg.getAttribute('role')).to.equal('img');
      expect(summaryOf(el)).to.equal(
        'Gráfico radial de 6 dimensiones, en una escala de 0 a 6. ' +
        '2025: el valor más alto, 5,0, está en Calidad de vida, y el más ' +
        'bajo, 1,0, en Desarrollo económico. 2024: el valor más alto, ' +
        '4,0, está en Calidad de vida, y el más bajo, 1,5, en Desarrollo ' +
        'económico.');
    });

  it('summarizes in English', async () => {
    const el = await states['two series of the dimensions']!('en');

    expect(summaryOf(el)).to.equal(
      'Radar chart of 6 dimensions, on a scale from 0 to 6. ' +
      '2025: highest 5.0 on Quality of life; lowest 1.0 on Economic ' +
      'development. 2024: highest 4.0 on Quality of life; lowest 1.5 on ' +
      'Economic development.');
  });

  it('names every axis that shares the highest value', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions"
      .series=${[year('A', [5, 5, 1, 2, 3, 4])]}></sctmm-radar-chart>`);

    expect(summaryOf(el)).to.contain(
      'el valor más alto, 5,0, está en Gobernanza y Medio ambiente');
  });

  it('says when a series has the same value on every axis', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions"
      .series=${[year('A', [2, 2, 2, 2, 2, 2])]}></sctmm-radar-chart>`);

    expect(summaryOf(el))
      .to.contain('A: 2,0 en todas las dimensiones con datos.');
  });

  it('tells how to use the keys in the chart\'s description', async () => {
    const el = await states['two series of the dimensions']!('es');

    const id = svgOf(el).getAttribute('aria-describedby')!;
    expect(textOf(el.shadowRoot!.getElementById(id)))
      .to.equal('Use las flechas para recorrer los valores.');
  });

  it('shows a real table of the data with the "Ver datos" button',
    async () => {
      const el = await states['two series of the dimensions']!('es');
      const toggle = $(el, '[part="toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');

      const table = await openTable(el);

      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(toggle)).to.equal('Ocultar datos');
      expect(textOf(table.caption)).to.equal('Datos del gráfico radial');
      expect([...table.tHead!.rows[0]!.cells].map(textOf))
        .to.deep.equal(['Dimensión', '2025', '2024']);
      expect(table.querySelectorAll('tbody th[scope="row"]'))
        .to.have.length(6);
      expect(table.checkVisibility()).to.equal(true);
    });

  it('hides the table again with the same button', async () => {
    const el = await states['two series of the dimensions']!('en');
    await openTable(el);

    ($(el, '[part="toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;

    expect($(el, '#data').hasAttribute('hidden')).to.equal(true);
    expect(textOf($(el, '[part="toggle"]'))).to.equal('Show data');
  });

  for (const [lang, name] of [
    ['es', 'Datos del gráfico radial: Los cinco ejes'],
    ['en', 'Radar chart data: Los cinco ejes'],
  ] as const) {
    it(`names its data table after its label (${lang})`, async () => {
      const el = await build(html`<sctmm-radar-chart lang=${lang}
        preset="axes" label="Los cinco ejes"
        .series=${[seriesOf('A', AXES, [1, 2, 3, 4, 5])]}
        ></sctmm-radar-chart>`);

      const table = await openTable(el);

      expect(textOf(table.caption)).to.equal(name);
      expect($(el, '#data').getAttribute('aria-label')).to.equal(name);
    });
  }

  it('scrolls a data table wider than itself in a named region that ' +
    'takes focus', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions"
      style="--sctmm-font-size: 32px" .series=${[
        year('Percepción ciudadana', [4.5, 3, 2.2, 5, 3.5, 1]),
        year('Resultados', [3, 2.5, 2, 4, 3, 1.5])]}></sctmm-radar-chart>`,
      300);
    const table = await openTable(el);
    await settle(el);

    const region = $(el, '#data') as HTMLElement;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-label')).to.equal(
      'Datos del gráfico radial');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.getBoundingClientRect().right).to.be.at.most(
      el.getBoundingClientRect().right + 0.5);
    const caption = table.caption!.firstElementChild!;
    expect(caption.getBoundingClientRect().right).to.be.at.most(
      region.getBoundingClientRect().right + 0.5);

    region.focus();
    await press('ArrowRight');
    await settle(el);

    expect(region.scrollLeft).to.be.greaterThan(0);
  });
});
