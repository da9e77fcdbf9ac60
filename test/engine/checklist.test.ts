import { expect } from '@open-wc/testing';
import { checklistScore } from '../../src/engine/checklist.ts';

function states(...pairs: [number, boolean][]) {
  return pairs.map(([level, met]) => ({ level, met }));
}

describe('checklistScore, staged', () => {
  it('counts the levels fully met plus the share of the next', () => {
    const statements = states(
      [1, true], [1, true],
      [2, true], [2, false], [2, false],
      [3, true],
    );

    const score = checklistScore(statements, 6, 'staged');

    expect(score).to.be.closeTo(1 + 1 / 3, 1e-12);
  });

  it('gives the level count when every statement is met', () => {
    const statements = states([1, true], [1, true], [2, true], [3, true]);

    const score = checklistScore(statements, 6, 'staged');

    expect(score).to.equal(6);
  });

  it('counts a level without statements as met', () => {
    const statements = states([1, true], [3, true], [3, false]);

    const score = checklistScore(statements, 6, 'staged');

    expect(score).to.be.closeTo(2 + 1 / 2, 1e-12);
  });

  it('counts every empty level below the first statement as met', () => {
    const statements = states([6, false]);

    const score = checklistScore(statements, 6, 'staged');

    expect(score).to.equal(5);
  });

  it('ignores met statements above the first incomplete level', () => {
    const statements = states(
      [1, true], [1, false],
      [2, true], [2, true],
      [4, true],
    );

    const score = checklistScore(statements, 6, 'staged');

    expect(score).to.be.closeTo(0 + 1 / 2, 1e-12);
  });

  it('gives 0 when nothing of level 1 is met', () => {
    const statements = states([1, false], [1, false], [2, true]);

    const score = checklistScore(statements, 6, 'staged');

    expect(score).to.equal(0);
  });

  it('is the default rule', () => {
    const statements = states([1, true], [2, true], [2, false]);

    const score = checklistScore(statements, 6);

    expect(score).to.be.closeTo(1 + 1 / 2, 1e-12);
  });

  it('works on a 5-level scale', () => {
    const all = states([1, true], [3, true], [5, true]);
    const partial = states([1, true], [2, true], [4, true], [4, false]);

    expect(checklistScore(all, 5, 'staged')).to.equal(5);
    expect(checklistScore(partial, 5, 'staged'))
      .to.be.closeTo(3 + 1 / 2, 1e-12);
  });

  it('gives null without statements', () => {
    expect(checklistScore([], 6, 'staged')).to.equal(null);
  });
});

describe('checklistScore, share', () => {
  it('gives the level count times the share met', () => {
    const statements = states([1, true], [2, false], [5, true], [6, true]);

    const score = checklistScore(statements, 6, 'share');

    expect(score).to.be.closeTo((6 * 3) / 4, 1e-12);
  });

  it('ignores the levels of the statements', () => {
    const low = states([1, true], [1, false]);
    const high = states([6, true], [6, false]);

    expect(checklistScore(low, 6, 'share')).to.be.closeTo(6 / 2, 1e-12);
    expect(checklistScore(high, 6, 'share')).to.be.closeTo(6 / 2, 1e-12);
  });

  it('gives 0 when nothing is met and L when all is met', () => {
    const none = states([1, false], [2, false]);
    const all = states([1, true], [2, true]);

    expect(checklistScore(none, 6, 'share')).to.equal(0);
    expect(checklistScore(all, 6, 'share')).to.equal(6);
  });

  it('works on a 5-level scale', () => {
    const statements = states([1, true], [2, false], [3, true]);

    const score = checklistScore(statements, 5, 'share');

    expect(score).to.be.closeTo((5 * 2) / 3, 1e-12);
  });

  it('gives null without statements', () => {
    expect(checklistScore([], 6, 'share')).to.equal(null);
  });
});
