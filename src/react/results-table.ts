import { createComponent } from '@lit/react';
import * as React from 'react';
import type {
  ResultsTableLoadDetail,
} from '../components/results-table/events.ts';
import { SctmmResultsTable } from '../components/results-table/define.ts';
import type { SctmmErrorDetail } from '../components/shared/events.ts';
import type { SctmmEvent } from './event.ts';

/**
 * `<sctmm-results-table>` for React: `indicators` and `rule` are set as
 * properties; `onSctmmLoad` and `onSctmmError` receive its events.
 */
export const ResultsTable = createComponent({
  react: React,
  tagName: 'sctmm-results-table',
  elementClass: SctmmResultsTable,
  displayName: 'ResultsTable',
  events: {
    onSctmmLoad: 'sctmm-load' as SctmmEvent<ResultsTableLoadDetail>,
    onSctmmError: 'sctmm-error' as SctmmEvent<SctmmErrorDetail>,
  },
});

/** The props of `ResultsTable`. */
export type ResultsTableProps = React.ComponentProps<typeof ResultsTable>;
