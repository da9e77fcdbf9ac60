import { createComponent } from '@lit/react';
import * as React from 'react';
import type {
  SelfDiagnosisChangeDetail,
  SelfDiagnosisCompleteDetail,
} from '../components/self-diagnosis/events.ts';
import { SctmmSelfDiagnosis } from '../components/self-diagnosis/define.ts';
import type { SctmmErrorDetail } from '../components/shared/events.ts';
import type { SctmmEvent } from './event.ts';

/**
 * `<sctmm-self-diagnosis>` for React: `instrument` and `responses` are
 * set as properties; `onSctmmChange`, `onSctmmComplete` and
 * `onSctmmError` receive its events.
 */
export const SelfDiagnosis = createComponent({
  react: React,
  tagName: 'sctmm-self-diagnosis',
  elementClass: SctmmSelfDiagnosis,
  displayName: 'SelfDiagnosis',
  events: {
    onSctmmChange: 'sctmm-change' as SctmmEvent<SelfDiagnosisChangeDetail>,
    onSctmmComplete:
      'sctmm-complete' as SctmmEvent<SelfDiagnosisCompleteDetail>,
    onSctmmError: 'sctmm-error' as SctmmEvent<SctmmErrorDetail>,
  },
});

/** The props of `SelfDiagnosis`. */
export type SelfDiagnosisProps = React.ComponentProps<typeof SelfDiagnosis>;
