import { expect } from '@open-wc/testing';
import { messages } from '../../src/components/results-table/messages.ts';
import { indicatorSetFromCsv } from '../../src/engine/indicators-csv.ts';
import { parseIndicatorSet } from '../../src/engine/parse-indicators.ts';
import { scoreIndicator } from '../../src/engine/results-indicator.ts';
import type { Indicator } from '../../src/engine/schema/indicators.ts';
import {
  copy,
  indicatorSet,
  measured,
  selfRated,
} from './results-builders.ts';

const NOT_FINITE = [Number.NaN, Infinity, -Infinity];

describe('indicator values that are not finite numbers', () => {
  it('are refused by parseIndicatorSet as "not a finite number"', () => {
    const places: ((i: Record<string, any>, v: number) => void)[] = [
      (i, v) => { i.baseline.value = v; },
      (i, v) => { i.current.value = v; },
      (i, v) => { i.target = { value: v, period: '2027' }; },
      (i, v) => { i.peers = { average: v, best: 1 }; },
      (i, v) => { i.peers = { average: 1, best: v }; },
    ];

    for (const value of NOT_FINITE) {
      for (const place of places) {
        const data = copy(indicatorSet([
          measured({ baseline: 1, current: 2 }),
        ])) as unknown as { indicators: Record<string, any>[] };
        place(data.indicators[0]!, value);

        const result = parseIndicatorSet(data);

        const messages = result.ok ? [] : result.issues.map((i) => i.message);
        expect(messages, String(value)).to.have.length(1);
        expect(messages[0]).to.contain('not a finite number');
        expect(messages[0]).not.to.contain('got number');
      }
    }
  });

  it('refuses them in peerValues and in a self-rated level too', () => {
    const data = copy(indicatorSet([
      { ...measured({ baseline: 1, current: 2 }), peerValues: [1, 2] },
      selfRated(3),
    ])) as unknown as { indicators: Record<string, any>[] };
    data.indicators[0]!.peerValues[1] = Infinity;
    data.indicators[1]!.selfRated.level = Number.NaN;

    const result = parseIndicatorSet(data);

    expect(result.ok ? [] : result.issues).to.deep.equal([
      { path: 'indicators[0].peerValues[1]',
        message: 'not a finite number (got Infinity)' },
      { path: 'indicators[1].selfRated.level',
        message: 'not a finite number (got NaN)' },
    ]);
  });

  it('give scoreIndicator no level (missing-data), never level 1', () => {
    for (const value of NOT_FINITE) {
      for (const values of [
        { baseline: value, current: 2 },
        { baseline: 2, current: value },
        { baseline: value, current: value },
      ]) {
        const result = scoreIndicator(measured({ ...values, best: 9 }));

        expect(result.level, String(value)).to.equal(null);
        expect(result.reason).to.equal('missing-data');
        expect(result.change).to.equal(null);
        expect(result.trend).to.equal(null);
      }
    }
  });

  it('count as missing in a target, the peers or a self-rating', () => {
    const noPeers = scoreIndicator(measured({
      baseline: 10, current: 20, target: Number.NaN,
      average: Number.NaN, best: Infinity,
    }));
    const rated = scoreIndicator({
      ...selfRated(3),
      selfRated: { level: Number.NaN, justification: 'x' },
    } as Indicator);

    // +100 % with no target, no average and no best: substantial (4),
    // and both peer branches could not be checked.
    expect(noPeers.level).to.equal(4);
    expect(noPeers.skipped).to.deep.equal(['national-best', 'above-peers']);
    expect(noPeers.peers).to.deep.equal({ average: null, best: null });
    expect(rated.level).to.equal(null);
    expect(rated.reason).to.equal('missing-data');
  });
});

describe('indicatorSetFromCsv: the polarity words the table shows', () => {
  it('accepts every polarity wording of the element, in es and en', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const polarity of ['higher', 'lower'] as const) {
        const word = messages[lang][polarity];
        const csv = 'id;subdimension;nombre;unidad;polaridad\n' +
          `x;salud;Algo;%;${word}\ny;salud;Otro;%;${word.toUpperCase()}\n`;

        const { value, problems } = indicatorSetFromCsv(csv);

        expect(problems, word).to.deep.equal([]);
        expect(value.indicators.map((i) => i.polarity))
          .to.deep.equal([polarity, polarity]);
      }
    }
  });
});
