import { expect } from '@open-wc/testing';
import {
  DATA_FILES,
  type FixedInternetRun,
  fixedInternetLevels,
} from '../../bench/results-real/fixed-internet.ts';

// The real MinTIC and DIVIPOLA files, served as they are by the test
// server from ../shared/data (test/engine/shared-data-routes.js).
async function dataFile(name: string): Promise<string> {
  const response = await fetch(`/__data/${name}`);
  if (!response.ok) throw new Error(await response.text());
  return response.text();
}

/**
 * The 2023 Q3 penetration of every municipality, read without the
 * engine: each line ends in the index, quoted, with a decimal comma.
 */
function currentValuesByHand(csv: string): number[] {
  const values: number[] = [];
  for (const line of csv.split('\n')) {
    const match = /^2023,3,.*,"(\d+),(\d+)"\r?$/.exec(line);
    if (match) values.push(Number(`${match[1]}.${match[2]}`));
  }
  return values;
}

/** The mean, and the 90th percentile interpolated between ranks. */
function peersByHand(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const average = values.reduce((sum, v) => sum + v, 0) / values.length;
  const h = (sorted.length - 1) * 0.9;
  const below = sorted[Math.floor(h)]!;
  const above = sorted[Math.floor(h) + 1]!;
  return { average, best: below + (h - Math.floor(h)) * (above - below) };
}

describe('fixedInternetLevels on the real MinTIC and DIVIPOLA files', () => {
  let run: FixedInternetRun;
  let mintic: string;

  before(async () => {
    mintic = await dataFile(DATA_FILES.mintic);
    const divipola = await dataFile(DATA_FILES.divipola);
    run = fixedInternetLevels(mintic, divipola);
  });

  it('compares with the mean and 90th percentile of 1,117 municipalities',
    () => {
      const values = currentValuesByHand(mintic);

      const hand = peersByHand(values);

      // 1,117 municipalities have a 2023 Q3 value; they add up to
      // 6,892.2, so the average is 6,892.2 / 1,117 = 6.1703. Sorted, the
      // 90th percentile sits at rank (1,117 − 1) × 0.9 = 1,004.4 from 0:
      // 16.42 + 0.4 × (16.55 − 16.42) = 16.472.
      expect(values.length).to.equal(1117);
      expect(hand.average).to.be.closeTo(6.1703, 1e-4);
      expect(hand.best).to.be.closeTo(16.472, 1e-9);
      expect(run.peerCount).to.equal(1117);
      expect(run.peers.average).to.be.closeTo(hand.average, 1e-9);
      expect(run.peers.best).to.be.closeTo(hand.best, 1e-9);
    });

  it('puts Bogotá (11001) at level 6, among the national best', () => {
    const result = run.results.get('11001');

    // 2019 Q4: 25.25; 2023 Q3: 28.48. Change +3.23, beyond the tolerance
    // of 1 % × 25.25 = 0.2525, so neither worse nor unchanged; 28.48 is
    // at least the best, 16.472: level 6.
    expect(result?.change).to.be.closeTo(3.23, 1e-9);
    expect(result?.reason).to.equal('national-best');
    expect(result?.level).to.equal(6);
  });

  it('keeps the leading zero of Medellín (05001), at level 6', () => {
    const result = run.results.get('05001');

    // 2019 Q4: 24.92; 2023 Q3: 29.35. Change +4.43 > 0.2492 (1 %);
    // 29.35 ≥ 16.472: level 6.
    expect(run.results.has('5001')).to.equal(false);
    expect(result?.change).to.be.closeTo(4.43, 1e-9);
    expect(result?.level).to.equal(6);
  });

  it('puts rural Buenavista, Quindío (63111), at level 3, just short of 4',
    () => {
      const result = run.results.get('63111');

      // 3,220 residents. 2019 Q4: 0.71; 2023 Q3: 0.78. Change +0.07 >
      // 0.0071 (1 %): better. 0.78 < 16.472 (best) and 0.78 < 6.1703
      // (average). No target: substantial needs +10 % × 0.71 = 0.071,
      // and 0.07 < 0.071 (a rise of 9.86 %), so progress is incipient:
      // level 3.
      expect(result?.change).to.be.closeTo(0.07, 1e-9);
      expect(result?.relativeChange).to.be.closeTo(0.07 / 0.71, 1e-9);
      expect(result?.reason).to.equal('incipient');
      expect(result?.level).to.equal(3);
    });

  it('reads every row of both files, each municipality-quarter once', () => {
    expect(run.problems).to.deep.equal([]);
    expect(run.duplicates).to.deep.equal([]);
    expect(run.results.size).to.equal(1122);
  });
});
