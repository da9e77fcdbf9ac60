const warned = new WeakMap<Element, Set<string>>();
const warnedKinds = new Set<string>();

/**
 * Who a warning is about: the element's tag, or `sctmm` for the page
 * itself, as when a second copy of the library is loaded.
 */
function subjectOf(element: Element): string {
  return element === element.ownerDocument.documentElement
    ? 'sctmm' : element.localName;
}

/**
 * Tells a developer about a mistake in how an element is used or in the
 * data it was given: once per element and message, so that a re-render
 * repeats nothing while a new mistake, or another element's, is told. A
 * mistake of the page as a whole is told about `document.documentElement`
 * and starts with `[sctmm]`.
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
  console.warn(`[${subjectOf(element)}] ${key}`);
}

/**
 * Like `warnOnce`, but once per kind of element (its tag) and `topic`,
 * for a mistake that every element of a kind would repeat, such as the
 * language of the page.
 */
export function warnOncePerKind(
  code: string,
  element: Element,
  topic: string,
  message: string,
) {
  const key = `${element.localName} ${code} ${topic}`;
  if (warnedKinds.has(key)) return;
  warnedKinds.add(key);
  console.warn(`[${subjectOf(element)}] ${code}: ${message}`);
}

/** What turns an attribute's text into its property's value. */
export type FromAttribute = (text: string) => unknown;

/**
 * A setting as the author wrote it, for a warning: `max-age="x"` when
 * the value came from the attribute (its text converts to the value),
 * else the property and the value given, `maxAge = NaN`.
 */
export function asWritten(
  element: Element,
  setting: { attribute: string; property: string; value: unknown },
  fromAttribute: FromAttribute = (text) => text,
): string {
  const { attribute, property, value } = setting;
  const text = element.getAttribute(attribute);
  if (text !== null && Object.is(fromAttribute(text), value)) {
    return `${attribute}="${text}"`;
  }
  const shown = typeof value === 'string' ? JSON.stringify(value)
    : String(value);
  return `${property} = ${shown}`;
}
