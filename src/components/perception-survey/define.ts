import { defineOnce } from '../shared/define.ts';
import { SctmmPerceptionSurvey } from './perception-survey.ts';

defineOnce('sctmm-perception-survey', SctmmPerceptionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'sctmm-perception-survey': SctmmPerceptionSurvey;
  }
}

export { SctmmPerceptionSurvey };
