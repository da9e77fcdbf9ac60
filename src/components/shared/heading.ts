import { nothing } from 'lit';
import { html, literal } from 'lit/static-html.js';
import { asWritten, warnOnce } from './warn.ts';

const TAGS = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Where a heading is found and how it looks. */
export interface HeadingOptions {
  id?: string;
  className?: string;
}

/**
 * The level the `heading-level` of `element` asks for: a whole number
 * from 1 to `highest`, else `fallback`, with a warning. An element whose
 * headings go `depth` levels below its first passes `6 - depth` as
 * `highest`, so that none falls past `h6`.
 */
export function headingLevelOf(
  element: Element,
  value: unknown,
  fallback: number,
  highest = 6,
): number {
  if (value === null || value === undefined) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= highest) {
    return level;
  }
  const written = asWritten(element, { attribute: 'heading-level',
    property: 'headingLevel', value }, Number);
  warnOnce('invalid-heading-level', element, `${written} is not a whole ` +
    `number from 1 to ${highest}; using ${fallback}.`);
  return fallback;
}

/** A heading `h1` to `h6` (clamped) with `content`. */
export function renderHeading(
  level: number,
  content: unknown,
  options: HeadingOptions = {},
) {
  const tag = TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1];
  return html`<${tag} id=${options.id ?? nothing}
    class=${options.className ?? nothing}>${content}</${tag}>`;
}
