import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  niceTicks,
} from '../../src/components/radar-chart/internal/ticks.ts';

/** Whether `step` is 1, 2 or 5 times a power of ten (to a rounding). */
function isRoundStep(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6);
}

describe('radar-chart ticks', () => {
  it('niceTicks numbers every whole level when asked for each', () => {
    expect(niceTicks(0, 6, 6)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(niceTicks(1, 5, 4)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('niceTicks picks a step of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 100, 5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 5.5, 5)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(-3, 47, 5)).to.deep.equal([0, 10, 20, 30, 40]);
  });

  it('niceTicks writes decimals without binary noise', () => {
    expect(niceTicks(0.1, 0.7, 6))
      .to.deep.equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('niceTicks gives nothing for an empty or endless range', () => {
    expect(niceTicks(3, 3, 5)).to.deep.equal([]);
    expect(niceTicks(4, 2, 5)).to.deep.equal([]);
    expect(niceTicks(0, Infinity, 5)).to.deep.equal([]);
  });

  it('niceTicks stays in range, evenly spaced by a round step', () => {
    const bound = fc.double({ noNaN: true, noDefaultInfinity: true,
      min: -1e6, max: 1e6 });

    fc.assert(fc.property(bound, bound, fc.integer({ min: 1, max: 10 }),
      (a, b, count) => {
        const [min, max] = a < b ? [a, b] : [b, a];
        fc.pre(max - min > 1e-3);

        const ticks = niceTicks(min, max, count);

        expect(ticks.length).to.be.at.most(2 * count + 1);
        for (const tick of ticks) {
          expect(tick).to.be.within(min, max);
          expect(Object.is(tick, -0)).to.equal(false);
        }
        const steps = ticks.slice(1).map((t, i) => t - ticks[i]!);
        for (const step of steps) {
          expect(step).to.be.closeTo(steps[0]!, 1e-9 * (max - min));
          expect(isRoundStep(step)).to.equal(true);
        }
      }), { numRuns: 500 });
  });
});
