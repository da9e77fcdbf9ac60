import '../index-badge/define.ts';
import '../radar-chart/define.ts';
import { defineOnce } from '../shared/define.ts';
import { SctmmMaturityReport } from './maturity-report.ts';

defineOnce('sctmm-maturity-report', SctmmMaturityReport);

declare global {
  interface HTMLElementTagNameMap {
    'sctmm-maturity-report': SctmmMaturityReport;
  }
}

export { SctmmMaturityReport };
