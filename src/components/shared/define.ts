import { warnOnce } from './warn.ts';

/**
 * Registers `tag` unless this page already has it (for instance from a
 * second copy of the bundle), in which case it warns and keeps the first.
 */
export function defineOnce(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    warnOnce('duplicate-definition', document.documentElement,
      `<${tag}> is already defined, probably by a second copy of sctmm ` +
      'on this page; the first definition is kept.');
  }
}
