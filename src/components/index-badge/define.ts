import { defineOnce } from '../shared/define.ts';
import { SctmmIndexBadge } from './index-badge.ts';

defineOnce('sctmm-index-badge', SctmmIndexBadge);

declare global {
  interface HTMLElementTagNameMap {
    'sctmm-index-badge': SctmmIndexBadge;
  }
}

export { SctmmIndexBadge };
