import { expect } from '@open-wc/testing';
import { model2020, model2021 } from '../../src/engine/model/index.ts';
import {
  addResponse,
  aggregate,
  emptyAggregate,
  merge,
  PerceptionInputError,
  perceptionPart,
  scorePerception,
} from '../../src/engine/perception.ts';
import { DimensionalPartSchema } from '../../src/engine/schema/assessment.ts';
import type {
  PerceptionResult,
  RatedDimension,
} from '../../src/engine/schema/perception.ts';
import { numbersIn } from './builders.ts';
import {
  copy,
  response,
  tinyIds,
  tinySurvey,
} from './perception-builders.ts';

const tolerance = 1e-9;

/**
 * Four respondents of the tiny survey. r2 does not know a2 and skips x1;
 * r3 skips p1; nobody rates x1.
 */
const four = [
  response('r1', 'academia',
    { a1: 6, a2: 4, p1: 3, c1: 2, x1: 'dont-know' }),
  response('r2', 'public', { a1: 5, a2: 'dont-know', p1: 2, c1: 3 }),
  response('r3', null, { a1: 4, a2: 2, c1: 5, x1: 'dont-know' }),
  response('r4', 'academia', { a1: 3, a2: 3, p1: 1, c1: 4 }),
];

function dimension(result: PerceptionResult, id: string): RatedDimension {
  const found = result.dimensions.find((d) => d.id === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
}

function sub(result: PerceptionResult, dim: string, id: string) {
  const found = dimension(result, dim).subdimensions.find((s) => s.id === id);
  if (!found) throw new Error(`no sub-dimension ${id}`);
  return found;
}

describe('aggregate', () => {
  it('counts ratings, "don\'t know" and skipped answers per segment', () => {
    const survey = tinySurvey();

    const counted = aggregate(four, survey);

    expect(counted.levels).to.equal(6);
    expect(counted.survey).to.deep.equal({ id: 'tiny', version: '1' });
    expect(counted.segments.academia?.respondents).to.equal(2);
    expect(counted.segments.academia?.counts).to.deep.equal({
      a1: [0, 0, 0, 1, 0, 0, 1],
      a2: [0, 0, 0, 1, 1, 0, 0],
      p1: [0, 1, 0, 1, 0, 0, 0],
      c1: [0, 0, 1, 0, 1, 0, 0],
      x1: [2, 0, 0, 0, 0, 0, 0],
    });
    expect(counted.segments.public?.counts.a2).to.deep.equal(
      [1, 0, 0, 0, 0, 0, 0]);
    expect(counted.segments.unspecified?.counts.p1).to.deep.equal(
      [1, 0, 0, 0, 0, 0, 0]);
    expect(counted.segments).to.not.have.property('private');
  });

  it('names an invalid response by its id, or else its position', () => {
    const survey = tinySurvey();
    const bad = { segment: null, answers: { a1: 9 } } as never;

    const byId = () => aggregate([four[0]!, response('r9', null,
      { a1: 0 })], survey);
    const byPosition = () => aggregate([four[0]!, bad], survey);

    expect(byId).to.throw(PerceptionInputError, /^response "r9": answers\.a1/);
    expect(byPosition).to.throw(PerceptionInputError, /^response 2: /);
  });
});

describe('addResponse', () => {
  it('counts only the statements answered when given no ids', () => {
    const target = emptyAggregate(tinySurvey(), 6);

    addResponse(target, { segment: 'private', answers: { a1: 2,
      c1: 'dont-know' } });

    expect(target.segments.private).to.deep.equal({
      respondents: 1,
      counts: { a1: [0, 0, 1, 0, 0, 0, 0], c1: [1, 0, 0, 0, 0, 0, 0] },
    });
  });

  it('counts skipped statements as "don\'t know" when given the ids', () => {
    const target = emptyAggregate(tinySurvey(), 6);

    addResponse(target, { segment: null, answers: { a1: 6 } }, tinyIds);

    expect(target.segments.unspecified?.counts).to.deep.equal({
      a1: [0, 0, 0, 0, 0, 0, 1],
      a2: [1, 0, 0, 0, 0, 0, 0],
      p1: [1, 0, 0, 0, 0, 0, 0],
      c1: [1, 0, 0, 0, 0, 0, 0],
      x1: [1, 0, 0, 0, 0, 0, 0],
    });
  });

  it('throws on a rating outside the scale and leaves the target', () => {
    const target = emptyAggregate(tinySurvey(), 6);
    addResponse(target, four[0]!, tinyIds);
    const before = copy(target);

    const add = () => addResponse(target,
      { segment: 'academia', answers: { a1: 2, a2: 7, p1: 2.5 } }, tinyIds);

    expect(add).to.throw(PerceptionInputError);
    expect(target).to.deep.equal(before);
  });

  it('names every fault of the response in the error', () => {
    const target = emptyAggregate(tinySurvey(), 6);
    let error: unknown;

    try {
      addResponse(target, {
        id: 'r7',
        survey: { id: 'other' },
        segment: 'students' as never,
        answers: { a2: 7, zz: 3 },
      }, tinyIds);
    } catch (thrown) {
      error = thrown;
    }

    expect(error).to.be.instanceOf(PerceptionInputError);
    const { issues, response: which, name } = error as PerceptionInputError;
    expect(name).to.equal('PerceptionInputError');
    expect(which).to.equal('response "r7"');
    expect(issues.map((issue) => issue.path)).to.deep.equal(
      ['segment', 'survey.id', 'answers.a2', 'answers.zz']);
    expect(issues[2]?.message).to.equal(
      'expected a whole number from 1 to 6 or "dont-know", got 7');
    expect(issues[3]?.message).to.equal('unknown statement "zz"');
  });

  it('rejects an id that cannot be a statement when given no ids', () => {
    const target = emptyAggregate(tinySurvey(), 6);

    const add = () =>
      addResponse(target, { segment: null, answers: { 'A 1': 3 } });

    expect(add).to.throw(PerceptionInputError, 'answers.A 1');
    expect(target.segments).to.deep.equal({});
  });
});

describe('scorePerception', () => {
  it('takes means of statements, sub-dimensions and dimensions', () => {
    const survey = tinySurvey();

    const result = scorePerception(aggregate(four, survey), survey);

    // a1 = (6 + 5 + 4 + 3) / 4 = 4.5; a2 = (4 + 2 + 3) / 3 = 3
    // gobierno-abierto = (4.5 + 3) / 2 = 3.75 -> 3.8, level 4; n = 4 + 3
    expect(sub(result, 'governance', 'gobierno-abierto')).to.deep.equal(
      { id: 'gobierno-abierto', score: 3.8, level: 4, n: 7 });
    // p1 = (3 + 2 + 1) / 3 = 2 -> level 2; n = 3
    expect(sub(result, 'governance', 'participacion-ciudadana'))
      .to.deep.equal(
        { id: 'participacion-ciudadana', score: 2, level: 2, n: 3 });
    // governance = (3.75 + 2) / 2 = 2.875 -> 2.9, level 3; n = 7 + 3
    expect(dimension(result, 'governance')).to.include(
      { score: 2.9, level: 3, n: 10 });
    // c1 = (2 + 3 + 5 + 4) / 4 = 3.5 -> level 4
    expect(dimension(result, 'environment')).to.include(
      { score: 3.5, level: 4, n: 4 });
    // overall = (2.875 + 3.5) / 2 = 3.1875 -> 3.2, level 4; 4 respondents
    expect(result).to.include({ score: 3.2, level: 4, n: 4 });
  });

  it('leaves "don\'t know" out of the means', () => {
    const survey = tinySurvey();
    const many = [
      response('k1', null, { a1: 6 }),
      ...['k2', 'k3', 'k4'].map((id) =>
        response(id, null, { a1: 'dont-know' })),
    ];

    const result = scorePerception(aggregate(many, survey), survey);

    // a1 = 6 / 1: three "don't know" answers weigh nothing
    expect(sub(result, 'governance', 'gobierno-abierto')).to.include(
      { score: 6, level: 6, n: 1 });
    expect(result).to.include({ score: 6, level: 6, n: 4 });
  });

  it('gives null, never NaN, to parts without ratings', () => {
    const survey = tinySurvey();

    const empty = scorePerception(emptyAggregate(survey, 6), survey);
    const partial = scorePerception(aggregate(four, survey), survey);

    expect(empty).to.include({ score: null, level: null, n: 0 });
    expect(empty.bySegment).to.deep.equal({});
    expect(empty.dimensions).to.have.length(6);
    for (const d of empty.dimensions) {
      expect(d).to.include({ score: null, level: null, n: 0 });
    }
    expect(dimension(partial, 'quality-of-life')).to.include(
      { score: null, level: null, n: 0 });
    expect(sub(partial, 'quality-of-life', 'salud')).to.include(
      { score: null, level: null, n: 0 });
    expect(numbersIn(partial).some(Number.isNaN)).to.equal(false);
  });

  it('lists every dimension and sub-dimension of the model in order', () => {
    const survey = tinySurvey();

    const result = scorePerception(aggregate(four, survey), survey);

    expect(result.dimensions.map((d) => d.id)).to.deep.equal(
      model2020.dimensions.map((d) => d.id));
    expect(result.dimensions.flatMap((d) => d.subdimensions))
      .to.have.length(29);
  });

  it('scores each segment alone in bySegment', () => {
    const survey = tinySurvey();

    const { bySegment } = scorePerception(aggregate(four, survey), survey);

    expect(Object.keys(bySegment)).to.deep.equal(
      ['academia', 'public', 'unspecified']);
    // academia (r1, r4): a1 = 4.5, a2 = 3.5 -> gobierno-abierto 4;
    // p1 = (3 + 1) / 2 = 2; governance = (4 + 2) / 2 = 3;
    // c1 = (2 + 4) / 2 = 3; overall = (3 + 3) / 2 = 3
    expect(bySegment.academia).to.include({ score: 3, level: 3, n: 2 });
    // public (r2): gobierno-abierto = 5 (a2 unknown), p1 = 2,
    // governance = 3.5, c1 = 3; overall = 3.25 -> 3.3, level 4
    expect(bySegment.public).to.include({ score: 3.3, level: 4, n: 1 });
    // unspecified (r3): gobierno-abierto = (4 + 2) / 2 = 3, p1 skipped,
    // governance = 3, c1 = 5; overall = 4
    expect(bySegment.unspecified).to.include({ score: 4, level: 4, n: 1 });
    expect(bySegment.unspecified?.dimensions[0]?.subdimensions[2])
      .to.include({ id: 'participacion-ciudadana', score: null, n: 0 });
  });

  it('scores on the 5 levels of the 2021 model', () => {
    const survey = tinySurvey();
    const high = ['h1', 'h2', 'h3'].map((id, i) =>
      response(id, null, { a1: i === 2 ? 4 : 5 }));

    const result = scorePerception(aggregate(high, survey, 5), survey,
      model2021);

    // a1 = (5 + 5 + 4) / 3 = 4.667 -> 4.7, level 5 of 5
    expect(result).to.include({ score: 4.7, level: 5, n: 3 });
    expect(() => aggregate([response('h4', null, { a1: 6 })], survey, 5))
      .to.throw(PerceptionInputError, 'from 1 to 5');
  });

  it('gives the level of the rounded score at a band edge', () => {
    const survey = tinySurvey();
    const ones = (count: number) => Array.from({ length: count }, (_, i) =>
      response(`o${i}`, null, { a1: 1 }));
    const atEdge = [...ones(19), response('t', null, { a1: 2 })];
    const below = [...ones(24), response('t', null, { a1: 2 })];

    const up = scorePerception(aggregate(atEdge, survey, 5), survey,
      model2021);
    const down = scorePerception(aggregate(below, survey, 5), survey,
      model2021);

    // 21 / 20 = 1.05 -> 1.1, level 2; 26 / 25 = 1.04 -> 1, level 1
    expect(up).to.include({ score: 1.1, level: 2 });
    expect(down).to.include({ score: 1, level: 1 });
  });

  it('pools merged aggregates as one', () => {
    const survey = tinySurvey();
    const whole = aggregate(four, survey);
    const parts = merge(aggregate(four.slice(0, 1), survey),
      aggregate(four.slice(1), survey));

    const result = scorePerception(parts, survey);

    expect(result).to.deep.equal(scorePerception(whole, survey));
    expect(result.score).to.be.closeTo(3.2, tolerance);
  });

  it('throws for another survey or another number of levels', () => {
    const survey = tinySurvey();
    const counted = aggregate(four, survey);

    const otherSurvey = () => scorePerception(counted);
    const otherScale = () => scorePerception(counted, survey, model2021);

    expect(otherSurvey).to.throw(Error, '"tiny", not "perception-2020"');
    expect(otherScale).to.throw(Error, 'counts 6 levels; the 2021 model');
  });
});

describe('perceptionPart', () => {
  it('gives the assessment its score, level, n and dimensions', () => {
    const survey = tinySurvey();
    const result = scorePerception(aggregate(four, survey), survey);

    const part = perceptionPart(result);

    expect(DimensionalPartSchema.safeParse(part).success).to.equal(true);
    expect(part).to.include({ score: 3.2, level: 4, n: 4 });
    expect(part).to.not.have.property('bySegment');
    expect(part.dimensions[0]?.subdimensions[0]).to.deep.equal(
      { id: 'gobierno-abierto', score: 3.8, level: 4 });
  });
});

describe('emptyAggregate', () => {
  it('counts nothing for the survey on its scale', () => {
    const empty = emptyAggregate(tinySurvey('2'), 5);

    expect(empty).to.deep.equal({
      format: 'sctmm/perception-aggregate@1',
      survey: { id: 'tiny', version: '2' },
      levels: 5,
      segments: {},
    });
  });

  it('throws a RangeError for a scale of fewer than 2 points', () => {
    expect(() => emptyAggregate(tinySurvey(), 1)).to.throw(RangeError);
    expect(() => emptyAggregate(tinySurvey(), 4.5)).to.throw(RangeError);
  });
});
