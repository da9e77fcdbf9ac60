import type { Lang } from '../../engine/schema/common.ts';
import { localeOf } from './localize.ts';

const formats = new Map<Lang, Intl.ListFormat>();

/**
 * Items joined as a sentence of `lang` joins them: "a, b y c" or
 * "a, b, and c". One formatter per language, made on first use.
 */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(localeOf(lang), { type: 'conjunction' });
    formats.set(lang, format);
  }
  return format.format(items);
}
