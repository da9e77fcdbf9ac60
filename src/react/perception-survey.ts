import { createComponent } from '@lit/react';
import * as React from 'react';
import type {
  PerceptionSentDetail,
  PerceptionSubmitDetail,
} from '../components/perception-survey/events.ts';
import {
  SctmmPerceptionSurvey,
} from '../components/perception-survey/define.ts';
import type { SctmmErrorDetail } from '../components/shared/events.ts';
import type { SctmmEvent } from './event.ts';

/**
 * `<sctmm-perception-survey>` for React: `survey`, `segment` and
 * `answers` are set as properties; `onSctmmSubmit`, `onSctmmSent` and
 * `onSctmmError` receive its events.
 */
export const PerceptionSurvey = createComponent({
  react: React,
  tagName: 'sctmm-perception-survey',
  elementClass: SctmmPerceptionSurvey,
  displayName: 'PerceptionSurvey',
  events: {
    onSctmmSubmit: 'sctmm-submit' as SctmmEvent<PerceptionSubmitDetail>,
    onSctmmSent: 'sctmm-sent' as SctmmEvent<PerceptionSentDetail>,
    onSctmmError: 'sctmm-error' as SctmmEvent<SctmmErrorDetail>,
  },
});

/** The props of `PerceptionSurvey`. */
export type PerceptionSurveyProps =
  React.ComponentProps<typeof PerceptionSurvey>;
