import { expect } from '@open-wc/testing';
import {
  fixedInternetLevels,
} from '../../bench/results-real/fixed-internet.ts';

const DIVIPOLA = 'Código Departamento,Código Municipio\n' +
  '05,05001\n05,05002\n11,11001\n';

/** A MinTIC file of the real layout with the given data lines. */
function mintic(lines: string[]): string {
  return ['AÑO,TRIMESTRE,COD_DEPARTAMENTO,DEPARTAMENTO,COD_MUNICIPIO,' +
    'MUNICIPIO,No. ACCESOS FIJOS A INTERNET,POBLACIÓN DANE,INDICE',
  ...lines].join('\n');
}

/** One data line: a municipality's index in a quarter. */
const line = (year: number, quarter: number, code: string, index: string) =>
  `${year},${quarter},${code.slice(0, 2)},X,${code},Y,1,100,"${index}"`;

describe('fixedInternetLevels: a municipality-quarter given twice', () => {
  it('reports every repeat, with its rows, and uses no disagreeing copy',
    () => {
      const run = fixedInternetLevels(mintic([
        line(2019, 4, '05001', '10,0'),
        line(2023, 3, '05001', '20,0'),
        line(2019, 4, '05002', '1,0'),
        line(2023, 3, '05002', '2,0'),
        line(2019, 4, '11001', '5,0'),
        line(2023, 3, '11001', '6,0'),
        line(2023, 3, '05001', '1,0'),
        line(2019, 4, '05002', '1,0'),
        line(2021, 2, '11001', '3,0'),
        line(2021, 2, '11001', '4,0'),
      ]), DIVIPOLA);

      expect(run.duplicates).to.deep.equal([
        { code: '05001', period: '2023-Q3', rows: [3, 8],
          values: [20, 1], used: false },
        { code: '05002', period: '2019-Q4', rows: [4, 9],
          values: [1, 1], used: true },
        { code: '11001', period: '2021-Q2', rows: [10, 11],
          values: [3, 4], used: false },
      ]);
      // Neither 20 nor 1 is Medellín's current value: it has none, and is
      // left out of the peers (2 and 6 remain).
      expect(run.results.get('05001')?.reason).to.equal('missing-data');
      expect(run.peerCount).to.equal(2);
      expect(run.peers.average).to.equal(4);
      // The agreeing copies of 05002's baseline give its one value.
      expect(run.results.get('05002')?.change).to.equal(1);
    });

  it('reports none when every municipality-quarter is given once', () => {
    const run = fixedInternetLevels(mintic([
      line(2019, 4, '05001', '10,0'),
      line(2023, 3, '05001', '20,0'),
    ]), DIVIPOLA);

    expect(run.duplicates).to.deep.equal([]);
    expect(run.results.get('05001')?.change).to.equal(10);
  });
});
