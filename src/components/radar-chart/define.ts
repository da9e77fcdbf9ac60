import { defineOnce } from '../shared/define.ts';
import { SctmmRadarChart } from './radar-chart.ts';

defineOnce('sctmm-radar-chart', SctmmRadarChart);

declare global {
  interface HTMLElementTagNameMap {
    'sctmm-radar-chart': SctmmRadarChart;
  }
}

export { SctmmRadarChart };
