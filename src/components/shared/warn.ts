const warned = new WeakMap<Element, Set<string>>();

/**
 * Tells a developer about a mistake in how an element is used or in the
 * data it was given: once per element and message, so that a re-render
 * repeats nothing while a new mistake, or another element's, is told.
 */
export function warnOnce(code: string, element: Element, message: string) {
  const key = `${code}: ${message}`;
  let told = warned.get(element);
  if (!told) {
    told = new Set();
    warned.set(element, told);
  }
  if (told.has(key)) return;
  told.add(key);
  console.warn(`[${element.localName}] ${key}`);
}
