/**
 * React wrappers of the sctmm elements (`sctmm/react`), made with
 * @lit/react: objects go in as properties, not as attributes, and each
 * `sctmm-*` event has a typed `onSctmm…` handler prop. Importing a
 * wrapper defines its element.
 */
export { IndexBadge, type IndexBadgeProps } from './index-badge.ts';
export {
  MaturityReport,
  type MaturityReportProps,
} from './maturity-report.ts';
export {
  PerceptionSurvey,
  type PerceptionSurveyProps,
} from './perception-survey.ts';
export { RadarChart, type RadarChartProps } from './radar-chart.ts';
export { ResultsTable, type ResultsTableProps } from './results-table.ts';
export { SelfDiagnosis, type SelfDiagnosisProps } from './self-diagnosis.ts';
export type { SctmmEvent } from './event.ts';
