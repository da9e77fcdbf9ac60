import type { Lang } from '../../../engine/schema/common.ts';
import { formatScore, localeOf } from '../../shared/localize.ts';

function cached<T>(make: (lang: Lang) => T) {
  const made = new Map<Lang, T>();
  return (lang: Lang): T => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(lang);
      made.set(lang, value);
    }
    return value;
  };
}

const formatOf = (options: Intl.NumberFormatOptions) =>
  cached((lang) => new Intl.NumberFormat(localeOf(lang), options));

const boundFormat = formatOf({ maximumFractionDigits: 2 });
const significant = formatOf({ maximumSignificantDigits: 2 });
const scientific = formatOf({
  notation: 'scientific',
  maximumSignificantDigits: 3,
});

/**
 * From this size up, and below `TINY` (zero aside), a number is written
 * as a power of ten (1,8E308): its digits in full would fill a line, and
 * multiplying it to round it could overflow to infinity.
 */
const HUGE = 1e15;
const TINY = 1e-6;

/**
 * `value` as `plain` writes it, unless that is a zero (or −0) for a
 * value that is not one: then to two significant digits, so that −0,04
 * shows as it is. Very large and very small values go to `scientific`.
 */
function written(value: number, lang: Lang, plain: (v: number) => string) {
  const size = Math.abs(value);
  if (size >= HUGE || (size > 0 && size < TINY)) {
    return scientific(lang).format(value);
  }
  const text = plain(value + 0);
  return value === 0 || /[1-9]/.test(text) ? text
    : significant(lang).format(value);
}

/** A bound of the scale: a whole number, or up to two decimals. */
export function formatBound(value: number, lang: Lang): string {
  return written(value, lang, (v) => boundFormat(lang).format(v));
}

/**
 * A value of a series as the table, summary and announcements read it:
 * one decimal (4,2 or 4.2), with the exceptions of `written`.
 */
export function formatValue(value: number, lang: Lang): string {
  return written(value, lang, (v) => formatScore(v, lang));
}
