import { createComponent } from '@lit/react';
import * as React from 'react';
import type {
  MaturityReportErrorDetail,
  MaturityReportImportDetail,
  MaturityReportRoadmapDetail,
} from '../components/maturity-report/events.ts';
import {
  SctmmMaturityReport,
} from '../components/maturity-report/define.ts';
import type { SctmmEvent } from './event.ts';

/**
 * `<sctmm-maturity-report>` for React: `assessment` and `instrument` are
 * set as properties; `onSctmmImport`, `onSctmmRoadmapChange` and
 * `onSctmmError` receive its events.
 */
export const MaturityReport = createComponent({
  react: React,
  tagName: 'sctmm-maturity-report',
  elementClass: SctmmMaturityReport,
  displayName: 'MaturityReport',
  events: {
    onSctmmImport: 'sctmm-import' as SctmmEvent<MaturityReportImportDetail>,
    onSctmmRoadmapChange:
      'sctmm-roadmap-change' as SctmmEvent<MaturityReportRoadmapDetail>,
    onSctmmError: 'sctmm-error' as SctmmEvent<MaturityReportErrorDetail>,
  },
});

/** The props of `MaturityReport`. */
export type MaturityReportProps =
  React.ComponentProps<typeof MaturityReport>;
