import { VERSION } from '../../version.ts';

/**
 * What `globalThis.__sctmm` holds: which copies of sctmm a page loaded
 * and which of them defined each element. Every copy, of any version,
 * reads and writes this one object.
 */
export interface SctmmRegistry {
  /** The version of every copy loaded, in the order they ran. */
  copies: string[];
  /** The version of the copy that defined each element, by tag. */
  elements: Record<string, string>;
}

declare global {
  // A `var` is what makes a property of globalThis in a declaration.
  var __sctmm: SctmmRegistry | undefined;
}

let joined = false;

/** The page's registry, with this copy counted in it. */
export function pageRegistry(): SctmmRegistry {
  const registry = globalThis.__sctmm ??= { copies: [], elements: {} };
  if (!joined) {
    registry.copies.push(VERSION);
    joined = true;
  }
  return registry;
}
