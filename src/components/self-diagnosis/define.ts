import '../radar-chart/define.ts';
import { defineOnce } from '../shared/define.ts';
import { SctmmSelfDiagnosis } from './self-diagnosis.ts';

defineOnce('sctmm-self-diagnosis', SctmmSelfDiagnosis);

declare global {
  interface HTMLElementTagNameMap {
    'sctmm-self-diagnosis': SctmmSelfDiagnosis;
  }
}

export { SctmmSelfDiagnosis };
