import { expect, fixture, html } from '@open-wc/testing';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import { formatScore } from '../../src/components/shared/localize.ts';
import { defaultModel } from '../../src/engine/model/index.ts';
import {
  $,
  $$,
  $maybe,
  AXES,
  DIMENSIONS,
  type SctmmRadarChart,
  axesOf,
  brokenGeometry,
  build,
  distance,
  lineOf,
  markersOf,
  openTable,
  pairsOf,
  radiusOf,
  seriesOf,
  settle,
  silentConsole,
  summaryOf,
  tableRows,
  textOf,
  viewSize,
  watchPage,
} from './radar-chart/helpers.ts';

const close = (a: number, b: number, tolerance = 0.01) =>
  expect(a).to.be.closeTo(b, tolerance);

function dimensions(values: (number | null)[], name = '2025') {
  return [seriesOf(name, DIMENSIONS, values)];
}

/** One series on the enabling axes: enough for the data button. */
const one = [seriesOf('A', AXES, [1, 2, 3, 4, 5])];

describe('<sctmm-radar-chart>', () => {
  const output = silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  describe('defaults', () => {
    it('draws rings numbered 1 to 6, the model\'s levels, with no series',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions">
          </sctmm-radar-chart>`);

        expect($$(el, '.ring')).to.have.length(defaultModel.levels.length);
        expect($$(el, '.ring-label').map(textOf))
          .to.deep.equal(['1', '2', '3', '4', '5', '6']);
        expect($$(el, '.series')).to.have.length(0);
        expect(summaryOf(el)).to.contain('No hay series de datos');
      });

    it('speaks Spanish and shows the "Ver datos" button', async () => {
      const el = await build(html`<sctmm-radar-chart preset="axes"
        .series=${one}></sctmm-radar-chart>`);

      expect(textOf($(el, '[part="toggle"]'))).to.equal('Ver datos');
      expect($$(el, '.label').map(textOf)[0])
        .to.equal('Institucionalidad e innovación');
    });

    it('fills its container as a square with a viewBox of its width',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="axes">
          </sctmm-radar-chart>`, 500);

        const box = $(el, 'svg.chart').getBoundingClientRect();
        expect(viewSize(el)).to.equal(500);
        close(box.width, 500, 0.5);
        close(box.height, 500, 0.5);
      });
  });

  describe('attributes and properties', () => {
    it('puts a value of level 3 at 3/6 of the radius on every axis',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${dimensions([3, 3, 3, 3, 3, 3])}></sctmm-radar-chart>`);

        const radius = radiusOf(el);
        const points = markersOf(el);
        expect(points).to.have.length(6);
        for (const point of points) close(distance(el, point) / radius, 0.5);
        for (const point of pairsOf(lineOf(el)!)) {
          close(distance(el, point) / radius, 0.5);
        }
      });

    it('places each value along its own axis, clockwise from the top',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="axes"
          .series=${[seriesOf('A', AXES, [6, 1, 2, 3, 4])]}>
          </sctmm-radar-chart>`);

        const [cx] = [viewSize(el) / 2];
        const [top, right] = markersOf(el);
        close(top![0], cx);
        expect(top![1]).to.be.below(cx);
        close(distance(el, top!) / radiusOf(el), 1);
        expect(right![0]).to.be.above(cx);
      });

    it('takes the keys and localized names of the model with preset',
      async () => {
        const el = await build(html`<sctmm-radar-chart lang="en"
          preset="dimensions" .series=${dimensions([1, 2, 3, 4, 5, 6])}>
          </sctmm-radar-chart>`);

        const table = await openTable(el);
        expect(tableRows(table).map((row) => row[0])).to.deep.equal(
          defaultModel.dimensions.map((d) => d.name.en));
      });

    it('uses the axes property over the preset', async () => {
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .axes=${axesOf(3)}></sctmm-radar-chart>`);

      expect($$(el, '.label').map(textOf))
        .to.deep.equal(['Eje 1', 'Eje 2', 'Eje 3']);
    });

    it('without axes or preset, takes the keys of the series and names ' +
      'the model\'s ones', async () => {
      const el = await build(html`<sctmm-radar-chart .series=${[
        { name: 'A', values: { governance: 2, habitat: 3, custom: 4 } },
      ]}></sctmm-radar-chart>`);

      expect($$(el, '.label').map(textOf))
        .to.deep.equal(['Gobernanza', 'Hábitat', 'custom']);
    });

    it('reads series from a JSON attribute', async () => {
      const json = JSON.stringify(dimensions([1, 2, 3, 4, 5, 6]));
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        series=${json}></sctmm-radar-chart>`);

      expect(markersOf(el)).to.have.length(6);
      expect(el.series[0]!.name).to.equal('2025');
    });

    it('reads axes from a JSON attribute', async () => {
      const el = await build(html`<sctmm-radar-chart
        axes='[{"key":"x","label":"Equis"},{"key":"y"},{"key":"z"}]'>
        </sctmm-radar-chart>`);

      expect($$(el, '.label').map(textOf))
        .to.deep.equal(['Equis', 'y', 'z']);
    });

    it('scales from min to max: 50 of 0–100 lies at half the radius',
      async () => {
        const el = await build(html`<sctmm-radar-chart max="100"
          .axes=${axesOf(4)} .series=${[seriesOf('A', ['a0', 'a1', 'a2',
            'a3'], [50, 50, 100, 0])]}></sctmm-radar-chart>`);

        const [a, , c, d] = markersOf(el);
        close(distance(el, a!) / radiusOf(el), 0.5);
        close(distance(el, c!) / radiusOf(el), 1);
        close(distance(el, d!), 0);
        expect($$(el, '.ring-label').map(textOf))
          .to.deep.equal(['20', '40', '60', '80', '100']);
      });

    it('puts min at the centre', async () => {
      const el = await build(html`<sctmm-radar-chart min="1" max="5"
        .axes=${axesOf(3)} .series=${[seriesOf('A', ['a0', 'a1', 'a2'],
          [1, 3, 5])]}></sctmm-radar-chart>`);

      const [low, mid, high] = markersOf(el);
      close(distance(el, low!), 0);
      close(distance(el, mid!) / radiusOf(el), 0.5);
      close(distance(el, high!) / radiusOf(el), 1);
    });

    it('falls back to 0–6 and warns once when max is not above min',
      async () => {
        output.allow(/invalid-range/);
        const el = await build(html`<sctmm-radar-chart min="4" max="2"
          .axes=${axesOf(3)} .series=${[seriesOf('A', ['a0', 'a1', 'a2'],
            [3, 3, 3])]}></sctmm-radar-chart>`);

        close(distance(el, markersOf(el)[0]!) / radiusOf(el), 0.5);
        expect(output.matching(/invalid-range/)).to.have.length(1);
      });

    it('names the default of a bound not given, never undefined',
      async () => {
        output.allow(/invalid-range/);
        await build(html`<sctmm-radar-chart min="abc" .axes=${axesOf(3)}
          .series=${[seriesOf('A', ['a0', 'a1', 'a2'], [3, 3, 3])]}>
          </sctmm-radar-chart>`);

        const other = await build(html`<sctmm-radar-chart max="abc"
          .axes=${axesOf(3)} .series=${[seriesOf('A', ['a0', 'a1', 'a2'],
            [3, 3, 3])]}></sctmm-radar-chart>`);

        expect(output.matching(/invalid-range/).map((c) => c.text))
          .to.deep.equal([
            '[sctmm-radar-chart] invalid-range: min="abc" and max ' +
            '(default 6) do not make a range; drawing from 0 to 6.',
            '[sctmm-radar-chart] invalid-range: min (default 0) and ' +
            'max="abc" do not make a range; drawing from 0 to 6.',
          ]);
        expect(other.min).to.equal(0);
      });

    it('quotes min and max as written when they are not numbers',
      async () => {
        output.allow(/invalid-range/);
        const el = await build(html`<sctmm-radar-chart min="abc" max="2"
          .axes=${axesOf(3)} .series=${[seriesOf('A', ['a0', 'a1', 'a2'],
            [3, 3, 3])]}></sctmm-radar-chart>`);
        el.max = Number.NaN;
        el.min = 7;
        await el.updateComplete;

        expect(output.matching(/invalid-range/).map((c) => c.text))
          .to.deep.equal([
            '[sctmm-radar-chart] invalid-range: min="abc" and max="2" do ' +
            'not make a range; drawing from 0 to 6.',
            '[sctmm-radar-chart] invalid-range: min = 7 and max = NaN do ' +
            'not make a range; drawing from 0 to 6.',
          ]);
      });

    it('leaves a gap for null and for a missing key, never a zero',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${[{ name: 'A', values: { governance: 4,
            environment: null, habitat: 3, 'quality-of-life': 5,
            people: 2 } }]}></sctmm-radar-chart>`);

        const line = lineOf(el)!;
        const centre = viewSize(el) / 2;
        const points = pairsOf(line);
        // Governance sits between two gaps: a marker, but no line.
        expect(line).to.not.contain('Z');
        expect(line.match(/M/g)).to.have.length(1);
        expect(points).to.have.length(3);
        for (const [x, y] of points) {
          expect(Math.hypot(x - centre, y - centre)).to.be.above(1);
        }
        expect(markersOf(el)).to.have.length(4);
      });

    it('reads "sin datos" for a gap in the summary and the table',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${dimensions([4, null, 3, 5, 2, 1])}>
          </sctmm-radar-chart>`);

        expect(summaryOf(el)).to.contain('Sin datos en Medio ambiente');
        const rows = tableRows(await openTable(el));
        expect(rows[1]).to.deep.equal(['Medio ambiente', 'sin datos']);
      });

    it('closes the outline only when every value is there', async () => {
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${dimensions([1, 2, 3, 4, 5, 6])}></sctmm-radar-chart>`);

      expect(lineOf(el)).to.match(/Z$/);
      expect($(el, '.chart .line').classList.contains('closed')).to.equal(true);
    });

    it('marks lone values with markers and draws no outline for them',
      async () => {
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${dimensions([4, null, 3, null, 2, null])}>
          </sctmm-radar-chart>`);

        expect(lineOf(el)).to.equal(null);
        expect(markersOf(el)).to.have.length(3);
      });

    it('clamps values outside the scale, marks them and warns once ' +
      'naming them', async () => {
      output.allow(/out-of-range/);
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${dimensions([9, -2, 3, 3, 3, 3], 'Fuera')}>
        </sctmm-radar-chart>`);

      const [high, low] = markersOf(el);
      close(distance(el, high!) / radiusOf(el), 1);
      close(distance(el, low!), 0);
      expect(pairsOf($(el, '.out-of-range').getAttribute('d')!, 'M'))
        .to.have.length(2);
      const warnings = output.matching(/out-of-range/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.text).to.contain('"Fuera" governance: 9')
        .and.to.contain('"Fuera" environment: -2');
      const rows = tableRows(await openTable(el));
      expect(rows[0]![1]).to.equal(
        '9,0 (fuera de la escala de 0 a 6: se dibuja en 6,0)');
    });

    it('warns for each chart of the page, not only the first', async () => {
      output.allow(/out-of-range/);
      await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${dimensions([9, 3, 3, 3, 3, 3], 'A')}>
        </sctmm-radar-chart>`);

      await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${dimensions([3, 3, 3, 3, 3, -5], 'B')}>
        </sctmm-radar-chart>`);

      const warnings = output.matching(/out-of-range/);
      expect(warnings).to.have.length(2);
      expect(warnings[1]!.text).to.contain('"B" economic-development: -5');
    });

    it('warns once about values under keys that match no axis',
      async () => {
        output.allow(/unknown-keys/);

        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${[{ name: 'S', values: { gobernanza: 3 } }]}>
          </sctmm-radar-chart>`);
        el.series = [...el.series];
        await settle(el);

        const warnings = output.matching(/unknown-keys/);
        expect(warnings).to.have.length(1);
        expect(warnings[0]!.text).to.contain('gobernanza')
          .and.to.contain('governance');
      });

    it('tells up to six series apart by colour, dash and marker shape',
      async () => {
        const series = [1, 2, 3, 4, 5, 6].map((n) =>
          seriesOf(`S${n}`, DIMENSIONS, [n, n, n, n, n, n]));
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${series}></sctmm-radar-chart>`);

        const lines = $$(el, '.chart .line').map((l) => getComputedStyle(l));
        const shapes = $$(el, '.chart .markers').map((m) =>
          m.getAttribute('d')!.replace(/^M[\d.,-]+/, ''));
        expect(new Set(lines.map((s) => s.stroke)).size).to.equal(6);
        expect(new Set(lines.map((s) => s.strokeDasharray)).size)
          .to.equal(6);
        expect(new Set(shapes.map((s) => s.split(/m/)[1])).size).to.equal(6);
      });

    it('lists every series in the legend', async () => {
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${[...dimensions([1, 2, 3, 4, 5, 6], '2024'),
          ...dimensions([2, 3, 4, 5, 6, 1], '2025')]}></sctmm-radar-chart>`);

      expect($$(el, '[part="legend-item"]').map(textOf))
        .to.deep.equal(['2024', '2025']);
    });

    it('follows the lang attribute', async () => {
      const el = await build(html`<sctmm-radar-chart lang="en"
        preset="axes" .series=${one}></sctmm-radar-chart>`);

      expect(textOf($(el, '[part="toggle"]'))).to.equal('Show data');
      expect($$(el, '.label').map(textOf)[0])
        .to.equal('Institutions and innovation');
    });

    it('follows the lang of the nearest ancestor when it has none',
      async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
          <sctmm-radar-chart preset="axes" .series=${one}>
          </sctmm-radar-chart>
        </div>`);
        const el = wrapper.querySelector('sctmm-radar-chart')!;
        await el.updateComplete;

        expect(textOf($(el, '[part="toggle"]'))).to.equal('Show data');
        expect(el.hasAttribute('lang')).to.equal(false);
      });

    it('switches language when the lang property changes', async () => {
      const el = await build(html`<sctmm-radar-chart
        preset="axes" .series=${one}></sctmm-radar-chart>`);

      el.lang = 'en';
      await el.updateComplete;

      expect(textOf($(el, '[part="toggle"]'))).to.equal('Show data');
    });

    it('writes values with a decimal comma in Spanish', async () => {
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${dimensions([3.5, 1, 2, 3, 4, 5])}></sctmm-radar-chart>`);

      const rows = tableRows(await openTable(el));
      expect(rows[0]).to.deep.equal(['Gobernanza', formatScore(3.5, 'es')]);
      expect(rows[0]![1]).to.equal('3,5');
    });
  });

  describe('edge cases never put NaN, Infinity or an empty path in the DOM',
    () => {
      const cases: Record<string, () => Promise<SctmmRadarChart>> = {
        'all values equal': () => build(html`<sctmm-radar-chart
          preset="dimensions" .series=${dimensions([4, 4, 4, 4, 4, 4])}>
          </sctmm-radar-chart>`),
        'all zero': () => build(html`<sctmm-radar-chart preset="dimensions"
          .series=${dimensions([0, 0, 0, 0, 0, 0])}></sctmm-radar-chart>`),
        'all null': () => build(html`<sctmm-radar-chart preset="dimensions"
          .series=${dimensions([null, null, null, null, null, null])}>
          </sctmm-radar-chart>`),
        'one axis': () => build(html`<sctmm-radar-chart .axes=${axesOf(1)}
          .series=${[seriesOf('A', ['a0'], [3])]}></sctmm-radar-chart>`),
        'two axes': () => build(html`<sctmm-radar-chart .axes=${axesOf(2)}
          .series=${[seriesOf('A', ['a0', 'a1'], [3, 5])]}>
          </sctmm-radar-chart>`),
        'twelve axes': () => build(html`<sctmm-radar-chart
          .axes=${axesOf(12)} .series=${[seriesOf('A',
            axesOf(12).map((a) => a.key), [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5,
              6])]}></sctmm-radar-chart>`),
        'a zero-size container': () => build(html`<sctmm-radar-chart
          preset="dimensions" .series=${dimensions([1, 2, 3, 4, 5, 6])}>
          </sctmm-radar-chart>`, 0),
        'a 40 px container': () => build(html`<sctmm-radar-chart
          preset="axes" .series=${[seriesOf('A', AXES, [1, 2, 3, 4, 5])]}>
          </sctmm-radar-chart>`, 40),
      };

      for (const [name, make] of Object.entries(cases)) {
        it(`with ${name}`, async () => {
          const el = await make();

          expect(brokenGeometry(el)).to.deep.equal([]);
          expect(summaryOf(el)).to.not.equal('');
        });
      }

      it('with one axis, draws the value on a circle ring and no outline',
        async () => {
          const el = await cases['one axis']!();

          expect(lineOf(el)).to.equal(null);
          close(distance(el, markersOf(el)[0]!) / radiusOf(el), 0.5);
        });

      it('with two axes, joins the two values across the centre',
        async () => {
          const el = await cases['two axes']!();

          expect(pairsOf(lineOf(el)!)).to.have.length(3);
          const [top, bottom] = markersOf(el);
          close(distance(el, top!) / radiusOf(el), 0.5);
          close(distance(el, bottom!) / radiusOf(el), 5 / 6);
        });

      it('with all values null, draws no series path and says so',
        async () => {
          const el = await cases['all null']!();

          expect($$(el, '.series path')).to.have.length(0);
          expect(summaryOf(el)).to.contain('2025: sin datos.');
        });

      it('with a zero-size container, draws nothing but keeps the text',
        async () => {
          const el = await cases['a zero-size container']!();

          expect($$(el, 'svg.chart *')).to.have.length(0);
          expect(summaryOf(el)).to.contain('Gobernanza');
        });

      it('with NaN and Infinity given by property', async () => {
        output.allow(/not-a-number|out-of-range/);
        const el = await build(html`<sctmm-radar-chart preset="dimensions"
          .series=${dimensions([NaN, Infinity, -Infinity, 3, 1e308, -0])}>
          </sctmm-radar-chart>`);

        expect(brokenGeometry(el)).to.deep.equal([]);
        expect(markersOf(el)).to.have.length(3);
        expect(summaryOf(el)).to.contain('Sin datos en Gobernanza, Medio ' +
          'ambiente y Hábitat');
      });
    });

  describe('events', () => {
    async function failing(template: ReturnType<typeof html>) {
      const events: CustomEvent<SctmmErrorDetail>[] = [];
      const listener = (e: Event) =>
        events.push(e as CustomEvent<SctmmErrorDetail>);
      document.addEventListener('sctmm-error', listener);
      try {
        const el = await build(template);
        return { el, events };
      } finally {
        document.removeEventListener('sctmm-error', listener);
      }
    }

    it('shows a localized error naming the series attribute and fires ' +
      'sctmm-error "not-json" when it is not JSON', async () => {
      output.allow(/invalid-series/);
      const { el, events } = await failing(html`<sctmm-radar-chart
        preset="dimensions" series="[{name: 'A'}"></sctmm-radar-chart>`);

      const error = $(el, '[part="error"][role="alert"]');
      expect(textOf(error)).to.equal(
        'El atributo (series) no es un documento JSON válido.');
      expect($maybe(el, 'svg.chart')).to.equal(null);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.code).to.equal('not-json');
      expect(events[0]!.detail.message).to.equal(textOf(error));
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(output.matching(/invalid-series/)).to.have.length(1);
    });

    it('says it in English with lang="en"', async () => {
      output.allow(/invalid-series/);
      const { el } = await failing(html`<sctmm-radar-chart lang="en"
        series="oops"></sctmm-radar-chart>`);

      expect(textOf($(el, '[part="error"] p'))).to.equal(
        'The attribute (series) is not a valid JSON document.');
    });

    it('lists the issues and fires "schema" for JSON of the wrong form',
      async () => {
        output.allow(/invalid-series/);
        const { el, events } = await failing(html`<sctmm-radar-chart
          preset="dimensions"
          series='[{"name":"A","values":{"governance":"alto"}}]'>
          </sctmm-radar-chart>`);

        expect(events[0]!.detail.code).to.equal('schema');
        expect(events[0]!.detail.issues).to.deep.equal([{
          path: '[0].values.governance',
          message: 'expected number or null, got string',
        }]);
        expect(textOf($(el, '[part="error"]'))).to.contain(
          '[0].values.governance: expected number or null, got string');
      });

    it('names the property when the property is of the wrong form',
      async () => {
        output.allow(/invalid-series/);
        const { el, events } = await failing(html`<sctmm-radar-chart
          .series=${{ name: 'not a list' } as never}></sctmm-radar-chart>`);

        expect(events[0]!.detail.message).to.equal(
          'La propiedad (series) tiene errores y no se puede usar:');
        expect(textOf($(el, '[part="error"]')))
          .to.contain('(document): expected array, got object');
      });

    it('fires "schema" for axes with a repeated key', async () => {
      output.allow(/invalid-axes/);
      const { events } = await failing(html`<sctmm-radar-chart
        .axes=${[{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }]}>
        </sctmm-radar-chart>`);

      expect(events[0]!.detail.issues[0]!.message).to.equal('duplicate key a');
    });

    it('draws again once valid series replace invalid ones', async () => {
      output.allow(/invalid-series/);
      const { el } = await failing(html`<sctmm-radar-chart
        preset="dimensions" series="nope"></sctmm-radar-chart>`);

      el.series = dimensions([1, 2, 3, 4, 5, 6]);
      await settle(el);

      expect($maybe(el, '[part="error"]')).to.equal(null);
      expect(markersOf(el)).to.have.length(6);
    });
  });
});
