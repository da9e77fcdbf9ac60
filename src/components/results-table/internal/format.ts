import type { Lang } from '../../../engine/schema/common.ts';
import { localeOf } from '../../shared/localize.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** One formatter per language and kind, made on first use. */
function formatter(
  lang: Lang,
  kind: string,
  options: Intl.NumberFormatOptions,
) {
  const key = `${lang} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    formats.set(key, format);
  }
  return format;
}

/** Small values keep a third decimal: a Gini of 0,452 is not 0,45. */
function digits(value: number): number {
  return Math.abs(value) < 1 ? 3 : 2;
}

/**
 * `value` formatted by `kind` and `options`, unless that rounds a value
 * that is not zero to a zero (`0`, `-0`, `0 %`): then with two
 * significant digits instead, so 0,0000001 and -0,0001 show as they are.
 * A negative zero is a zero.
 */
function nonZero(
  value: number,
  lang: Lang,
  kind: string,
  options: Intl.NumberFormatOptions,
): string {
  const plain = value + 0;
  const text = formatter(lang, kind, options).format(plain);
  if (plain === 0 || /[1-9]/.test(text)) return text;
  const { maximumFractionDigits: _, ...rest } = options;
  return formatter(lang, `${kind} small`, {
    ...rest,
    maximumSignificantDigits: 2,
  }).format(plain);
}

/**
 * A value as people of `lang` write it, to two decimals (three below
 * one, and as many as it takes for a value so small that these would
 * show a zero): 1.846,2 in Spanish, 1,846.2 in English.
 */
export function formatValue(value: number, lang: Lang): string {
  const most = digits(value);
  return nonZero(value, lang, `value${most}`, {
    maximumFractionDigits: most,
  });
}

/** A change with its sign: +4,43, −2,1; no sign for no change. */
export function formatChange(change: number, lang: Lang): string {
  const most = digits(change);
  return nonZero(change, lang, `change${most}`, {
    maximumFractionDigits: most,
    signDisplay: 'exceptZero',
  });
}

/**
 * The whole number the shortest decimal form of `value` writes: for
 * 1.7e308, 17 and 307 zeros. Only for whole numbers.
 */
function wholeOf(value: number): bigint {
  const [digits = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = digits.split('.');
  const zeros = BigInt(Number(exponent) - fraction.length);
  return BigInt(whole + fraction) * 10n ** zeros;
}

/**
 * `current − baseline` with its sign, as `formatChange` writes it, also
 * when the difference is beyond the largest number: both values are then
 * whole numbers, subtracted as written, so that the change adds up with
 * the values shown beside it.
 */
export function formatDifference(
  baseline: number,
  current: number,
  lang: Lang,
): string {
  const change = current - baseline;
  if (Number.isFinite(change)) return formatChange(change, lang);
  return formatter(lang, 'change2', {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(wholeOf(current) - wholeOf(baseline));
}

/**
 * A relative change with its sign, to one decimal (more when that would
 * show a zero): +17,8 %, +0,044 %.
 */
export function formatRelative(share: number, lang: Lang): string {
  return nonZero(share, lang, 'relative', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
}

/** A share of the rule without a sign: 10 %, 50 %, 1 %. */
export function formatShare(share: number, lang: Lang): string {
  return nonZero(share, lang, 'share', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
}

const months = new Map<Lang, Intl.DateTimeFormat>();

function formatMonth(year: number, month: number, lang: Lang): string {
  let format = months.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    months.set(lang, format);
  }
  return format.format(Date.UTC(year, month - 1, 1));
}

const parts: Record<Lang, { Q: string; S: string }> = {
  es: { Q: 'T', S: 'S' },
  en: { Q: 'Q', S: 'H' },
};

/**
 * A period as people of `lang` read it: a year as it is, `2019-Q4` as
 * "2019 T4" (trimestre) or "2019 Q4", `2022-S1` as "2022 S1" or
 * "2022 H1", `2023-07` as the month's short name and the year.
 */
export function formatPeriod(period: string, lang: Lang): string {
  const match = /^(\d{4})-(?:([QS])(\d)|(\d{2}))$/.exec(period);
  if (!match) return period;
  const [, year, kind, part, month] = match;
  if (month) return formatMonth(Number(year), Number(month), lang);
  return `${year} ${parts[lang][kind as 'Q' | 'S']}${part}`;
}
