import type { SurveyResponse } from '../../engine/schema/survey.ts';

/** The detail of `sctmm-submit`: the response the respondent sent. */
export interface PerceptionSubmitDetail {
  response: SurveyResponse;
}

/**
 * The detail of `sctmm-sent`: a response the `endpoint` accepted, and
 * the HTTP status it answered with.
 */
export interface PerceptionSentDetail {
  response: SurveyResponse;
  status: number;
}

declare global {
  interface HTMLElementEventMap {
    'sctmm-submit': CustomEvent<PerceptionSubmitDetail>;
    'sctmm-sent': CustomEvent<PerceptionSentDetail>;
  }
}
