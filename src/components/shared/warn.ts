const warned = new Set<string>();

/**
 * Tells a developer, once per code and element, about a mistake in how
 * the library is used or in the data it was given.
 */
export function warnOnce(code: string, element: Element, message: string) {
  const key = `${element.localName}:${code}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[${element.localName}] ${code}: ${message}`);
}
