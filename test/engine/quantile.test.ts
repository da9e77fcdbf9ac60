import { expect } from '@open-wc/testing';
import { quantile as d3Quantile } from 'd3-array';
import fc from 'fast-check';
import { quantile } from '../../src/engine/quantile.ts';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true,
  min: -1e9, max: 1e9 });

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([3, 1, 2, 4], 0.5)).to.equal(2.5);
    expect(quantile([10, 20], 0.9)).to.equal(19);
    expect(quantile([7], 0.3)).to.equal(7);
  });

  it('gives the least and greatest values at 0 and 1', () => {
    expect(quantile([5, -2, 9], 0)).to.equal(-2);
    expect(quantile([5, -2, 9], 1)).to.equal(9);
  });

  it('gives undefined for no values or a p that is not a number', () => {
    expect(quantile([], 0.5)).to.equal(undefined);
    expect(quantile([1, 2], NaN)).to.equal(undefined);
  });

  it('leaves the array it is given as it was', () => {
    const values = [3, 1, 2];

    quantile(values, 0.5);

    expect(values).to.deep.equal([3, 1, 2]);
  });

  it('agrees exactly with d3-array’s quantile where that is finite', () => {
    fc.assert(fc.property(fc.array(finite, { maxLength: 40 }),
      fc.double({ min: -0.5, max: 1.5, noNaN: true }), (values, p) => {
        const theirs = d3Quantile(values, p);
        if (theirs !== undefined && !Number.isFinite(theirs)) return;
        expect(quantile(values, p)).to.equal(theirs);
      }), { numRuns: 500 });
  });

  it('stays between the values around it near the largest number', () => {
    const big = Number.MAX_VALUE;

    expect(quantile([-big, big], 0.5)).to.equal(0);
    expect(quantile([-big, big], 0.9)).to.equal(big * 0.8);
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(fc.array(any, { minLength: 1, maxLength: 20 }),
      fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const value = quantile(values, p)!;
        expect(Number.isFinite(value)).to.equal(true);
        expect(value).to.be.within(Math.min(...values), Math.max(...values));
      }), { numRuns: 500 });
  });
});
