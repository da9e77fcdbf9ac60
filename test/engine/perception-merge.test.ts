import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { levelOf } from '../../src/engine/levels.ts';
import { model2020, model2021 } from '../../src/engine/model/index.ts';
import {
  aggregate,
  compareVersions,
  emptyAggregate,
  merge,
  parsePerceptionAggregate,
  type PerceptionResponse,
  scorePerception,
} from '../../src/engine/perception.ts';
import type {
  PerceptionAggregate,
} from '../../src/engine/schema/perception.ts';
import { SEGMENTS } from '../../src/engine/schema/survey.ts';
import { numbersIn } from './builders.ts';
import { copy, tinyIds, tinySurvey } from './perception-builders.ts';

const runs = { numRuns: 200 };

/** A response on `levels` points: each statement rated, unknown or absent. */
function responseArb(levels: number): fc.Arbitrary<PerceptionResponse> {
  const rating = fc.oneof(
    fc.integer({ min: 1, max: levels }),
    fc.constant('dont-know' as const),
  );
  return fc.record({
    segment: fc.constantFrom(null, ...SEGMENTS),
    answers: fc.dictionary(fc.constantFrom(...tinyIds), rating),
  });
}

function responsesArb(levels: number) {
  return fc.array(responseArb(levels), { maxLength: 12 });
}

/** The aggregate of some responses, under one of a few survey versions. */
function aggregateArb(levels: number): fc.Arbitrary<PerceptionAggregate> {
  return fc.tuple(fc.constantFrom('1', '1.2', '01', '2'),
    responsesArb(levels))
    .map(([version, responses]) =>
      aggregate(responses, tinySurvey(version), levels));
}

const levelsArb = fc.integer({ min: 2, max: 7 });

describe('merge properties', () => {
  it('is associative', () => {
    fc.assert(fc.property(levelsArb.chain((levels) => fc.tuple(
      aggregateArb(levels), aggregateArb(levels), aggregateArb(levels))),
    ([a, b, c]) => {
      expect(merge(merge(a, b), c)).to.deep.equal(merge(a, merge(b, c)));
    }), runs);
  });

  it('is commutative', () => {
    fc.assert(fc.property(levelsArb.chain((levels) => fc.tuple(
      aggregateArb(levels), aggregateArb(levels))),
    ([a, b]) => {
      expect(merge(a, b)).to.deep.equal(merge(b, a));
    }), runs);
  });

  it('has the empty aggregate as identity', () => {
    fc.assert(fc.property(levelsArb.chain(aggregateArb), (a) => {
      const empty = emptyAggregate(a.survey, a.levels);

      expect(merge(a, empty)).to.deep.equal(a);
      expect(merge(empty, a)).to.deep.equal(a);
    }), runs);
  });

  it('counts the responses of both sides as one aggregate would', () => {
    fc.assert(fc.property(levelsArb.chain((levels) => fc.tuple(
      fc.constant(levels), responsesArb(levels), responsesArb(levels))),
    ([levels, xs, ys]) => {
      const survey = tinySurvey();

      const whole = aggregate([...xs, ...ys], survey, levels);
      const merged = merge(aggregate(xs, survey, levels),
        aggregate(ys, survey, levels));

      expect(merged).to.deep.equal(whole);
    }), runs);
  });

  it('changes neither input', () => {
    fc.assert(fc.property(levelsArb.chain((levels) => fc.tuple(
      aggregateArb(levels), aggregateArb(levels))),
    ([a, b]) => {
      const before = copy([a, b]);

      const merged = merge(a, b);
      for (const segment of Object.values(merged.segments)) {
        for (const counts of Object.values(segment?.counts ?? {})) {
          counts[0] = (counts[0] ?? 0) + 100;
        }
      }

      expect([a, b]).to.deep.equal(before);
    }), runs);
  });
});

describe('aggregate properties', () => {
  it('gives an aggregate its own parser accepts', () => {
    fc.assert(fc.property(levelsArb.chain(aggregateArb), (a) => {
      const parsed = parsePerceptionAggregate(copy(a), tinySurvey());

      expect(parsed).to.deep.equal({ ok: true, value: a });
    }), runs);
  });
});

describe('scorePerception properties', () => {
  it('gives scores in [0, L] with their level, or null; never NaN', () => {
    const modelArb = fc.constantFrom(model2020, model2021);
    fc.assert(fc.property(modelArb.chain((model) => fc.tuple(
      fc.constant(model), responsesArb(model.levels.length))),
    ([model, responses]) => {
      const L = model.levels.length;
      const survey = tinySurvey();

      const result = scorePerception(aggregate(responses, survey, L),
        survey, model);

      expect(numbersIn(result).some(Number.isNaN)).to.equal(false);
      const parts = [result, ...Object.values(result.bySegment),
        ...result.dimensions, ...result.dimensions.flatMap(
          (d) => d.subdimensions)];
      for (const part of parts) {
        if (!part) continue;
        expect(part.level).to.equal(levelOf(part.score, L));
        if (part.score !== null) expect(part.score).to.be.within(0, L);
      }
      expect(result.n).to.equal(responses.length);
    }), runs);
  });
});

describe('merge', () => {
  it('throws an Error naming both surveys when they differ', () => {
    const a = emptyAggregate(tinySurvey(), 6);
    const b = emptyAggregate({ id: 'other', version: '1' }, 6);

    expect(() => merge(a, b)).to.throw(Error, '"tiny" and "other"');
  });

  it('throws an Error naming both scales when they differ', () => {
    const a = emptyAggregate(tinySurvey(), 6);
    const b = emptyAggregate(tinySurvey(), 5);

    expect(() => merge(a, b)).to.throw(Error, 'on 6 and on 5 levels');
  });

  it('throws when a statement has the wrong number of counts', () => {
    const a = aggregate([{ segment: null, answers: { a1: 2 } }],
      tinySurvey(), 6);
    const broken = copy(a);
    broken.segments.unspecified!.counts.a1 = [0, 1];

    expect(() => merge(a, broken)).to.throw(Error,
      'segment "unspecified", statement "a1" has 2 counts; expected 7');
  });

  it('keeps the later survey version', () => {
    const a = emptyAggregate(tinySurvey('1.9'), 6);
    const b = emptyAggregate(tinySurvey('1.10'), 6);

    expect(merge(a, b).survey.version).to.equal('1.10');
    expect(merge(b, a).survey.version).to.equal('1.10');
  });
});

describe('compareVersions', () => {
  it('orders numbers by value and breaks ties by text', () => {
    const sorted = ['2', '1.10', '1', '1.9', '01', '1.9-beta', '1.9.1']
      .sort(compareVersions);

    expect(sorted).to.deep.equal(
      ['01', '1', '1.9', '1.9-beta', '1.9.1', '1.10', '2']);
  });
});
