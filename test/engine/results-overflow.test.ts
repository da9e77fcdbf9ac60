import { expect } from '@open-wc/testing';
import {
  atLeast,
  ruleBranch,
  trendOf,
} from '../../src/engine/results-branch.ts';
import { scoreIndicator } from '../../src/engine/results-indicator.ts';
import { peersFromValues } from '../../src/engine/results-peers.ts';
import { DEFAULT_LEVEL_RULE } from '../../src/engine/results-rule.ts';
import { measured } from './results-builders.ts';

const MAX = Number.MAX_VALUE;

describe('atLeast and trendOf with a side that overflowed', () => {
  it('atLeast compares an infinite side as it is', () => {
    expect(atLeast(1e308, Infinity)).to.equal(false);
    expect(atLeast(Infinity, 1e308)).to.equal(true);
    expect(atLeast(-Infinity, -1e308)).to.equal(false);
    expect(atLeast(Infinity, Infinity)).to.equal(true);
  });

  it('trendOf calls an infinite rise better and an infinite fall worse',
    () => {
      expect(trendOf(Infinity, 1.7e306)).to.equal('better');
      expect(trendOf(-Infinity, 1.7e306)).to.equal('worse');
      expect(trendOf(1e308, Infinity)).to.equal('unchanged');
    });
});

describe('scoreIndicator from −1.7e308 to 1.7e308 and back', () => {
  it('gives a rise the trend better and the level of 200 %', () => {
    const result = scoreIndicator(measured({
      baseline: -1.7e308, current: 1.7e308 }));

    expect(result.trend).to.equal('better');
    expect(result.improvement).to.equal(true);
    expect(result.reason).to.equal('substantial');
    expect(result.level).to.equal(4);
    expect(result.change).to.equal(Infinity);
    expect(result.relativeChange).to.be.closeTo(2, 1e-12);
  });

  it('gives a fall worse, and better when lower is better', () => {
    const fall = scoreIndicator(measured({
      baseline: MAX, current: -MAX }));
    const lower = scoreIndicator(measured({
      baseline: MAX, current: -MAX, polarity: 'lower', best: -MAX }));

    expect([fall.trend, fall.level]).to.deep.equal(['worse', 1]);
    expect(fall.relativeChange).to.be.closeTo(-2, 1e-12);
    expect([lower.trend, lower.reason, lower.level])
      .to.deep.equal(['better', 'national-best', 6]);
  });

  it('gives no relative change that no number can hold', () => {
    const tiny = scoreIndicator(measured({ baseline: 5e-324, current: 1 }));
    const zero = scoreIndicator(measured({ baseline: -0, current: 1 }));

    expect(tiny.relativeChange).to.equal(null);
    expect(tiny.trend).to.equal('better');
    expect(zero.relativeChange).to.equal(null);
  });
});

describe('ruleBranch with values near the largest number', () => {
  it('measures the way to a target from −1.7e308 to 1.7e308', () => {
    const far = { average: null, best: null, target: 1.7e308 };

    const short = ruleBranch({ ...far, baseline: -1.7e308,
      current: -1e308 });
    const half = ruleBranch({ ...far, baseline: -1.7e308, current: 0 });

    expect(short.branch).to.equal('incipient');
    expect(half.branch).to.equal('substantial');
  });

  it('keeps the tolerance of a rule whose product overflows', () => {
    const rule = { tolerance: 3, targetShare: 0.5, improvementShare: 0.1,
      bestQuantile: 0.9, levels: { 'worse': 1, 'unchanged': 2,
        'incipient': 3, 'substantial': 4, 'above-peers': 5,
        'national-best': 6 } };
    const values = { target: null, average: null, best: null };

    const within = ruleBranch({ ...values, baseline: MAX, current: -MAX },
      rule);

    expect(within.branch).to.equal('unchanged');
  });
});

describe('peers near the largest number', () => {
  it('averages them and takes their best, never infinity or null', () => {
    const peers = peersFromValues([MAX, MAX, -MAX, MAX]);

    expect(peers.average).to.be.closeTo(MAX / 2, MAX * 1e-15);
    expect(peers.best).to.equal(MAX);
    expect(peersFromValues([MAX, MAX], 'lower')).to.deep.equal({
      average: MAX, best: MAX,
    });
  });
});

describe('a change of mere binary rounding', () => {
  const exact = { ...DEFAULT_LEVEL_RULE, tolerance: 0 };

  it('is no change, even with a tolerance of 0', () => {
    for (const [baseline, current] of [[1000, 1000 + 1e-7],
      [1000, 1000 - 1e-7], [0.1 + 0.2, 0.3]]) {
      const result = scoreIndicator(measured({ baseline: baseline!,
        current: current! }), { rule: exact });

      expect(result.trend, `${baseline} → ${current}`)
        .to.equal('unchanged');
    }
  });

  it('is a change when it is more than that', () => {
    const result = scoreIndicator(measured({ baseline: 1000,
      current: 1000.001 }), { rule: exact });

    expect(result.trend).to.equal('better');
  });
});
