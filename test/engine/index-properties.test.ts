import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { levelOf } from '../../src/engine/levels.ts';
import {
  type IndexParts,
  type IndexWeights,
  MEASUREMENTS,
  maturityIndex,
} from '../../src/engine/maturity-index.ts';
import { model2020, model2021 } from '../../src/engine/model/index.ts';
import type { Measurement, Model } from '../../src/engine/schema/model.ts';

const tolerance = 1e-9;
const runs = { numRuns: 500 };

/** A part on a scale of `levels`: a score, or one of the ways to miss. */
function partArb(levels: number) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: 0, max: levels,
      noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, Number.NaN,
      Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
  );
}

function partsArb(levels: number): fc.Arbitrary<IndexParts> {
  return fc.tuple(partArb(levels), partArb(levels), partArb(levels))
    .map(([perception, results, capacity]) =>
      ({ perception, results, capacity }));
}

/** Weights of 0 or more, at least one above 0. */
const weightsArb: fc.Arbitrary<IndexWeights> = fc
  .tuple(...MEASUREMENTS.map(() => fc.oneof(
    fc.constant(0),
    fc.double({ min: 0.01, max: 100, noNaN: true }),
  )))
  .filter((weights) => weights.some((w) => w > 0))
  .map(([perception, results, capacity]) =>
    ({ perception, results, capacity }));

const modelArb: fc.Arbitrary<Model> = fc.constantFrom(model2020, model2021);

const present = (parts: IndexParts, part: Measurement) =>
  Number.isFinite(parts[part]);

describe('maturityIndex properties', () => {
  it('gives a score in [0, L] or null, never NaN', () => {
    fc.assert(fc.property(modelArb.chain((model) => fc.tuple(
      fc.constant(model), partsArb(model.levels.length), weightsArb)),
    ([model, parts, weights]) => {
      const { score } = maturityIndex(parts, weights, model);

      if (score === null) return;
      expect(score).to.not.be.NaN;
      expect(score).to.be.within(0, model.levels.length);
    }), runs);
  });

  it('gives the level of its score, a whole number in 1..L', () => {
    fc.assert(fc.property(modelArb.chain((model) => fc.tuple(
      fc.constant(model), partsArb(model.levels.length), weightsArb)),
    ([model, parts, weights]) => {
      const index = maturityIndex(parts, weights, model);

      const levels = model.levels.length;
      expect(index.level).to.equal(levelOf(index.score, levels));
      if (index.level !== null) {
        expect(index.level).to.be.within(1, levels);
        expect(index.levelName).to.deep.equal(
          model.levels[index.level - 1]!.name);
      }
    }), runs);
  });

  it('is partial exactly when a part has no finite score', () => {
    fc.assert(fc.property(partsArb(6), weightsArb, (parts, weights) => {
      const index = maturityIndex(parts, weights);

      const missing = MEASUREMENTS.some((part) => !present(parts, part));
      expect(index.partial).to.equal(missing);
    }), runs);
  });

  it('lies between the lowest and highest part that counts', () => {
    fc.assert(fc.property(partsArb(6), weightsArb, (parts, weights) => {
      const { score } = maturityIndex(parts, weights);

      const counted = MEASUREMENTS
        .filter((p) => present(parts, p) && (weights[p] ?? 1) > 0)
        .map((p) => parts[p] as number);
      if (!counted.length) {
        expect(score).to.equal(null);
        return;
      }
      expect(score).to.be.within(Math.min(...counted) - tolerance,
        Math.max(...counted) + tolerance);
    }), runs);
  });

  it('does not change when every weight is multiplied alike', () => {
    fc.assert(fc.property(partsArb(6), weightsArb,
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      (parts, weights, factor) => {
        const scaled = Object.fromEntries(MEASUREMENTS.map((part) =>
          [part, (weights[part] ?? 1) * factor]));

        const before = maturityIndex(parts, weights).score;
        const after = maturityIndex(parts, scaled).score;

        if (before === null) expect(after).to.equal(null);
        else expect(after).to.be.closeTo(before, tolerance);
      }), runs);
  });

  it('does not change when parts move with their weights', () => {
    const orders = fc.constantFrom<Measurement[]>(
      ['perception', 'capacity', 'results'],
      ['results', 'perception', 'capacity'],
      ['results', 'capacity', 'perception'],
      ['capacity', 'perception', 'results'],
      ['capacity', 'results', 'perception'],
    );
    fc.assert(fc.property(partsArb(6), weightsArb, orders,
      (parts, weights, order) => {
        const moved: IndexParts = {};
        const movedWeights: IndexWeights = {};
        MEASUREMENTS.forEach((from, i) => {
          moved[order[i]!] = parts[from];
          movedWeights[order[i]!] = weights[from] ?? 1;
        });

        const before = maturityIndex(parts, weights);
        const after = maturityIndex(moved, movedWeights);

        if (before.score === null) expect(after.score).to.equal(null);
        else expect(after.score).to.be.closeTo(before.score, tolerance);
        expect(after.partial).to.equal(before.partial);
      }), runs);
  });
});
