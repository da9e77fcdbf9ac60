import type { Lang } from '../../../engine/schema/common.ts';
import { localeOf } from '../../shared/localize.ts';

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

const boundFormat = cached((lang) => new Intl.NumberFormat(localeOf(lang), {
  maximumFractionDigits: 2,
}));

/** A bound of the scale: a whole number, or up to two decimals. */
export function formatBound(value: number, lang: Lang): string {
  return boundFormat(lang).format(value);
}
