import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkAxes,
  checkSeries,
  jsonConverter,
  NotJson,
} from '../../src/components/radar-chart/internal/data.ts';
import {
  formatBound,
} from '../../src/components/radar-chart/internal/format.ts';
import {
  angleOf,
  polar,
  ringPath,
  ringValues,
  seriesPath,
  seriesPoints,
  spokesPath,
} from '../../src/components/radar-chart/internal/geometry.ts';
import {
  moveCursor,
} from '../../src/components/radar-chart/internal/keyboard.ts';
import {
  layoutRadar,
  wrapLabel,
} from '../../src/components/radar-chart/internal/labels.ts';
import {
  markerPath,
} from '../../src/components/radar-chart/internal/markers.ts';
import {
  plotSeries,
  resolveRange,
} from '../../src/components/radar-chart/internal/values.ts';
import { formatScore } from '../../src/components/shared/localize.ts';

/** Text widths of 8 units a character: easy to reason about. */
const measure = (text: string) => text.length * 8;
const font = { size: 14, family: 'sans-serif' };
const finite = (text: string | null) =>
  text !== null && text !== '' && !/NaN|Infinity/.test(text);

describe('radar chart internals', () => {
  describe('geometry', () => {
    const frame = { centre: 100, radius: 60 };

    it('angleOf turns clockwise from the top, a full turn over the axes',
      () => {
        expect(angleOf(0, 4)).to.equal(0);
        expect(angleOf(1, 4)).to.be.closeTo(Math.PI / 2, 1e-12);
        expect(angleOf(0, 0)).to.equal(0);
      });

    it('polar puts angle 0 straight up and π/2 to the right', () => {
      const [x0, y0] = polar(frame, 10, 0);
      const [x1, y1] = polar(frame, 10, Math.PI / 2);

      expect([x0, y0]).to.deep.equal([100, 90]);
      expect(x1).to.be.closeTo(110, 1e-9);
      expect(y1).to.be.closeTo(100, 1e-9);
    });

    it('ringValues numbers every level of a 0–6 scale', () => {
      expect(ringValues({ min: 0, max: 6 })).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect(ringValues({ min: 0, max: 100 }))
        .to.deep.equal([20, 40, 60, 80, 100]);
      expect(ringValues({ min: 0, max: 5.5 }))
        .to.deep.equal([1, 2, 3, 4, 5, 5.5]);
    });

    it('seriesPoints puts level 3 of 6 at half the radius', () => {
      const values = [3, 3, 3, 3].map((v) =>
        ({ value: v, drawn: v, clamped: false }));

      const points = seriesPoints(frame, values, { min: 0, max: 6 });

      for (const [x, y] of points as [number, number][]) {
        expect(Math.hypot(x - 100, y - 100)).to.be.closeTo(30, 1e-9);
      }
    });

    it('seriesPath closes a complete polygon and leaves gaps open', () => {
      const p: [number, number] = [1, 2];
      expect(seriesPath([p, [3, 4], [5, 6]])).to.deep.equal(
        { d: 'M1,2L3,4L5,6Z', closed: true });
      expect(seriesPath([p, null, [5, 6], [7, 8]])).to.deep.equal(
        { d: 'M5,6L7,8L1,2', closed: false });
      expect(seriesPath([p, null, [5, 6], null])).to.equal(null);
      expect(seriesPath([p])).to.equal(null);
      expect(seriesPath([])).to.equal(null);
    });

    it('ringPath and spokesPath draw nothing for a zero radius', () => {
      expect(ringPath(frame, 0, 6)).to.equal(null);
      expect(ringPath(frame, 10, 0)).to.equal(null);
      expect(ringPath(frame, 10, 2)).to.match(/^M90,100a10,10/);
      expect(spokesPath({ centre: 5, radius: 0 }, 6)).to.equal(null);
    });

    it('writes only finite numbers, whatever the points', () => {
      const point = fc.option(fc.tuple(
        fc.double({ noNaN: true, noDefaultInfinity: true,
          min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true,
          min: -1e6, max: 1e6 })), { nil: null });

      fc.assert(fc.property(fc.array(point, { maxLength: 13 }), (points) => {
        const path = seriesPath(points);
        expect(path === null || finite(path.d)).to.equal(true);
      }));
    });

    it('markerPath starts at the point and draws six shapes', () => {
      const shapes = [0, 1, 2, 3, 4, 5].map((i) => markerPath(i, [5, 7], 4));

      for (const d of shapes) expect(d).to.match(/^M5,7m/);
      expect(new Set(shapes).size).to.equal(6);
      expect(markerPath(6, [5, 7], 4)).to.equal(shapes[0]);
    });
  });

  describe('values', () => {
    it('resolveRange keeps a real range and replaces the others', () => {
      expect(resolveRange(1, 5, 6)).to.deep.equal(
        { range: { min: 1, max: 5 }, valid: true });
      for (const [min, max] of [[3, 3], [4, 2], [0, NaN], [0, Infinity],
        [-5e-324, 5e-324], [-1e308, 1e308]]) {
        expect(resolveRange(min, max, 6)).to.deep.equal(
          { range: { min: 0, max: 6 }, valid: false });
      }
      expect(resolveRange(undefined, undefined, 5).range)
        .to.deep.equal({ min: 0, max: 5 });
    });

    it('plotSeries clamps, marks and leaves gaps', () => {
      const axes = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key,
        label: key }));
      const [row] = plotSeries(axes, [{ name: 'S', values: {
        a: 9, b: -1, c: null, d: NaN } }], { min: 0, max: 6 });

      expect(row).to.deep.equal([
        { value: 9, drawn: 6, clamped: true },
        { value: -1, drawn: 0, clamped: true },
        { value: null, drawn: null, clamped: false },
        { value: null, drawn: null, clamped: false },
        { value: null, drawn: null, clamped: false },
      ]);
    });
  });

  describe('data', () => {
    it('jsonConverter never throws and marks text that is not JSON', () => {
      fc.assert(fc.property(fc.string(), (text) => {
        const value = jsonConverter.fromAttribute(text);
        let json = true;
        try {
          JSON.parse(text);
        } catch {
          json = false;
        }
        expect(value instanceof NotJson).to.equal(!json);
      }));
      expect(jsonConverter.fromAttribute(null)).to.equal(undefined);
    });

    it('checkSeries names the path of each problem', () => {
      const checked = checkSeries([
        { name: 1, values: { a: 'x', b: 2, c: null } },
        'text',
        { name: 'ok' },
      ]);

      expect(checked).to.deep.equal({ ok: false, issues: [
        { path: '[0].name', message: 'expected string, got number' },
        { path: '[0].values.a', message:
          'expected number or null, got string' },
        { path: '[1]', message: 'expected object, got string' },
        { path: '[2].values', message: 'expected object, got undefined' },
      ] });
    });

    it('checkSeries accepts nothing as no series', () => {
      expect(checkSeries(undefined)).to.deep.equal({ ok: true, value: [] });
      expect(checkSeries(null)).to.deep.equal({ ok: true, value: [] });
    });

    it('checkAxes needs distinct keys and fills in missing labels', () => {
      expect(checkAxes([{ key: 'a' }, { key: 'b', label: 'B' }]))
        .to.deep.equal({ ok: true, value: [{ key: 'a', label: 'a' },
          { key: 'b', label: 'B' }] });
      expect(checkAxes([{ key: '' }, { key: 'a' }, { key: 'a' }]))
        .to.deep.equal({ ok: false, issues: [
          { path: '[0].key', message:
            'expected a non-empty string, got string' },
          { path: '[2].key', message: 'duplicate key a' },
        ] });
    });
  });

  describe('labels', () => {
    it('wrapLabel breaks between words to fit the width', () => {
      expect(wrapLabel('Calidad de vida', 80, measure))
        .to.deep.equal(['Calidad de', 'vida']);
      expect(wrapLabel('Calidad de vida', 79, measure))
        .to.deep.equal(['Calidad', 'de vida']);
      expect(wrapLabel('Calidad de vida', 200, measure))
        .to.deep.equal(['Calidad de vida']);
    });

    it('wrapLabel gives up on a word too long, unless it may cut it',
      () => {
        expect(wrapLabel('interoperabilidad', 80, measure)).to.equal(null);
      });

    it('wrapLabel cuts a long word at a syllable with a hyphen', () => {
      expect(wrapLabel('interoperabilidad', 80, measure, true))
        .to.deep.equal(['interope-', 'rabilidad']);
      expect(wrapLabel('interoperabilidad', 64, measure, true))
        .to.deep.equal(['intero-', 'perabi-', 'lidad']);
      expect(wrapLabel('Infraestructura', 72, measure, true))
        .to.deep.equal(['Infraes-', 'tructura']);
      expect(wrapLabel('emprendimiento', 56, measure, true))
        .to.deep.equal(['empren-', 'dimien-', 'to']);
    });

    it('layoutRadar fits labels inside the square without overlaps',
      () => {
        const texts = ['Gobernanza', 'Medio ambiente', 'Hábitat',
          'Calidad de vida', 'Personas', 'Desarrollo económico'];

        const layout = layoutRadar(texts, 280, font, () => measure);

        for (const { box } of layout.labels) {
          expect(box.left).to.be.at.least(0);
          expect(box.top).to.be.at.least(0);
          expect(box.right).to.be.at.most(280);
          expect(box.bottom).to.be.at.most(280);
        }
        expect(layout.frame.radius).to.be.above(280 / 6);
      });

    it('layoutRadar gives finite numbers for any size and labels', () => {
      fc.assert(fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 14 }),
        fc.integer({ min: 0, max: 1500 }),
        (texts, size) => {
          const layout = layoutRadar(texts, size, font, () => measure);
          const numbers = [layout.frame.radius, layout.frame.centre,
            ...layout.labels.flatMap((l) => [l.x, ...l.baselines,
              l.box.left, l.box.top, l.box.right, l.box.bottom])];
          expect(numbers.every(Number.isFinite)).to.equal(true);
          expect(layout.frame.radius).to.be.at.least(0);
        }), { numRuns: 60 });
    });
  });

  describe('keyboard', () => {
    it('moveCursor starts on the first value at any arrow key', () => {
      expect(moveCursor('ArrowUp', undefined, 6, 2))
        .to.deep.equal({ series: 0, axis: 0 });
      expect(moveCursor('End', undefined, 6, 2))
        .to.deep.equal({ series: 0, axis: 5 });
      expect(moveCursor('a', undefined, 6, 2)).to.equal(false);
    });

    it('moveCursor wraps around the axes and the series', () => {
      expect(moveCursor('ArrowLeft', { series: 0, axis: 0 }, 6, 2))
        .to.deep.equal({ series: 0, axis: 5 });
      expect(moveCursor('ArrowUp', { series: 0, axis: 2 }, 6, 2))
        .to.deep.equal({ series: 1, axis: 2 });
      expect(moveCursor('Escape', { series: 0, axis: 2 }, 6, 2))
        .to.equal(undefined);
      expect(moveCursor('ArrowRight', undefined, 0, 2)).to.equal(false);
    });
  });

  describe('format', () => {
    it('formatBound keeps up to two decimals', () => {
      expect(formatBound(6, 'es')).to.equal('6');
      expect(formatBound(2.25, 'es')).to.equal('2,25');
      expect(formatBound(1000, 'en')).to.equal('1,000');
    });
  });
});
