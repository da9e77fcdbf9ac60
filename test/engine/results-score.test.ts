import { expect } from '@open-wc/testing';
import { model2020, model2021 } from '../../src/engine/model/index.ts';
import {
  type ResultsScore,
  resultsPart,
  scoreResults,
} from '../../src/engine/results.ts';
import { DimensionalPartSchema } from '../../src/engine/schema/assessment.ts';
import { numbersIn } from './builders.ts';
import { indicatorSet, measured, selfRated } from './results-builders.ts';

const tolerance = 1e-9;
const far = { average: 1000, best: 2000 };

/**
 * Levels 6 and 3 in gobierno-digital, 2 in gobierno-abierto (both
 * governance), a self-rated 5 in servicios-publicos (habitat), no data
 * in calidad-ambiental (environment), and one indicator whose
 * sub-dimension the model lacks.
 */
function mixedSet() {
  return indicatorSet([
    measured({ id: 'best', baseline: 10, current: 30, ...far, best: 25 }),
    measured({ id: 'some', baseline: 10, current: 10.5, ...far }),
    measured({ id: 'flat', subdimension: 'gobierno-abierto', baseline: 10,
      current: 10, ...far }),
    selfRated(5, 'rated', 'servicios-publicos'),
    measured({ id: 'unknown', subdimension: 'calidad-ambiental',
      baseline: null, current: 4 }),
    measured({ id: 'stray', subdimension: 'no-such-thing', baseline: 1,
      current: 9 }),
  ]);
}

function dimension(result: ResultsScore, id: string) {
  const found = result.dimensions.find((d) => d.id === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
}

describe('scoreResults', () => {
  it('averages indicators into sub-dimensions, dimensions and a score',
    () => {
      const result = scoreResults(mixedSet());

      const governance = dimension(result, 'governance');
      const digital = governance.subdimensions.find(
        (s) => s.id === 'gobierno-digital',
      );
      // gobierno-digital (6 + 3) / 2 = 4.5; gobierno-abierto 2;
      // governance (4.5 + 2) / 2 = 3.25, level 4 (3.3 rounded up);
      // habitat 5; results (3.25 + 5) / 2 = 4.125, level 5 (4.1).
      expect(digital?.score).to.be.closeTo(4.5, tolerance);
      expect(digital?.level).to.equal(5);
      expect(digital?.indicators.map((i) => i.id)).to.deep.equal([
        'best', 'some',
      ]);
      expect(governance.score).to.be.closeTo(3.25, tolerance);
      expect(governance.level).to.equal(4);
      expect(dimension(result, 'habitat').score).to.equal(5);
      expect(result.score).to.be.closeTo(4.125, tolerance);
      expect(result.level).to.equal(5);
    });

  it('gives null, never NaN, to parts without data', () => {
    const result = scoreResults(mixedSet());

    const environment = dimension(result, 'environment');
    expect(environment.score).to.equal(null);
    expect(environment.level).to.equal(null);
    expect(dimension(result, 'people').score).to.equal(null);
    expect(numbersIn(result).some(Number.isNaN)).to.equal(false);
  });

  it('lists every dimension and sub-dimension of the model, in order', () => {
    const result = scoreResults(mixedSet());

    expect(result.dimensions.map((d) => d.id)).to.deep.equal(
      model2020.dimensions.map((d) => d.id),
    );
    expect(result.dimensions.flatMap((d) => d.subdimensions).length)
      .to.equal(29);
  });

  it('keeps every indicator in order and names the unplaced ones', () => {
    const result = scoreResults(mixedSet());

    expect(result.indicators.map((i) => i.id)).to.deep.equal([
      'best', 'some', 'flat', 'rated', 'unknown', 'stray',
    ]);
    expect(result.unplaced).to.deep.equal(['stray']);
  });

  it('gives a null score to an empty set', () => {
    const result = scoreResults(indicatorSet([]));

    expect(result.score).to.equal(null);
    expect(result.level).to.equal(null);
  });

  it('refuses the six-level default rule on the five-level 2021 model',
    () => {
      const set = { ...mixedSet(), edition: '2021' };

      expect(() => scoreResults(set)).to.throw(RangeError);
      expect(() => scoreResults(mixedSet(), { model: model2021 }))
        .to.throw(RangeError);
    });

  it('scores the 2021 model with a rule that fits its five levels', () => {
    const rule = { levels: { 'above-peers': 4, 'national-best': 5,
      'substantial': 4 } };

    const result = scoreResults({ ...mixedSet(), edition: '2021' }, { rule });

    expect(result.indicators[0]?.level).to.equal(5);
    expect(result.indicators[3]?.level).to.equal(5);
  });

  it('takes changes to the rule', () => {
    const set = indicatorSet([measured({ baseline: 10, current: 10.5,
      ...far })]);

    const result = scoreResults(set, { rule: { improvementShare: 0.05 } });

    expect(result.indicators[0]?.level).to.equal(4);
  });
});

describe('resultsPart', () => {
  it('gives the assessment part, scores rounded to one decimal', () => {
    const part = resultsPart(scoreResults(mixedSet()));

    const governance = part.dimensions.find((d) => d.id === 'governance');
    expect(part.score).to.equal(4.1);
    expect(part.level).to.equal(5);
    expect(governance?.score).to.equal(3.3);
    expect(governance?.level).to.equal(4);
    expect(governance?.subdimensions[0]).to.deep.equal({
      id: 'gobierno-abierto', score: 2, level: 2,
    });
    expect(DimensionalPartSchema.safeParse(part).success).to.equal(true);
  });

  it('keeps null parts null', () => {
    const part = resultsPart(scoreResults(indicatorSet([])));

    expect(part.score).to.equal(null);
    expect(part.dimensions.every((d) => d.score === null)).to.equal(true);
    expect(DimensionalPartSchema.safeParse(part).success).to.equal(true);
  });
});
