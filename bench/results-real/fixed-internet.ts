// The real-data run of the results measurement, shared by
// `npm run results:real` and test/engine/results-real.test.ts: the level
// of every municipality's fixed internet penetration (MinTIC), baseline
// 2019 Q4, current 2023 Q3, compared with every municipality that has a
// current value, for each municipality of DANE's DIVIPOLA list.
import type { RowProblem } from '../../src/engine/delimited.ts';
import { indicatorCatalogue2020 } from '../../src/engine/model/index.ts';
import {
  type IndicatorResult,
  scoreIndicator,
} from '../../src/engine/results-indicator.ts';
import { peersFromValues } from '../../src/engine/results-peers.ts';
import type { Peers } from '../../src/engine/schema/indicators.ts';
import { readTable } from '../../src/engine/table.ts';
import { type Duplicate, valuesByQuarter } from './quarter-values.ts';

export type { Duplicate };

/** The two files, as they are named in the shared data folder. */
export const DATA_FILES = {
  mintic: 'mintic_internet_fijo_penetracion_municipio_20250804.csv',
  divipola: 'divipola_municipios_dane.csv',
} as const;

/** The baseline period: year, quarter and its period text. */
export const BASELINE = { year: 2019, quarter: 4, period: '2019-Q4' };

/** The current period: year, quarter and its period text. */
export const CURRENT = { year: 2023, quarter: 3, period: '2023-Q3' };

/** What the run found. */
export interface FixedInternetRun {
  /** Each DIVIPOLA code and its scored indicator, in the list's order. */
  results: Map<string, IndicatorResult>;
  /** The peer average and best every municipality is compared with. */
  peers: Peers;
  /** How many municipalities have a current value (the peers). */
  peerCount: number;
  /** Rows of either file that could not be read. */
  problems: { file: string; problem: RowProblem }[];
  /**
   * The municipality-quarters the MinTIC file gives more than once;
   * when their copies disagree, no value is used for them.
   */
  duplicates: Duplicate[];
}

const definition = indicatorCatalogue2020.find(
  (d) => d.id === 'fixed-internet-penetration',
)!;

function readDivipola(text: string) {
  return readTable(text, {
    columns: {
      code: {
        header: 'Código Municipio',
        type: 'code',
        width: 5,
        required: true,
      },
    },
  });
}

function readPenetration(text: string) {
  return readTable(text, {
    columns: {
      year: { header: 'AÑO', type: 'number', required: true },
      quarter: { header: 'TRIMESTRE', type: 'number', required: true },
      code: {
        header: 'COD_MUNICIPIO',
        type: 'code',
        width: 5,
        required: true,
      },
      value: { header: 'INDICE', type: 'number' },
    },
  });
}

/** Scores every municipality of `divipolaCsv` from `minticCsv`. */
export function fixedInternetLevels(
  minticCsv: string,
  divipolaCsv: string,
): FixedInternetRun {
  const divipola = readDivipola(divipolaCsv);
  const penetration = readPenetration(minticCsv);

  const { values, duplicates } = valuesByQuarter(penetration.rows);
  const none = new Map<string, number | null>();
  const baseline = values.get(BASELINE.period) ?? none;
  const current = values.get(CURRENT.period) ?? none;

  const currentValues = [...current.values()].filter((v) => v !== null);
  const peers = peersFromValues(currentValues, definition.polarity);
  const results = new Map<string, IndicatorResult>();
  for (const { values } of divipola.rows) {
    const code = values.code!;
    results.set(code, scoreIndicator({
      ...definition,
      baseline: { value: baseline.get(code) ?? null, period: BASELINE.period },
      current: { value: current.get(code) ?? null, period: CURRENT.period },
      peers,
    }));
  }

  return {
    results,
    peers,
    peerCount: currentValues.length,
    duplicates,
    problems: [
      ...divipola.problems.map((problem) => ({
        file: DATA_FILES.divipola, problem,
      })),
      ...penetration.problems.map((problem) => ({
        file: DATA_FILES.mintic, problem,
      })),
    ],
  };
}
