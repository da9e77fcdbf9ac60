import { expect } from '@open-wc/testing';
import { scoreCapacity } from '../../src/engine/capacity.ts';
import type { CapacityResponses } from '../../src/engine/schema/responses.ts';
import {
  axis,
  checklist,
  instrument,
  numbersIn,
  rubric,
} from './builders.ts';

function twoAxes(rule?: 'staged' | 'share') {
  return instrument(
    6,
    [
      axis('alpha', [rubric('r1', 6), checklist('c1', [1, 1, 2, 3])]),
      axis('beta', [rubric('r2', 6, 3), rubric('r3', 6)]),
    ],
    rule,
  );
}

const full: CapacityResponses = {
  r1: 4,
  'c1-s0': 'met',
  'c1-s1': 'met',
  'c1-s2': 'not-met',
  'c1-s3': 'met',
  r2: 5,
  r3: 1,
};

describe('scoreCapacity', () => {
  it('scores rubrics, checklists, axes and the whole', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, full);

    const [alpha, beta] = result.axes;
    expect(alpha?.capacities.map((c) => c.score)).to.deep.equal([4, 1]);
    expect(alpha?.score).to.be.closeTo((4 + 1) / 2, 1e-12);
    expect(alpha?.level).to.equal(3);
    expect(beta?.score).to.be.closeTo((5 * 3 + 1) / (3 + 1), 1e-12);
    expect(beta?.level).to.equal(4);
    expect(result.score).to.be.closeTo(((4 + 1) / 2 + 4) / 2, 1e-12);
    expect(result.level).to.equal(4);
    expect(result.missing).to.deep.equal([]);
  });

  it('gives each capacity its level', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, full);

    const levels = result.axes.flatMap((a) =>
      a.capacities.map((c) => [c.id, c.level]),
    );
    expect(levels).to.deep.equal([
      ['r1', 4], ['c1', 1], ['r2', 5], ['r3', 1],
    ]);
  });

  it('follows the instrument\'s share rule', () => {
    const asked = twoAxes('share');

    const result = scoreCapacity(asked, full);

    const alpha = result.axes[0];
    expect(alpha?.capacities[1]?.score).to.be.closeTo((6 * 3) / 4, 1e-12);
    expect(alpha?.score).to.be.closeTo((4 + (6 * 3) / 4) / 2, 1e-12);
  });

  it('uses the staged rule when the instrument names none', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, full);

    expect(asked.checklistRule).to.equal(undefined);
    expect(result.axes[0]?.capacities[1]?.score).to.equal(1);
  });

  it('leaves a rubric answered "na" out of its axis', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, { ...full, r1: 'na' });

    const alpha = result.axes[0];
    expect(alpha?.capacities[0]?.score).to.equal(null);
    expect(alpha?.capacities[0]?.level).to.equal(null);
    expect(alpha?.score).to.equal(1);
    expect(result.score).to.be.closeTo((1 + 4) / 2, 1e-12);
  });

  it('leaves checklist statements answered "na" out', () => {
    const asked = twoAxes();
    const responses: CapacityResponses = {
      ...full,
      'c1-s1': 'na',
      'c1-s2': 'na',
    };

    const result = scoreCapacity(asked, responses);

    expect(result.axes[0]?.capacities[1]?.score).to.equal(6);
  });

  it('counts unanswered statements of a started checklist as not met', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, { 'c1-s0': 'met' });

    expect(result.axes[0]?.capacities[1]?.score)
      .to.be.closeTo(0 + 1 / 2, 1e-12);
  });

  it('gives null to a checklist without answers', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, { r1: 3 });

    const alpha = result.axes[0];
    expect(alpha?.capacities[1]?.score).to.equal(null);
    expect(alpha?.capacities[1]?.level).to.equal(null);
    expect(alpha?.score).to.equal(3);
  });

  it('lets a checklist\'s first answer lower its axis as it joins', () => {
    const asked = instrument(6, [
      axis('alpha', [rubric('r1', 6), checklist('c1', [1, 2])]),
    ]);
    const before = scoreCapacity(asked, { r1: 6 });

    const after = scoreCapacity(asked, { r1: 6, 'c1-s1': 'met' });

    expect(before.axes[0]?.score).to.equal(6);
    expect(after.axes[0]?.capacities[1]?.score).to.equal(0);
    expect(after.axes[0]?.score).to.be.closeTo((6 + 0) / 2, 1e-12);
  });

  it('gives null to a checklist answered only "na"', () => {
    const asked = twoAxes();
    const responses: CapacityResponses = {
      r1: 3,
      'c1-s0': 'na',
      'c1-s1': 'na',
      'c1-s2': 'na',
      'c1-s3': 'na',
    };

    const result = scoreCapacity(asked, responses);

    expect(result.axes[0]?.capacities[1]?.score).to.equal(null);
    expect(result.axes[0]?.score).to.equal(3);
  });

  it('gives null to an axis answered only "na" and lists it', () => {
    const asked = twoAxes();
    const responses: CapacityResponses = {
      ...full,
      r2: 'na',
      r3: 'na',
    };

    const result = scoreCapacity(asked, responses);

    expect(result.axes[1]?.score).to.equal(null);
    expect(result.axes[1]?.level).to.equal(null);
    expect(result.missing).to.deep.equal(['beta']);
    expect(result.score).to.be.closeTo((4 + 1) / 2, 1e-12);
    expect(result.level).to.equal(3);
  });

  it('leaves an unanswered axis out of the whole and lists it', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, { r2: 2, r3: 6 });

    expect(result.axes[0]?.score).to.equal(null);
    expect(result.missing).to.deep.equal(['alpha']);
    expect(result.score).to.be.closeTo((2 * 3 + 6) / (3 + 1), 1e-12);
  });

  it('gives null score and level when everything is "na"', () => {
    const asked = twoAxes();
    const responses: CapacityResponses = Object.fromEntries(
      Object.keys(full).map((id) => [id, 'na']),
    );

    const result = scoreCapacity(asked, responses);

    expect(result.score).to.equal(null);
    expect(result.level).to.equal(null);
    expect(result.missing).to.deep.equal(['alpha', 'beta']);
    expect(numbersIn(result).every(Number.isFinite)).to.equal(true);
  });

  it('gives null score and level with no answers at all', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, {});

    expect(result.score).to.equal(null);
    expect(result.level).to.equal(null);
    expect(result.answered).to.equal(0);
    expect(result.missing).to.deep.equal(['alpha', 'beta']);
  });

  it('never puts NaN in its output', () => {
    const asked = twoAxes();
    const cases: CapacityResponses[] = [
      {},
      full,
      { r1: 'na' },
      { 'c1-s0': 'na', 'c1-s1': 'not-met' },
    ];

    const results = cases.map((responses) =>
      scoreCapacity(asked, responses),
    );

    const numbers = results.flatMap(numbersIn);
    expect(numbers.filter((n) => !Number.isFinite(n))).to.deep.equal([]);
  });

  it('leaves out capacities of weight 0', () => {
    const asked = instrument(6, [
      axis('alpha', [rubric('r1', 6, 0), rubric('r2', 6)]),
    ]);

    const result = scoreCapacity(asked, { r1: 6, r2: 2 });

    expect(result.axes[0]?.capacities[0]?.score).to.equal(6);
    expect(result.axes[0]?.score).to.equal(2);
  });

  it('weighs checklists like rubrics', () => {
    const asked = instrument(6, [
      axis('alpha', [rubric('r1', 6), checklist('c1', [1, 2], 3)]),
    ]);

    const result = scoreCapacity(asked, {
      r1: 2,
      'c1-s0': 'met',
      'c1-s1': 'not-met',
    });

    expect(result.axes[0]?.score).to.be.closeTo((2 + 1 * 3) / 4, 1e-12);
  });

  it('counts answered and total items, "na" as answered', () => {
    const asked = twoAxes();
    const responses: CapacityResponses = {
      r1: 'na',
      'c1-s0': 'met',
      'c1-s3': 'not-met',
      r3: 2,
    };

    const result = scoreCapacity(asked, responses);

    const [alpha, beta] = result.axes;
    expect(alpha?.capacities.map((c) => [c.answered, c.total]))
      .to.deep.equal([[1, 1], [2, 4]]);
    expect([alpha?.answered, alpha?.total]).to.deep.equal([1 + 2, 1 + 4]);
    expect(beta?.capacities.map((c) => [c.answered, c.total]))
      .to.deep.equal([[0, 1], [1, 1]]);
    expect([beta?.answered, beta?.total]).to.deep.equal([0 + 1, 1 + 1]);
    expect([result.answered, result.total]).to.deep.equal([3 + 1, 5 + 2]);
  });

  it('keeps the ids of the instrument in order', () => {
    const asked = twoAxes();

    const result = scoreCapacity(asked, full);

    expect(result.axes.map((a) => a.id)).to.deep.equal(['alpha', 'beta']);
    expect(result.axes.map((a) => a.capacities.map((c) => c.id)))
      .to.deep.equal([['r1', 'c1'], ['r2', 'r3']]);
  });

  it('scores a 5-level instrument on its own scale', () => {
    const asked = instrument(5, [
      axis('alpha', [rubric('r1', 5), checklist('c1', [1, 3, 5])]),
      axis('beta', [checklist('c2', [1, 2, 2])]),
    ]);
    const responses: CapacityResponses = {
      r1: 5,
      'c1-s0': 'met',
      'c1-s1': 'met',
      'c1-s2': 'met',
      'c2-s0': 'met',
      'c2-s1': 'met',
      'c2-s2': 'not-met',
    };

    const result = scoreCapacity(asked, responses);

    expect(result.axes[0]?.score).to.equal(5);
    expect(result.axes[0]?.level).to.equal(5);
    expect(result.axes[1]?.score).to.be.closeTo(1 + 1 / 2, 1e-12);
    expect(result.axes[1]?.level).to.equal(2);
    expect(result.score).to.be.closeTo((5 + 1 + 1 / 2) / 2, 1e-12);
    expect(result.level).to.equal(4);
  });

  it('gives 1..5 levels on a 5-level scale even with every item met', () => {
    const asked = instrument(5, [axis('alpha', [checklist('c1', [1])])]);

    const result = scoreCapacity(asked, { 'c1-s0': 'met' });

    expect(result.score).to.equal(5);
    expect(result.level).to.equal(5);
  });
});
