import type { RowProblem } from '../../engine/delimited.ts';
import type { ResultsScore } from '../../engine/results.ts';
import type { IndicatorSet } from '../../engine/schema/indicators.ts';
import type { SourceFormat } from './internal/load.ts';

export type { SourceFormat };

/** The detail of `sctmm-load`: what was read from `src` and is shown. */
export interface ResultsTableLoadDetail {
  /** The URL read. */
  src: string;
  /** How it was written: `json` or `csv`. */
  format: SourceFormat;
  /** The indicators read (for CSV, the rows that could be read). */
  indicators: IndicatorSet;
  /** The results measurement of those indicators. */
  result: ResultsScore;
  /** CSV rows that could not be read and are not shown. */
  problems: RowProblem[];
}

declare global {
  interface HTMLElementEventMap {
    'sctmm-load': CustomEvent<ResultsTableLoadDetail>;
  }
}
