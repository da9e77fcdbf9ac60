import type { ErrorCode } from './events.ts';

/**
 * What `String(value)` gives for an object or an array of objects, as a
 * framework that sets every prop as an attribute (React 18) passes them.
 */
const stringifiedObject = /^\[object [^\]]+\](,\[object [^\]]+\])*$/;

/** What the attribute converter gives for text that is not JSON. */
export class NotJson {
  /**
   * `object-attribute` when the text is an object turned into a string
   * ("[object Object]"), which only a property can carry; `not-json`
   * otherwise.
   */
  readonly code: Extract<ErrorCode, 'not-json' | 'object-attribute'>;

  constructor(readonly text: string) {
    this.code = stringifiedObject.test(text.trim())
      ? 'object-attribute' : 'not-json';
  }
}

/**
 * Reads a JSON attribute without ever throwing: text that does not parse
 * becomes a `NotJson`, which the element reports as an error.
 */
export const jsonConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return new NotJson(value);
    }
  },
};
