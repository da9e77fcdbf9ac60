import { createComponent } from '@lit/react';
import * as React from 'react';
import { SctmmRadarChart } from '../components/radar-chart/define.ts';
import type { SctmmErrorDetail } from '../components/shared/events.ts';
import type { SctmmEvent } from './event.ts';

/**
 * `<sctmm-radar-chart>` for React: `series` and `axes` are set as
 * properties, and `onSctmmError` receives `sctmm-error`.
 */
export const RadarChart = createComponent({
  react: React,
  tagName: 'sctmm-radar-chart',
  elementClass: SctmmRadarChart,
  displayName: 'RadarChart',
  events: {
    onSctmmError: 'sctmm-error' as SctmmEvent<SctmmErrorDetail>,
  },
});

/** The props of `RadarChart`. */
export type RadarChartProps = React.ComponentProps<typeof RadarChart>;
