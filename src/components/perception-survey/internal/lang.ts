import { warnOnce } from '../../shared/warn.ts';

/** Language tags the survey speaks: Spanish and English, any region. */
const SPOKEN = /^(es|en)(-|$)/i;

/**
 * Warns the developer, once, when the element's own `lang` names a
 * language it does not speak; it speaks Spanish then.
 */
export function warnUnspokenLang(el: HTMLElement): void {
  const tag = el.lang?.trim();
  if (!tag || SPOKEN.test(tag)) return;
  warnOnce('unsupported-lang', el, `lang="${tag}" is not a language of ` +
    'this element (es, en); it speaks Spanish.');
}
