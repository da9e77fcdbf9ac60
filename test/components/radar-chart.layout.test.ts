import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import {
  radarChartStyles,
} from '../../src/components/radar-chart/radar-chart.styles.ts';
import {
  $,
  $maybe,
  $$,
  AXES,
  DIMENSIONS,
  type SctmmRadarChart,
  axesOf,
  brokenGeometry,
  build,
  container,
  contrast,
  distance,
  markersOf,
  openTable,
  radiusOf,
  seriesOf,
  settle,
  silentConsole,
  svgOf,
  tableRows,
  textOf,
  until,
  viewSize,
  watchPage,
} from './radar-chart/helpers.ts';

const TWELVE = [
  'Movilidad inteligente', 'Gobierno abierto', 'Participación ciudadana',
  'Gestión de riesgos', 'Calidad ambiental', 'Servicios públicos',
  'Seguridad', 'Educación', 'Salud', 'Innovación y emprendimiento',
  'Empleo', 'Cultura',
];

type Box = { left: number; top: number; right: number; bottom: number };

function labelBoxes(el: SctmmRadarChart): Box[] {
  return ($$(el, 'text.label') as SVGTextElement[]).map((text) => {
    const b = text.getBBox();
    return { left: b.x, top: b.y, right: b.x + b.width,
      bottom: b.y + b.height };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Fails naming every label outside the viewBox or over another. */
function expectLabelsWhole(el: SctmmRadarChart) {
  const size = viewSize(el);
  const boxes = labelBoxes(el);
  const names = $$(el, 'text.label').map(textOf);
  const outside = boxes.flatMap((b, i) => b.left < 0 || b.top < 0 ||
    b.right > size || b.bottom > size ? [names[i]] : []);
  const touching = boxes.flatMap((a, i) => boxes.slice(i + 1)
    .flatMap((b, j) => overlaps(a, b) ? [`${names[i]} / ${names[i + j + 1]}`]
      : []));
  expect(outside.join(', '), 'labels outside the viewBox').to.equal('');
  expect(touching.join(', '), 'labels over each other').to.equal('');
}

const threes = (keys: string[]) => [seriesOf('A', keys, keys.map(() => 3))];

describe('<sctmm-radar-chart> layout', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('labels in a 280 px container', () => {
    const cases = {
      'the dimensions in Spanish': html`<sctmm-radar-chart lang="es"
        preset="dimensions" .series=${threes(DIMENSIONS)}>
        </sctmm-radar-chart>`,
      'the dimensions in English': html`<sctmm-radar-chart lang="en"
        preset="dimensions" .series=${threes(DIMENSIONS)}>
        </sctmm-radar-chart>`,
      'the axes in Spanish': html`<sctmm-radar-chart lang="es"
        preset="axes" .series=${threes(AXES)}></sctmm-radar-chart>`,
      'the axes in English': html`<sctmm-radar-chart lang="en"
        preset="axes" .series=${threes(AXES)}></sctmm-radar-chart>`,
      'twelve axes': html`<sctmm-radar-chart
        .axes=${axesOf(12, (i) => TWELVE[i]!)}
        .series=${threes(axesOf(12).map((a) => a.key))}>
        </sctmm-radar-chart>`,
    };

    for (const [name, template] of Object.entries(cases)) {
      it(`keeps every label of ${name} whole inside the viewBox`,
        async () => {
          const el = await build(template, 280);

          expect(viewSize(el)).to.equal(280);
          expectLabelsWhole(el);
          expect(brokenGeometry(el)).to.deep.equal([]);
        });
    }

    it('wraps a long label on several lines, every letter kept',
      async () => {
        const el = await build(cases['the axes in Spanish'], 280);

        const label = ($$(el, 'text.label') as SVGTextElement[])[1]!;
        const lines = [...label.querySelectorAll('tspan')]
          .map((t) => t.textContent!);
        expect(lines.length).to.be.above(1);
        expect(lines.join(' ').replace(/- /g, '')).to.equal(
          'Infraestructura digital e interoperabilidad');
      });

    it('keeps the full label in the data table', async () => {
      const el = await build(cases['the axes in Spanish'], 280);

      const rows = tableRows(await openTable(el));
      expect(rows[1]![0]).to.equal(
        'Infraestructura digital e interoperabilidad');
    });

    it('shrinks the radius to leave the labels room', async () => {
      const wide = await build(cases['the axes in Spanish'], 800);
      const narrow = await build(cases['the axes in Spanish'], 280);

      expect(radiusOf(wide) / 800).to.be.above(radiusOf(narrow) / 280);
      expect(radiusOf(narrow)).to.be.above(280 / 6);
    });

    it('keeps labels whole in a phone viewport too', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await build(cases['the dimensions in English'], '100%');

        expect(viewSize(el)).to.be.within(280, 320);
        expectLabelsWhole(el);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('keeps labels whole at 800 px', async () => {
    const el = await build(html`<sctmm-radar-chart
      .axes=${axesOf(12, (i) => TWELVE[i]!)}></sctmm-radar-chart>`, 800);

    expectLabelsWhole(el);
  });

  describe('size', () => {
    it('redraws at the new width when its container is resized',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${threes(DIMENSIONS)}></sctmm-radar-chart>`, 600);

        el.parentElement!.style.width = '400px';
        await until(() => viewSize(el) === 400, 'a 400 px viewBox');
        await settle(el);

        const radius = radiusOf(el);
        expect(radius).to.be.below(200);
        for (const point of markersOf(el)) {
          expect(distance(el, point) / radius).to.be.closeTo(0.5, 0.01);
        }
      });

    it('draws nothing at zero width and draws once it has a width',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${threes(DIMENSIONS)}></sctmm-radar-chart>`, 0);
        expect($$(el, 'svg.chart path')).to.have.length(0);

        el.parentElement!.style.width = '300px';
        await until(() => $$(el, 'svg.chart path').length > 0, 'a drawing');

        expect(viewSize(el)).to.equal(300);
        expect(brokenGeometry(el)).to.deep.equal([]);
      });

    it('draws correctly when a closed <details> around it opens',
      async () => {
        const details = await fixture<HTMLDetailsElement>(html`<details>
          <summary>Gráfico</summary>
          <sctmm-radar-chart preset="dimensions"
            .series=${threes(DIMENSIONS)}></sctmm-radar-chart>
        </details>`, { parentNode: container(500) });
        const el = details.querySelector('sctmm-radar-chart')!;
        await settle(el);

        details.open = true;
        await until(() => viewSize(el) === 500 && markersOf(el).length === 6,
          'the chart drawn at 500 px');
        await settle(el);

        const box = svgOf(el).getBoundingClientRect();
        expect(box.width).to.be.closeTo(500, 0.5);
        for (const point of markersOf(el)) {
          expect(distance(el, point) / radiusOf(el)).to.be.closeTo(0.5, 0.01);
        }
        expectLabelsWhole(el);
      });

    it('draws correctly when a hidden tab panel around it is shown',
      async () => {
        const panel = await fixture<HTMLDivElement>(html`<div role="tabpanel"
          hidden><sctmm-radar-chart preset="axes" .series=${threes(AXES)}>
          </sctmm-radar-chart></div>`, { parentNode: container(450) });
        const el = panel.querySelector('sctmm-radar-chart')!;
        await settle(el);
        expect($$(el, 'svg.chart path')).to.have.length(0);

        panel.hidden = false;
        await until(() => markersOf(el).length === 5, 'the markers');

        expect(viewSize(el)).to.equal(450);
        expect(distance(el, markersOf(el)[0]!) / radiusOf(el))
          .to.be.closeTo(0.5, 0.01);
      });
  });

  describe('print and forced colours', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the chart at the page width with no button', async () => {
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${threes(DIMENSIONS)}></sctmm-radar-chart>`, '100%');

      await emulateMedia({ media: 'print' });

      expect(matchMedia('print').matches).to.equal(true);
      const toggle = $(el, '[part="toggle"]');
      expect(getComputedStyle(toggle).display).to.equal('none');
      const svg = svgOf(el);
      expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      const box = svg.getBoundingClientRect();
      expect(box.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
      expect(box.height).to.be.closeTo(box.width, 1);
      expect(getComputedStyle(el).printColorAdjust).to.equal('exact');
    });

    it('prints its data table even when it is closed on screen',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${threes(DIMENSIONS)}></sctmm-radar-chart>`, '100%');
        const hasTable = () => $maybe(el, 'table') !== null;
        expect(hasTable()).to.equal(false);

        await emulateMedia({ media: 'print' });
        window.dispatchEvent(new Event('beforeprint'));
        await settle(el);
        const table = $maybe(el, 'table') as HTMLTableElement | null;
        const shown = table !== null &&
          getComputedStyle(table).display !== 'none' &&
          table.closest('[hidden]') === null;
        const rows = table?.rows.length;
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
        await settle(el);

        expect(shown).to.equal(true);
        expect(rows).to.equal(DIMENSIONS.length + 1);
        expect(hasTable()).to.equal(false);
      });

    it('uses system colours for every line, mark and text in ' +
      'forced-colors mode', () => {
      // @web/test-runner's Chrome launcher cannot emulate forced-colors
      // (its emulateMedia passes only media, colour scheme and reduced
      // motion to Puppeteer), so this reads the rule the browser applies.
      const rule = [...radarChartStyles.styleSheet!.cssRules].find((r) =>
        r instanceof CSSMediaRule &&
        r.conditionText === '(forced-colors: active)') as CSSMediaRule;
      const styles = new Map([...rule.cssRules].map((r) => {
        const style = r as CSSStyleRule;
        return [style.selectorText, style.style];
      }));
      const of = (selector: string, property: string) =>
        [...styles].find(([s]) => s.split(/,\s*/).includes(selector))
          ?.[1].getPropertyValue(property);

      expect(of('.chart', 'forced-color-adjust')).to.equal('none');
      expect(of('.line', 'stroke')).to.equal('canvastext');
      expect(of('.markers', 'fill')).to.equal('canvastext');
      expect(of('.label', 'fill')).to.equal('canvastext');
      expect(of('.ring', 'stroke')).to.equal('graytext');
      expect(of('.active-point', 'stroke')).to.equal('highlight');
    });
  });

  describe('contrast', () => {
    it('draws series at 3:1 or more and text at 4.5:1 or more on white',
      async () => {
        const series = [1, 2, 3, 4, 5, 6].map((n) =>
          seriesOf(`S${n}`, DIMENSIONS, [n, n, n, n, n, n]));
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${series}></sctmm-radar-chart>`);
        const white = 'rgb(255, 255, 255)';

        for (const line of $$(el, '.chart .line')) {
          expect(contrast(getComputedStyle(line).stroke, white))
            .to.be.at.least(3);
        }
        expect(contrast(getComputedStyle($(el, '.ring')).stroke, white))
          .to.be.at.least(3);
        for (const selector of ['.label', '.ring-label']) {
          expect(contrast(getComputedStyle($(el, selector)).fill, white))
            .to.be.at.least(4.5);
        }
      });
  });

  describe('any data', () => {
    it('never writes NaN, Infinity or an empty path', async () => {
      output.allow(/out-of-range|not-a-number|invalid-range/);
      const value = fc.oneof(
        fc.double(), fc.constant(null), fc.integer({ min: -3, max: 9 }));
      const box = container(320);
      const el = await fixture<SctmmRadarChart>(
        html`<sctmm-radar-chart></sctmm-radar-chart>`, { parentNode: box });

      await fc.assert(fc.asyncProperty(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.array(value, { minLength: 12, maxLength: 12 }),
          { maxLength: 5 }),
        fc.option(fc.double(), { nil: undefined }),
        fc.option(fc.double(), { nil: undefined }),
        fc.integer({ min: 0, max: 700 }),
        async (count, rows, min, max, width) => {
          const keys = axesOf(count).map((a) => a.key);
          box.style.width = `${width}px`;
          el.axes = axesOf(count);
          el.series = rows.map((row, i) => seriesOf(`S${i}`, keys, row));
          el.min = min ?? 0;
          el.max = max;
          await settle(el);
          expect(brokenGeometry(el)).to.deep.equal([]);
        }), { numRuns: 60 });
    });
  });
});
