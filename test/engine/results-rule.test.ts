import { expect } from '@open-wc/testing';
import {
  atLeast,
  ruleBranch,
  trendOf,
} from '../../src/engine/results-branch.ts';
import { scoreIndicator } from '../../src/engine/results-indicator.ts';
import {
  DEFAULT_LEVEL_RULE,
  levelRule,
} from '../../src/engine/results-rule.ts';
import { measured } from './results-builders.ts';

// Peers far out of reach unless a test says otherwise.
const far = { average: 1000, best: 2000 };
const farLow = { average: -1000, best: -2000 };

function levelOf(values: Parameters<typeof measured>[0]) {
  const result = scoreIndicator(measured(values));
  return { level: result.level, reason: result.reason };
}

describe('scoreIndicator: the level rule, higher is better', () => {
  it('gives 1 when worse than the baseline beyond 1 %', () => {
    expect(levelOf({ baseline: 100, current: 98.9, ...far }))
      .to.deep.equal({ level: 1, reason: 'worse' });
  });

  it('gives 2 within 1 % of the baseline, both ends included', () => {
    expect(levelOf({ baseline: 100, current: 99, ...far }).level)
      .to.equal(2);
    expect(levelOf({ baseline: 100, current: 100, ...far }).level)
      .to.equal(2);
    expect(levelOf({ baseline: 100, current: 101, ...far }))
      .to.deep.equal({ level: 2, reason: 'unchanged' });
  });

  it('gives 6 at or above the national best', () => {
    expect(levelOf({ baseline: 100, current: 120, average: 90, best: 120 }))
      .to.deep.equal({ level: 6, reason: 'national-best' });
    expect(levelOf({ baseline: 100, current: 130, average: 90, best: 120 })
      .level).to.equal(6);
  });

  it('gives 5 above the peer average, not at it', () => {
    expect(levelOf({ baseline: 100, current: 102, average: 101.9,
      best: 150 })).to.deep.equal({ level: 5, reason: 'above-peers' });
    expect(levelOf({ baseline: 100, current: 102, average: 102,
      best: 150 }).level).to.equal(3);
  });

  it('gives 4 from 10 % improvement without a target', () => {
    expect(levelOf({ baseline: 100, current: 110, ...far }))
      .to.deep.equal({ level: 4, reason: 'substantial' });
    expect(levelOf({ baseline: 100, current: 109.9, ...far }))
      .to.deep.equal({ level: 3, reason: 'incipient' });
  });

  it('gives 4 from half the way to the target', () => {
    const target = 120;

    expect(levelOf({ baseline: 100, current: 110, target, ...far }).level)
      .to.equal(4);
    expect(levelOf({ baseline: 100, current: 109, target, ...far }).level)
      .to.equal(3);
  });

  it('uses the target, not 10 %, when there is one', () => {
    expect(levelOf({ baseline: 100, current: 105, target: 108, ...far })
      .level).to.equal(4);
    expect(levelOf({ baseline: 100, current: 115, target: 140, ...far })
      .level).to.equal(3);
  });

  it('counts any improvement as substantial when the target is behind',
    () => {
      expect(levelOf({ baseline: 100, current: 102, target: 90, ...far })
        .level).to.equal(4);
    });

  it('gives 3 for an improvement short of every other branch', () => {
    expect(levelOf({ baseline: 100, current: 105, ...far }))
      .to.deep.equal({ level: 3, reason: 'incipient' });
  });

  it('checks worse before the best: a decline among the best is 1', () => {
    expect(levelOf({ baseline: 100, current: 95, average: 10, best: 20 })
      .level).to.equal(1);
  });
});

describe('scoreIndicator: the level rule, lower is better', () => {
  const lower = { polarity: 'lower' as const };

  it('gives 1 when the value rose beyond 1 %', () => {
    expect(levelOf({ ...lower, baseline: 100, current: 101.1, ...farLow }))
      .to.deep.equal({ level: 1, reason: 'worse' });
  });

  it('gives 2 within 1 %, both ends included', () => {
    expect(levelOf({ ...lower, baseline: 100, current: 101, ...farLow })
      .level).to.equal(2);
    expect(levelOf({ ...lower, baseline: 100, current: 99, ...farLow })
      .level).to.equal(2);
  });

  it('gives 6 at or below the best, the lowest', () => {
    expect(levelOf({ ...lower, baseline: 100, current: 80, average: 95,
      best: 80 })).to.deep.equal({ level: 6, reason: 'national-best' });
    expect(levelOf({ ...lower, baseline: 100, current: 81, average: 95,
      best: 80 }).level).to.equal(5);
  });

  it('gives 5 below the peer average, not at it', () => {
    expect(levelOf({ ...lower, baseline: 100, current: 94, average: 95,
      best: 50 }).level).to.equal(5);
    expect(levelOf({ ...lower, baseline: 100, current: 95, average: 95,
      best: 50 }).level).to.equal(3);
  });

  it('gives 4 from a 10 % fall, or half the way down to the target', () => {
    expect(levelOf({ ...lower, baseline: 100, current: 90, average: 50,
      best: 20 }).level).to.equal(4);
    expect(levelOf({ ...lower, baseline: 100, current: 91, average: 50,
      best: 20 }).level).to.equal(3);
    expect(levelOf({ ...lower, baseline: 100, current: 96, target: 92,
      average: 50, best: 20 }).level).to.equal(4);
    expect(levelOf({ ...lower, baseline: 100, current: 97, target: 92,
      average: 50, best: 20 }).level).to.equal(3);
  });

  it('handles negative values: −100 falling to −112 is 4', () => {
    // Turned: 100 → 112, a 12 % improvement on |baseline|.
    expect(levelOf({ ...lower, baseline: -100, current: -112, ...farLow })
      .level).to.equal(4);
  });
});

describe('scoreIndicator: ties despite binary rounding', () => {
  it('counts 1.1 → 1.21 as exactly 10 %', () => {
    expect(1.21 - 1.1).to.be.lessThan(0.1 * 1.1);

    expect(levelOf({ baseline: 1.1, current: 1.21, ...far }).level)
      .to.equal(4);
  });

  it('counts 0.7 → 0.707 and 1.1 → 1.089 as exactly the 1 % tolerance',
    () => {
      expect(0.707 - 0.7).to.be.greaterThan(0.01 * 0.7);
      expect(1.089 - 1.1).to.be.lessThan(-0.01 * 1.1);

      expect(levelOf({ baseline: 0.7, current: 0.707, ...far }).level)
        .to.equal(2);
      expect(levelOf({ baseline: 1.1, current: 1.089, ...far }).level)
        .to.equal(2);
    });

  it('gives 2 for a zero baseline that stays at zero', () => {
    expect(levelOf({ baseline: 0, current: 0, ...far }).level).to.equal(2);
    expect(levelOf({ baseline: 0, current: 1, ...far }).level).to.equal(4);
    expect(levelOf({ baseline: 0, current: -1, ...far }).level).to.equal(1);
  });
});

describe('ruleBranch', () => {
  const values = { baseline: 10, current: 10.5, target: null };

  it('skips the peer branches without peers and says so', () => {
    const outcome = ruleBranch({ ...values, average: null, best: null });

    expect(outcome).to.deep.equal({
      branch: 'incipient',
      skipped: ['national-best', 'above-peers'],
    });
  });

  it('skips nothing when the change decides', () => {
    const outcome = ruleBranch({
      baseline: 10, current: 9, target: null, average: null, best: null,
    });

    expect(outcome).to.deep.equal({ branch: 'worse', skipped: [] });
  });

  it('takes tolerance and shares from the rule', () => {
    const rule = levelRule({ tolerance: 0.1, improvementShare: 0.02 });

    const within = ruleBranch({ ...values, average: 50, best: 90 }, rule);
    const beyond = ruleBranch(
      { ...values, current: 11.2, average: 50, best: 90 },
      rule,
    );

    expect(within.branch).to.equal('unchanged');
    expect(beyond.branch).to.equal('substantial');
  });
});

describe('trendOf and atLeast', () => {
  it('names the trend of a turned change', () => {
    expect(trendOf(-2, 1)).to.equal('worse');
    expect(trendOf(-1, 1)).to.equal('unchanged');
    expect(trendOf(1, 1)).to.equal('unchanged');
    expect(trendOf(2, 1)).to.equal('better');
  });

  it('lets in binary rounding only', () => {
    expect(atLeast(0.1 + 0.2, 0.3)).to.equal(true);
    expect(atLeast(0.3, 0.1 + 0.2)).to.equal(true);
    expect(atLeast(0.3, 0.3000001)).to.equal(false);
  });
});

describe('levelRule', () => {
  it('gives the default rule of the architecture', () => {
    expect(levelRule()).to.deep.equal({
      tolerance: 0.01,
      targetShare: 0.5,
      improvementShare: 0.1,
      bestQuantile: 0.9,
      levels: {
        'worse': 1,
        'unchanged': 2,
        'incipient': 3,
        'substantial': 4,
        'above-peers': 5,
        'national-best': 6,
      },
    });
    expect(levelRule()).to.deep.equal(DEFAULT_LEVEL_RULE);
  });

  it('changes one level and keeps the others', () => {
    const rule = levelRule({ levels: { 'national-best': 5 } });

    expect(rule.levels['national-best']).to.equal(5);
    expect(rule.levels['above-peers']).to.equal(5);
  });

  it('throws a RangeError for a bad number', () => {
    expect(() => levelRule({ tolerance: -0.1 })).to.throw(RangeError);
    expect(() => levelRule({ bestQuantile: 1.5 })).to.throw(RangeError);
    expect(() => levelRule({ targetShare: NaN })).to.throw(RangeError);
    expect(() => levelRule({ levels: { worse: 0 } })).to.throw(RangeError);
    expect(() => levelRule({ levels: { worse: 1.5 } })).to.throw(RangeError);
  });

  it('is used by scoreIndicator', () => {
    const rule = levelRule({ improvementShare: 0.05 });

    const result = scoreIndicator(
      measured({ baseline: 100, current: 105, ...far }),
      { rule },
    );

    expect(result.level).to.equal(4);
  });
});
