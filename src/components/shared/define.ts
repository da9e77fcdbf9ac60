import { VERSION } from '../../version.ts';
import { pageRegistry } from './registry.ts';
import { warnOnce } from './warn.ts';

/**
 * Registers `tag` unless this page already has it, from a second copy of
 * the bundle: then the first definition is kept, and this copy warns
 * once, naming both versions. `globalThis.__sctmm` records which version
 * defined each element.
 */
export function defineOnce(tag: string, element: CustomElementConstructor) {
  const registry = pageRegistry();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    registry.elements[tag] = VERSION;
    return;
  }
  if (existing === element) return;

  const first = registry.elements[tag];
  const other = first ? `sctmm ${first}` : 'another copy of sctmm';
  warnOnce('duplicate-definition', document.documentElement,
    `sctmm ${VERSION} is loaded on a page where ${other} already ` +
    'defines the elements; the elements of the first copy are used. ' +
    'Load one copy of sctmm per page.');
}
