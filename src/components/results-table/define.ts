import { defineOnce } from '../shared/define.ts';
import { SctmmResultsTable } from './results-table.ts';

defineOnce('sctmm-results-table', SctmmResultsTable);

declare global {
  interface HTMLElementTagNameMap {
    'sctmm-results-table': SctmmResultsTable;
  }
}

export { SctmmResultsTable };
