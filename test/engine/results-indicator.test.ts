import { expect } from '@open-wc/testing';
import { quantile } from 'd3-array';
import {
  checkRuleFits,
  scoreIndicator,
} from '../../src/engine/results-indicator.ts';
import {
  indicatorPeers,
  peersFromValues,
} from '../../src/engine/results-peers.ts';
import { levelRule } from '../../src/engine/results-rule.ts';
import { measured, selfRated } from './results-builders.ts';

const tolerance = 1e-9;
const oneToTen = [3, 1, 4, 10, 5, 9, 2, 6, 8, 7];

describe('scoreIndicator: missing values', () => {
  it('gives a null level with missing-data when the current is null', () => {
    const result = scoreIndicator(measured({ baseline: 10, current: null }));

    expect(result).to.deep.include({
      level: null,
      reason: 'missing-data',
      change: null,
      relativeChange: null,
      trend: null,
      improvement: null,
    });
  });

  it('gives a null level when the baseline is null', () => {
    const result = scoreIndicator(measured({ baseline: null, current: 10 }));

    expect(result.level).to.equal(null);
    expect(result.reason).to.equal('missing-data');
  });

  it('gives a null level when baseline and current are absent', () => {
    const { baseline: _b, current: _c, ...bare } = measured({
      baseline: 1, current: 2,
    });

    const result = scoreIndicator(bare);

    expect(result.level).to.equal(null);
    expect(result.reason).to.equal('missing-data');
  });

  it('skips the peer branches it cannot check', () => {
    const result = scoreIndicator(measured({ baseline: 10, current: 10.5 }));

    expect(result.level).to.equal(3);
    expect(result.peers).to.equal(null);
    expect(result.skipped).to.deep.equal(['national-best', 'above-peers']);
  });

  it('checks the average when only the best is unknown', () => {
    const result = scoreIndicator(
      measured({ baseline: 10, current: 10.5, average: 10.2, best: null }),
    );

    expect(result.level).to.equal(5);
    expect(result.skipped).to.deep.equal(['national-best']);
  });

  it('ignores a null target: 10 % decides', () => {
    const result = scoreIndicator(
      measured({ baseline: 10, current: 11, target: null }),
    );

    expect(result.reason).to.equal('substantial');
  });
});

describe('scoreIndicator: change and improvement', () => {
  it('reports an improvement when a higher-is-better value rose', () => {
    const result = scoreIndicator(measured({ baseline: 40, current: 50 }));

    expect(result.change).to.equal(10);
    expect(result.relativeChange).to.be.closeTo(0.25, tolerance);
    expect(result.trend).to.equal('better');
    expect(result.improvement).to.equal(true);
  });

  it('reports no improvement when a lower-is-better value rose', () => {
    const result = scoreIndicator(
      measured({ baseline: 40, current: 50, polarity: 'lower' }),
    );

    expect(result.change).to.equal(10);
    expect(result.trend).to.equal('worse');
    expect(result.improvement).to.equal(false);
  });

  it('reports an improvement when a lower-is-better value fell', () => {
    const result = scoreIndicator(
      measured({ baseline: 40, current: 30, polarity: 'lower' }),
    );

    expect(result.change).to.equal(-10);
    expect(result.relativeChange).to.be.closeTo(-0.25, tolerance);
    expect(result.improvement).to.equal(true);
  });

  it('calls a move within the tolerance unchanged, not an improvement',
    () => {
      const result = scoreIndicator(measured({ baseline: 40, current: 40.2 }));

      expect(result.trend).to.equal('unchanged');
      expect(result.improvement).to.equal(false);
    });

  it('gives no relative change from a zero baseline', () => {
    const result = scoreIndicator(measured({ baseline: 0, current: 3 }));

    expect(result.change).to.equal(3);
    expect(result.relativeChange).to.equal(null);
  });
});

describe('scoreIndicator: self-rated', () => {
  it('takes the self-rated level with the reason self-rated', () => {
    const result = scoreIndicator(selfRated(4));

    expect(result).to.deep.include({
      level: 4,
      reason: 'self-rated',
      change: null,
      trend: null,
      skipped: [],
    });
  });

  it('prefers the self-rating to measured values, and shows the change',
    () => {
      const indicator = {
        ...measured({ baseline: 10, current: 5 }),
        selfRated: { level: 3, justification: 'Datos en revisión.' },
      };

      const result = scoreIndicator(indicator);

      expect(result.level).to.equal(3);
      expect(result.reason).to.equal('self-rated');
      expect(result.change).to.equal(-5);
      expect(result.trend).to.equal('worse');
    });

  it('counts a self-rating above the scale as its last level', () => {
    const result = scoreIndicator(selfRated(6), {
      levels: 5,
      rule: levelRule({ levels: { 'national-best': 5 } }),
    });

    expect(result.level).to.equal(5);
  });
});

describe('scoreIndicator: peer values', () => {
  it('derives the average and the 90th percentile from peer values', () => {
    const result = scoreIndicator(
      measured({ baseline: 8, current: 9.1, peerValues: oneToTen }),
    );

    // Mean 5.5; rank (10 − 1) × 0.9 = 8.1: 9 + 0.1 × (10 − 9) = 9.1.
    expect(result.peers?.average).to.be.closeTo(5.5, tolerance);
    expect(result.peers?.best).to.be.closeTo(9.1, tolerance);
    expect(result.level).to.equal(6);
  });

  it('takes the 10th percentile as the best when lower is better', () => {
    const result = scoreIndicator(measured({
      baseline: 3, current: 1.9, peerValues: oneToTen, polarity: 'lower',
    }));

    // Rank 0.9 from the bottom: 1 + 0.9 × (2 − 1) = 1.9.
    expect(result.peers?.best).to.be.closeTo(1.9, tolerance);
    expect(result.level).to.equal(6);
  });

  it('scores peer values as it scores the same peers given', () => {
    const fromList = measured({ baseline: 5, current: 6, peerValues: [
      2, 4, 5.8, 7, 11,
    ] });
    const given = measured({
      baseline: 5,
      current: 6,
      ...peersFromValues([2, 4, 5.8, 7, 11]),
    });

    const a = scoreIndicator(fromList);
    const b = scoreIndicator(given);

    expect(a.level).to.equal(5);
    expect(a).to.deep.equal(b);
  });

  it('prefers given peers to peer values', () => {
    const indicator = {
      ...measured({ baseline: 1, current: 2, average: 0, best: 3 }),
      peerValues: [100, 200],
    };

    expect(indicatorPeers(indicator)).to.deep.equal({ average: 0, best: 3 });
  });
});

describe('peersFromValues', () => {
  it('agrees with d3-array quantile and the arithmetic mean', () => {
    const values = [0.52, 12.3, 7.77, 3.1, 28.48, 0.04, 16.47, 9.9];

    const peers = peersFromValues(values);

    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(peers.average).to.be.closeTo(mean, tolerance);
    expect(peers.best).to.equal(quantile(values, 0.9));
  });

  it('leaves out nulls and gives nulls for no values', () => {
    expect(peersFromValues([null, 4, null, 6]).average).to.equal(5);
    expect(peersFromValues([])).to.deep.equal({ average: null, best: null });
    expect(peersFromValues([null])).to.deep.equal({
      average: null, best: null,
    });
  });

  it('gives 0, not −0, for a zero best when lower is better', () => {
    const peers = peersFromValues([0, 0, 0], 'lower');

    expect(Object.is(peers.best, 0)).to.equal(true);
    expect(Object.is(peers.average, 0)).to.equal(true);
  });

  it('takes another quantile when asked', () => {
    expect(peersFromValues(oneToTen, 'higher', 0.5).best).to.equal(5.5);
  });
});

describe('checkRuleFits', () => {
  it('throws when the default rule meets a five-level model', () => {
    expect(() => checkRuleFits(levelRule(), 5)).to.throw(RangeError, /5/);
    expect(() => checkRuleFits(levelRule(), 6)).not.to.throw();
  });
});
