/**
 * The sctmm bundle: importing it defines every element on the page and
 * re-exports the engine, so one `<script>` tag gives both.
 */
import './components/self-diagnosis/define.ts';
import './components/radar-chart/define.ts';
import './components/index-badge/define.ts';
import './components/results-table/define.ts';
import './components/maturity-report/define.ts';
import './components/perception-survey/define.ts';

export * from './engine/index.ts';
export { VERSION } from './version.ts';
export {
  SctmmSelfDiagnosis,
} from './components/self-diagnosis/self-diagnosis.ts';
export {
  SctmmRadarChart,
} from './components/radar-chart/radar-chart.ts';
export type {
  RadarAxis,
  RadarSeries,
} from './components/radar-chart/radar-chart.ts';
export {
  SctmmIndexBadge,
} from './components/index-badge/index-badge.ts';
export type {
  BadgeFailureReason,
  IndexBadgeErrorDetail,
  IndexBadgeUpdateDetail,
} from './components/index-badge/events.ts';
export {
  SctmmResultsTable,
} from './components/results-table/results-table.ts';
export type {
  ResultsTableLoadDetail,
} from './components/results-table/events.ts';
export {
  SctmmPerceptionSurvey,
} from './components/perception-survey/perception-survey.ts';
export type {
  PerceptionSentDetail,
  PerceptionSubmitDetail,
} from './components/perception-survey/events.ts';
export {
  SctmmMaturityReport,
} from './components/maturity-report/maturity-report.ts';
export type {
  MaturityReportErrorDetail,
  MaturityReportImportDetail,
  MaturityReportRoadmapDetail,
} from './components/maturity-report/events.ts';
