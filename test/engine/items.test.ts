import { expect } from '@open-wc/testing';
import {
  capacityItems,
  instrumentItems,
  isValidAnswer,
  keepValidAnswers,
  unansweredItems,
} from '../../src/engine/items.ts';
import { axis, checklist, instrument, rubric } from './builders.ts';

function asked(levels = 6) {
  return instrument(levels, [
    axis('alpha', [rubric('r1', levels), checklist('c1', [1, 2])]),
    axis('beta', [rubric('r2', levels)]),
  ]);
}

describe('capacityItems', () => {
  it('gives a rubric one item keyed by its own id', () => {
    const items = capacityItems('alpha', rubric('r1', 6));

    expect(items).to.deep.equal([
      { id: 'r1', axisId: 'alpha', capacityId: 'r1', kind: 'rubric' },
    ]);
  });

  it('gives a checklist one item per statement', () => {
    const items = capacityItems('alpha', checklist('c1', [1, 2]));

    expect(items).to.deep.equal([
      { id: 'c1-s0', axisId: 'alpha', capacityId: 'c1', kind: 'checklist' },
      { id: 'c1-s1', axisId: 'alpha', capacityId: 'c1', kind: 'checklist' },
    ]);
  });
});

describe('instrumentItems', () => {
  it('lists every item axis by axis in the order asked', () => {
    const items = instrumentItems(asked());

    expect(items.map((i) => [i.axisId, i.id])).to.deep.equal([
      ['alpha', 'r1'],
      ['alpha', 'c1-s0'],
      ['alpha', 'c1-s1'],
      ['beta', 'r2'],
    ]);
  });
});

describe('isValidAnswer', () => {
  it('accepts whole levels 1..L and "na" for a rubric', () => {
    expect(isValidAnswer('rubric', 1, 6)).to.equal(true);
    expect(isValidAnswer('rubric', 6, 6)).to.equal(true);
    expect(isValidAnswer('rubric', 'na', 6)).to.equal(true);
  });

  it('rejects levels outside 1..L and other kinds for a rubric', () => {
    const bad = [0, 7, -1, 2.5, Number.NaN, '3', 'met', null, undefined];

    const verdicts = bad.map((answer) => isValidAnswer('rubric', answer, 6));

    expect(verdicts.every((v) => v === false)).to.equal(true);
  });

  it('uses the level count it is given', () => {
    expect(isValidAnswer('rubric', 5, 5)).to.equal(true);
    expect(isValidAnswer('rubric', 6, 5)).to.equal(false);
  });

  it('accepts met, not-met and "na" for a checklist statement', () => {
    expect(isValidAnswer('checklist', 'met', 6)).to.equal(true);
    expect(isValidAnswer('checklist', 'not-met', 6)).to.equal(true);
    expect(isValidAnswer('checklist', 'na', 6)).to.equal(true);
    expect(isValidAnswer('checklist', 3, 6)).to.equal(false);
    expect(isValidAnswer('checklist', true, 6)).to.equal(false);
  });
});

describe('keepValidAnswers', () => {
  it('keeps every valid answer', () => {
    const responses = { r1: 3, 'c1-s0': 'met', 'c1-s1': 'na', r2: 'na' };

    const kept = keepValidAnswers(asked(), responses);

    expect(kept).to.deep.equal(responses);
  });

  it('drops answers to items the instrument does not ask', () => {
    const responses = { r1: 3, gone: 4, 'c1-s9': 'met', c1: 2 };

    const kept = keepValidAnswers(asked(), responses);

    expect(kept).to.deep.equal({ r1: 3 });
  });

  it('drops answers of the wrong kind', () => {
    const responses = { r1: 'met', 'c1-s0': 2, 'c1-s1': 'not-met' };

    const kept = keepValidAnswers(asked(), responses);

    expect(kept).to.deep.equal({ 'c1-s1': 'not-met' });
  });

  it('drops levels outside the scale', () => {
    const responses = { r1: 0, r2: 7 };

    const kept = keepValidAnswers(asked(), responses);

    expect(kept).to.deep.equal({});
  });

  it('drops a level 6 on a 5-level instrument', () => {
    const responses = { r1: 6, r2: 5 };

    const kept = keepValidAnswers(asked(5), responses);

    expect(kept).to.deep.equal({ r2: 5 });
  });

  it('drops fractional and text levels', () => {
    const responses = { r1: 2.5, r2: '4' };

    const kept = keepValidAnswers(asked(), responses);

    expect(kept).to.deep.equal({});
  });
});

describe('unansweredItems', () => {
  it('lists the items without an answer, "na" counting as one', () => {
    const responses = { r1: 'na' as const, 'c1-s1': 'met' as const };

    const items = unansweredItems(asked(), responses);

    expect(items.map((i) => i.id)).to.deep.equal(['c1-s0', 'r2']);
  });

  it('keeps to one axis when given its id', () => {
    const items = unansweredItems(asked(), {}, 'alpha');

    expect(items.map((i) => i.id)).to.deep.equal(['r1', 'c1-s0', 'c1-s1']);
  });

  it('gives nothing when everything is answered', () => {
    const responses = {
      r1: 2, 'c1-s0': 'met', 'c1-s1': 'not-met', r2: 'na',
    } as const;

    const items = unansweredItems(asked(), responses);

    expect(items).to.deep.equal([]);
  });

  it('gives nothing for an axis the instrument does not have', () => {
    expect(unansweredItems(asked(), {}, 'gamma')).to.deep.equal([]);
  });
});
