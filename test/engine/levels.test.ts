import { expect } from '@open-wc/testing';
import {
  levelCount,
  levelOf,
  mean,
  roundScore,
  weightedMean,
} from '../../src/engine/levels.ts';
import { model } from './builders.ts';

describe('levelOf', () => {
  it('takes the six levels of the 2020 edition when not told', () => {
    expect(levelOf(3.8)).to.equal(4);
    expect(levelOf(0)).to.equal(1);
    expect(levelOf(9)).to.equal(6);
  });

  it('gives null, never NaN, for a score that is not a number', () => {
    for (const score of [NaN, Infinity, -Infinity, '3' as never]) {
      expect(levelOf(score)).to.equal(null);
    }
  });

  it('refuses a level count that is not a whole number from 1', () => {
    for (const count of [NaN, 0, -6, 2.5, '6' as never]) {
      expect(() => levelOf(3, count)).to.throw(RangeError, /levelCount/);
    }
  });

  it('gives level 1 from 0 up to 1', () => {
    expect(levelOf(0, 6)).to.equal(1);
    expect(levelOf(0.5, 6)).to.equal(1);
    expect(levelOf(1, 6)).to.equal(1);
  });

  it('rounds to one decimal before taking the ceiling', () => {
    expect(levelOf(1.04, 6)).to.equal(1);
    expect(levelOf(1.05, 6)).to.equal(2);
    expect(levelOf(1.1, 6)).to.equal(2);
    expect(levelOf(2, 6)).to.equal(2);
    expect(levelOf(2.04, 6)).to.equal(2);
    expect(levelOf(2.05, 6)).to.equal(3);
    expect(levelOf(5.04, 6)).to.equal(5);
    expect(levelOf(5.96, 6)).to.equal(6);
    expect(levelOf(6, 6)).to.equal(6);
  });

  it('rounds a mean of exactly 2.05 up despite binary error', () => {
    const score = (2 + 2.1) / 2;

    const level = levelOf(score, 6);

    expect(level).to.equal(3);
  });

  it('absorbs binary error just above a whole number', () => {
    const score = ((0.1 + 0.2) * 10) / 3;

    const level = levelOf(score, 6);

    expect(score).to.be.greaterThan(1);
    expect(level).to.equal(1);
  });

  it('clamps scores above the scale to the last level', () => {
    expect(levelOf(6.01, 6)).to.equal(6);
    expect(levelOf(7, 6)).to.equal(6);
    expect(levelOf(100, 6)).to.equal(6);
  });

  it('clamps negative scores to level 1', () => {
    expect(levelOf(-0.5, 6)).to.equal(1);
    expect(levelOf(-3, 6)).to.equal(1);
  });

  it('gives null for null, NaN and infinite scores', () => {
    expect(levelOf(null, 6)).to.equal(null);
    expect(levelOf(Number.NaN, 6)).to.equal(null);
    expect(levelOf(Number.POSITIVE_INFINITY, 6)).to.equal(null);
    expect(levelOf(Number.NEGATIVE_INFINITY, 6)).to.equal(null);
  });

  it('uses the level count it is given, e.g. 5', () => {
    expect(levelOf(0, 5)).to.equal(1);
    expect(levelOf(4, 5)).to.equal(4);
    expect(levelOf(4.04, 5)).to.equal(4);
    expect(levelOf(4.05, 5)).to.equal(5);
    expect(levelOf(5, 5)).to.equal(5);
    expect(levelOf(5.5, 5)).to.equal(5);
    expect(levelOf(6, 5)).to.equal(5);
  });

  it('gives a whole level in 1..L for every tenth of the scale', () => {
    const scores = Array.from({ length: 61 }, (_, i) => i / 10);

    const levels = scores.map((score) => levelOf(score, 6));

    const expected = scores.map((_, i) => Math.max(1, Math.ceil(i / 10)));
    expect(levels).to.deep.equal(expected);
  });
});

describe('roundScore', () => {
  it('rounds to one decimal', () => {
    expect(roundScore(0)).to.equal(0);
    expect(roundScore(3.14159)).to.be.closeTo(3.1, 1e-12);
    expect(roundScore(1.04)).to.be.closeTo(1, 1e-12);
    expect(roundScore(6)).to.equal(6);
  });

  it('rounds halves up', () => {
    expect(roundScore(1.05)).to.be.closeTo(1.1, 1e-12);
    expect(roundScore(2.05)).to.be.closeTo(2.1, 1e-12);
    expect(roundScore((2 + 2.1) / 2)).to.be.closeTo(2.1, 1e-12);
    expect(roundScore(4.45)).to.be.closeTo(4.5, 1e-12);
  });
});

describe('weightedMean', () => {
  it('weighs each value, weight 1 when not given', () => {
    const items = [{ value: 1 }, { value: 4, weight: 3 }, { value: 2 }];

    const result = weightedMean(items);

    expect(result).to.be.closeTo((1 + 4 * 3 + 2) / (1 + 3 + 1), 1e-12);
  });

  it('leaves out values of weight 0', () => {
    const items = [{ value: 2 }, { value: 6, weight: 0 }, { value: 3 }];

    const result = weightedMean(items);

    expect(result).to.be.closeTo((2 + 3) / 2, 1e-12);
  });

  it('leaves out null and NaN values', () => {
    const items = [
      { value: null, weight: 5 },
      { value: 4, weight: 2 },
      { value: Number.NaN },
      { value: 1 },
    ];

    const result = weightedMean(items);

    expect(result).to.be.closeTo((4 * 2 + 1) / (2 + 1), 1e-12);
  });

  it('leaves out negative and NaN weights', () => {
    const items = [
      { value: 6, weight: -1 },
      { value: 6, weight: Number.NaN },
      { value: 2 },
    ];

    const result = weightedMean(items);

    expect(result).to.be.closeTo(2, 1e-12);
  });

  it('gives null when nothing is left', () => {
    expect(weightedMean([])).to.equal(null);
    expect(weightedMean([{ value: null }])).to.equal(null);
    expect(weightedMean([{ value: 3, weight: 0 }])).to.equal(null);
  });

  it('accepts any iterable', () => {
    function* items() {
      yield { value: 1 };
      yield { value: 2 };
    }

    const result = weightedMean(items());

    expect(result).to.be.closeTo((1 + 2) / 2, 1e-12);
  });
});

describe('mean', () => {
  it('averages the values that are not null', () => {
    expect(mean([1, null, 2, 6])).to.be.closeTo((1 + 2 + 6) / 3, 1e-12);
  });

  it('gives null for no values or only nulls', () => {
    expect(mean([])).to.equal(null);
    expect(mean([null, null])).to.equal(null);
  });
});

describe('levelCount', () => {
  it('counts the levels of a model', () => {
    expect(levelCount(model(6, ['a']))).to.equal(6);
    expect(levelCount(model(5, ['a']))).to.equal(5);
  });
});

describe('weightedMean near the largest number', () => {
  const big = Number.MAX_VALUE;

  it('averages values whose sum is beyond the largest number', () => {
    expect(weightedMean([{ value: big }, { value: big }])).to.equal(big);
    expect(mean([big, big / 2])).to.equal(big * 0.75);
    expect(weightedMean([{ value: big, weight: 3 }, { value: -big }]))
      .to.be.closeTo(big / 2, big * 1e-15);
  });

  it('gives the same as before for ordinary values', () => {
    expect(mean([2, 2.1])).to.equal((2 + 2.1) / 2);
    expect(weightedMean([{ value: 1, weight: 2 }, { value: 4 }]))
      .to.equal(2);
  });
});
