import { localIsoDate, todayIso } from '../../shared/download.ts';

/** DANE's DIVIPOLA code: 2 digits (department) or 5 (municipality). */
const DIVIPOLA = /^\d{2}(\d{3})?$/;

/** `value` as a DIVIPOLA code, or `undefined` when it is not one. */
export function divipolaOf(value: string | undefined): string | undefined {
  const code = value?.trim();
  return code && DIVIPOLA.test(code) ? code : undefined;
}

/**
 * The date of a measurement whose answers last changed at `completedAt`
 * (an ISO time), as `YYYY-MM-DD` in the user's time zone; today when
 * that time is unknown.
 */
export function measuredOn(completedAt: string | undefined): string {
  const time = Date.parse(completedAt ?? '');
  return Number.isNaN(time) ? todayIso() : localIsoDate(new Date(time));
}
