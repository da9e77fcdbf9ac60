import type { Lang } from '../../../engine/schema/common.ts';
import { localeOf } from '../../shared/localize.ts';

/** An ISO date (`YYYY-MM-DD`) as people of `lang` write it. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(0);
  // Date.UTC would read the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year!, month! - 1, day!);
  return new Intl.DateTimeFormat(localeOf(lang),
    { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today's date as people of `lang` write it. */
export function formatToday(lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' })
    .format(new Date());
}
