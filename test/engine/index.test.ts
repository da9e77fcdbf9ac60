import { expect } from '@open-wc/testing';
import {
  DEFAULT_INDEX_WEIGHTS,
  maturityIndex,
} from '../../src/engine/maturity-index.ts';
import { model2021 } from '../../src/engine/model/index.ts';

const tolerance = 1e-12;

/** The index of three equal parts: the score it is, alone. */
const levelOfEqualParts = (score: number) =>
  maturityIndex({ perception: score, results: score, capacity: score })
    .level;

describe('maturityIndex', () => {
  it('averages the three parts with equal weights by default', () => {
    const parts = { perception: 3.5, results: 4.1, capacity: 3.8 };

    const index = maturityIndex(parts);

    expect(index.score).to.be.closeTo((3.5 + 4.1 + 3.8) / 3, tolerance);
    expect(index.level).to.equal(4);
    expect(index.levelName).to.deep.equal({ es: 'Conectado',
      en: 'Connected' });
    expect(index.partial).to.equal(false);
    expect(index.parts).to.deep.equal(parts);
  });

  it('publishes equal default weights', () => {
    expect(DEFAULT_INDEX_WEIGHTS).to.deep.equal({
      perception: 1,
      results: 1,
      capacity: 1,
    });
  });

  it('weighs each part by the weights given, 1 for one not given', () => {
    const parts = { perception: 3.5, results: 4.1, capacity: 3.8 };

    const index = maturityIndex(parts, { results: 2 });

    expect(index.score).to.be.closeTo((3.5 + 4.1 * 2 + 3.8) / 4, tolerance);
    expect(index.level).to.equal(4);
  });

  it('leaves out a part of weight 0 without calling the index partial',
    () => {
      const parts = { perception: 2, results: 4, capacity: 6 };

      const index = maturityIndex(parts, { results: 0 });

      expect(index.score).to.be.closeTo((2 + 6) / 2, tolerance);
      expect(index.partial).to.equal(false);
    });

  it('is partial with capacity only, and equals the capacity score', () => {
    const index = maturityIndex({ capacity: 3.4 });

    expect(index.score).to.be.closeTo(3.4, tolerance);
    expect(index.level).to.equal(4);
    expect(index.partial).to.equal(true);
    expect(index.parts).to.deep.equal({
      perception: null,
      results: null,
      capacity: 3.4,
    });
  });

  it('averages the two parts present when one is null', () => {
    const index = maturityIndex({ perception: 2, results: null,
      capacity: 5 }, { perception: 1, capacity: 3 });

    expect(index.score).to.be.closeTo((2 + 5 * 3) / 4, tolerance);
    expect(index.level).to.equal(5);
    expect(index.partial).to.equal(true);
  });

  it('treats NaN and infinite scores as missing', () => {
    const index = maturityIndex({
      perception: Number.NaN,
      results: Number.POSITIVE_INFINITY,
      capacity: 2,
    });

    expect(index.score).to.be.closeTo(2, tolerance);
    expect(index.partial).to.equal(true);
    expect(index.parts).to.deep.equal({
      perception: null,
      results: null,
      capacity: 2,
    });
  });

  it('has no score, level or level name without any part', () => {
    const index = maturityIndex({});

    expect(index.score).to.equal(null);
    expect(index.level).to.equal(null);
    expect('levelName' in index).to.equal(false);
    expect(index.partial).to.equal(true);
  });

  it('has no score when the only part present weighs 0', () => {
    const index = maturityIndex({ capacity: 4 }, { capacity: 0 });

    expect(index.score).to.equal(null);
    expect(index.level).to.equal(null);
  });

  it('puts scores at the edges of the bands in the published levels', () => {
    expect(levelOfEqualParts(0)).to.equal(1);
    expect(levelOfEqualParts(1)).to.equal(1);
    expect(levelOfEqualParts(1.04)).to.equal(1);
    expect(levelOfEqualParts(1.05)).to.equal(2);
    expect(levelOfEqualParts(1.1)).to.equal(2);
    expect(levelOfEqualParts(5)).to.equal(5);
    expect(levelOfEqualParts(5.04)).to.equal(5);
    expect(levelOfEqualParts(5.05)).to.equal(6);
    expect(levelOfEqualParts(6)).to.equal(6);
  });

  it('rounds a mean of exactly 2.05 up to level 3', () => {
    const index = maturityIndex({ perception: 2, results: 2.1 });

    expect(index.level).to.equal(3);
    expect(index.levelName?.es).to.equal('Coordinado');
  });

  it('scores on a 5-level model with its level names', () => {
    const index = maturityIndex(
      { perception: 4.5, results: 4.5, capacity: 4.6 },
      undefined,
      model2021,
    );

    expect(index.score).to.be.closeTo((4.5 + 4.5 + 4.6) / 3, tolerance);
    expect(index.level).to.equal(5);
    expect(index.levelName).to.deep.equal({ es: 'Optimizado',
      en: 'Optimized' });
  });

  it('lets in a score a hair above L from binary rounding', () => {
    const index = maturityIndex({ capacity: 6 + 1e-12 });

    expect(index.score).to.equal(6);
    expect(index.level).to.equal(6);
  });

  it('throws a RangeError for a score outside the scale', () => {
    expect(() => maturityIndex({ results: -0.5 }))
      .to.throw(RangeError, 'the results score -0.5 lies outside the ' +
        'scale [0, 6]');
    expect(() => maturityIndex({ capacity: 6.5 }))
      .to.throw(RangeError, 'outside the scale [0, 6]');
    expect(() => maturityIndex({ capacity: 6 }, undefined, model2021))
      .to.throw(RangeError, 'outside the scale [0, 5]');
  });

  it('throws a RangeError for a negative or non-finite weight', () => {
    expect(() => maturityIndex({ capacity: 3 }, { perception: -1 }))
      .to.throw(RangeError, 'the weight of perception is -1');
    expect(() => maturityIndex({ capacity: 3 }, { results: Number.NaN }))
      .to.throw(RangeError, 'the weight of results is NaN');
    expect(() => maturityIndex({ capacity: 3 },
      { capacity: Number.POSITIVE_INFINITY }))
      .to.throw(RangeError, 'a weight must be a finite number, 0 or more');
  });

  it('throws a RangeError when every weight is 0', () => {
    const zero = { perception: 0, results: 0, capacity: 0 };

    expect(() => maturityIndex({ capacity: 3 }, zero))
      .to.throw(RangeError, 'every weight is 0');
  });
});
