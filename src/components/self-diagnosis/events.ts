import type { Assessment } from '../../engine/schema/assessment.ts';
import type { CapacityResult } from '../../engine/schema/result.ts';
import type { CapacityResponses } from '../../engine/schema/responses.ts';

/** The detail of `sctmm-change`: the answers and how many are given. */
export interface SelfDiagnosisChangeDetail {
  responses: CapacityResponses;
  answered: number;
  total: number;
}

/** The detail of `sctmm-complete`: the scores and the exportable form. */
export interface SelfDiagnosisCompleteDetail {
  result: CapacityResult;
  assessment: Assessment | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'sctmm-change': CustomEvent<SelfDiagnosisChangeDetail>;
    'sctmm-complete': CustomEvent<SelfDiagnosisCompleteDetail>;
  }
}
