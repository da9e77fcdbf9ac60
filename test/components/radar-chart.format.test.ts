import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatBound,
  formatValue,
} from '../../src/components/radar-chart/internal/format.ts';
import {
  linePath,
  round,
} from '../../src/components/radar-chart/internal/geometry.ts';
import { formatScore } from '../../src/components/shared/localize.ts';

type Lang = 'es' | 'en';

const MAX = Number.MAX_VALUE;

/**
 * How far the number a formatted text writes is from `value`, in units of
 * its last digit's power of ten for E forms: `,` and `.` read as the
 * language uses them, `E` as a power of ten.
 */
function misread(text: string, value: number, lang: Lang): number {
  const [group, decimal] = lang === 'es' ? ['.', ','] : [',', '.'];
  const [mantissa = '', power = '0'] = text.split('E');
  const written = Number(mantissa.split(group).join('').replace(decimal, '.')
    .replace('\u2212', '-'));
  const k = Number(power);
  const half = Math.trunc(k / 2);
  // Two steps, so that neither 10^k nor the quotient leaves the doubles.
  const scaled = value / 10 ** half / 10 ** (k - half);
  return Math.abs(written - scaled) / Math.max(1, Math.abs(scaled));
}

/** Any finite double, the ends and the smallest ones more often. */
const anyFinite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(MAX, -MAX, 1.7e308, -1.7e308, 1e308, 5e-324, -5e-324,
    -0, 0, -0.04, 0.04, 1e15, 999999999999999.9, 1e-6, 9.99e-7));

describe('radar chart number formatting', () => {
  it('formatValue writes 1e308 and the largest numbers without ∞', () => {
    expect(formatValue(1e308, 'es')).to.equal('1E308');
    expect(formatValue(MAX, 'es')).to.equal('1,8E308');
    expect(formatValue(-MAX, 'en')).to.equal('-1.8E308');
    expect(formatValue(-1.7e308, 'es')).to.equal('-1,7E308');
  });

  it('formatValue writes tiny values and −0 without a false zero', () => {
    expect(formatValue(-0, 'es')).to.equal('0,0');
    expect(formatValue(-0.04, 'es')).to.equal('-0,04');
    expect(formatValue(0.0001, 'en')).to.equal('0.0001');
    expect(formatValue(5e-324, 'en')).to.equal('5E-324');
    expect(formatValue(-1e-300, 'es')).to.equal('-1E-300');
  });

  it('formatValue keeps one decimal for ordinary values', () => {
    for (const value of [0, 3.5, 4.25, 4.35, -2, 12345.67, 0.05]) {
      expect(formatValue(value, 'es')).to.equal(formatScore(value, 'es'));
      expect(formatValue(value, 'en')).to.equal(formatScore(value, 'en'));
    }
  });

  it('formatBound writes −0 as 0 and huge bounds as powers of ten', () => {
    expect(formatBound(-0, 'es')).to.equal('0');
    expect(formatBound(-0.001, 'es')).to.equal('-0,001');
    expect(formatBound(1.7e308, 'en')).to.equal('1.7E308');
    expect(formatBound(6, 'es')).to.equal('6');
  });

  for (const lang of ['es', 'en'] as const) {
    it(`formatValue and formatBound give back any finite value (${lang})`,
      () => {
        fc.assert(fc.property(anyFinite, (value) => {
          for (const format of [formatValue, formatBound]) {
            const text = format(value, lang);
            const at = `${format.name}(${value}) = ${text}`;
            expect(text, at).not.to.match(/∞|NaN|Infinity/);
            expect(text, at).not.to.match(/^-0([.,]0*)?$/);
            // One decimal, two significant digits, or three in E form.
            expect(misread(text, value, lang), at).to.be.at.most(0.05);
          }
        }), { numRuns: 400, seed: 20260312 });
      });
  }

  it('round keeps every finite coordinate finite', () => {
    expect(round(1e308)).to.equal(1e308);
    expect(round(-MAX)).to.equal(-MAX);
    expect(round(12.3456)).to.equal(12.35);
    expect(linePath([[1e308, -1e308], [0.004, 5e-324]]))
      .to.equal('M1e+308,-1e+308L0,0');
  });
});
