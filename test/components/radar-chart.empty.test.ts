import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  $,
  $$,
  $maybe,
  AXES,
  DIMENSIONS,
  type SctmmRadarChart,
  brokenGeometry,
  build,
  openTable,
  seriesOf,
  settle,
  silentConsole,
  summaryOf,
  svgOf,
  textOf,
  watchPage,
} from './radar-chart/helpers.ts';

/** Charts with no axes, each written as a page author might. */
const noAxes: Record<string, TemplateResult> = {
  'no attributes at all': html`<sctmm-radar-chart></sctmm-radar-chart>`,
  'series="[]"': html`<sctmm-radar-chart series="[]"></sctmm-radar-chart>`,
  'a series with no values': html`<sctmm-radar-chart
    series='[{"name":"A","values":{}}]'></sctmm-radar-chart>`,
  'axes=[] and a series': html`<sctmm-radar-chart .axes=${[]}
    .series=${[seriesOf('A', ['x'], [3])]}></sctmm-radar-chart>`,
};

const HINT = /flechas|arrow keys/;

/**
 * Which of `selectors` match in the chart: selectors, not elements, so
 * that a failure reports them plainly.
 */
function found(el: SctmmRadarChart, ...selectors: string[]): string[] {
  return selectors.filter((selector) => $maybe(el, selector) !== null);
}

/** Every text of the shadow root, hidden ones included. */
function allText(el: SctmmRadarChart): string {
  return el.shadowRoot!.textContent ?? '';
}

describe('<sctmm-radar-chart> with nothing to draw', () => {
  silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  for (const [name, template] of Object.entries(noAxes)) {
    it(`with ${name}, says "sin datos" in place of the chart`,
      async () => {
        const el = await build(template);

        expect(textOf($(el, '[part="empty"]')))
          .to.equal('Gráfico radial: sin datos.');
        expect(found(el, 'svg.chart', '.ring-label', '.ring', '.spoke',
          '[part="toggle"]', 'table', '[part="legend"]'))
          .to.deep.equal([]);
        expect(allText(el)).not.to.match(HINT);
        expect(brokenGeometry(el)).to.deep.equal([]);
      });
  }

  it('says it in English too', async () => {
    const el = await build(html`<sctmm-radar-chart lang="en">
      </sctmm-radar-chart>`);

    expect(textOf($(el, '[part="empty"]'))).to.equal('Radar chart: no data.');
  });

  it('with axes and no series, draws the grid but offers no keys and no ' +
    'data', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions">
      </sctmm-radar-chart>`);

    const svg = svgOf(el);
    expect($$(el, '.ring')).to.have.length(6);
    expect($$(el, '.ring-label')).to.have.length(6);
    expect(svg.hasAttribute('tabindex')).to.equal(false);
    expect(svg.hasAttribute('aria-describedby')).to.equal(false);
    expect(allText(el)).not.to.match(HINT);
    expect(found(el, '[part="toggle"]', 'table')).to.deep.equal([]);
    expect(summaryOf(el)).to.contain('No hay series de datos.');
  });

  it('numbers no ring it cannot draw, in any width', async () => {
    for (const width of [0, 4, 12, 40, 300]) {
      const el = await build(html`<sctmm-radar-chart preset="axes"
        .series=${[seriesOf('A', AXES, [1, 2, 3, 4, 5])]}>
        </sctmm-radar-chart>`, width);

      const rings = $$(el, '.ring').length;
      expect($$(el, '.ring-label').length, `${width} px`)
        .to.be.at.most(rings);
    }
  });

  it('offers the keys, the hint and the data once a series comes, and ' +
    'takes them away with it', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions">
      </sctmm-radar-chart>`);

    el.series = [seriesOf('2025', DIMENSIONS, [1, 2, 3, 4, 5, 6])];
    await settle(el);
    const svg = svgOf(el);
    expect(svg.getAttribute('tabindex')).to.equal('0');
    expect(textOf($(el, `#${svg.getAttribute('aria-describedby')}`)))
      .to.equal('Use las flechas para recorrer los valores.');
    await openTable(el);

    el.series = [];
    await settle(el);
    expect(found(el, '[part="toggle"]', 'table')).to.deep.equal([]);

    el.series = [seriesOf('2025', DIMENSIONS, [1, 2, 3, 4, 5, 6])];
    await settle(el);
    expect($(el, '[part="toggle"]').getAttribute('aria-expanded'))
      .to.equal('false');
  });
});
