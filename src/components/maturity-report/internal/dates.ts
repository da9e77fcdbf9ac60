import type { Lang } from '../../../engine/schema/common.ts';
import { localeOf } from '../../shared/localize.ts';

/** An ISO date (`YYYY-MM-DD`) as people of `lang` write it. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang),
    { dateStyle: 'long', timeZone: 'UTC' })
    .format(Date.UTC(year!, month! - 1, day!));
}

/** Today's date as people of `lang` write it. */
export function formatToday(lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' })
    .format(new Date());
}
