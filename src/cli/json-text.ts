/**
 * JSON as people read it: indented by two spaces, with arrays of numbers
 * kept on one line, so that each statement's counts read as a row.
 * Ends with a newline.
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, list: string) => `[${list.split(/,\s+/).join(', ')}]`)}\n`;
}
