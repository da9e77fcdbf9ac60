/** What the attribute converter gives for text that is not JSON. */
export class NotJson {
  constructor(readonly text: string) {}
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
