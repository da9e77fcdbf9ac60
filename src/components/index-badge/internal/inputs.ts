import * as z from 'zod/mini';
import { levelOf } from '../../../engine/levels.ts';
import { levelledScoreIssues } from
  '../../../engine/schema/index-snapshot.ts';
import type { Issue } from '../../../engine/schema/issues.ts';
import { asWritten, warnOnce } from '../../shared/warn.ts';

/**
 * Reads a number attribute: a decimal comma is accepted ("3,8"), and an
 * empty or unreadable value gives `NaN`, so that it is reported.
 */
export const numberAttribute = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null) return undefined;
    const text = value.trim().replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
    return text === '' ? Number.NaN : Number(text);
  },
};

/** The index as the static attributes give it. */
export interface StaticIndex {
  score: number;
  level: number;
  measuredAt?: string;
}

const DateSchema = z.iso.date();

/**
 * What is wrong with a `level` attribute on a scale of `levels` levels:
 * nothing when it is absent or a whole number from 1 to `levels`.
 */
export function levelIssues(
  level: number | undefined,
  levels: number,
): Issue[] {
  if (level === undefined ||
    (Number.isInteger(level) && level >= 1 && level <= levels)) return [];
  return [{ path: 'level',
    message: `expected a whole number from 1 to ${levels}` }];
}

/**
 * Checks the static attributes on a scale of `levels` levels: `score`
 * in [0, L], `level` (when given) the level of `score`, `measured-at`
 * an ISO date. Issues name the attributes.
 */
export function checkStatic(
  input: { score: number; level?: number; measuredAt?: string },
  levels: number,
): { ok: true; value: StaticIndex } | { ok: false; issues: Issue[] } {
  const { score, level, measuredAt } = input;
  const issues: Issue[] = [];
  if (!Number.isFinite(score) || score < 0) {
    issues.push({ path: 'score',
      message: `expected a number from 0 to ${levels}` });
  }
  issues.push(...levelIssues(level, levels));
  if (measuredAt !== undefined && !DateSchema.safeParse(measuredAt).success) {
    issues.push({ path: 'measured-at',
      message: 'expected a date as YYYY-MM-DD' });
  }
  if (issues.length) return { ok: false, issues };

  const value = { score, level: level ?? levelOf(score, levels)! };
  const found = levelledScoreIssues(value, levels);
  if (found.length) return { ok: false, issues: found };
  return {
    ok: true,
    value: { ...value, ...(measuredAt ? { measuredAt } : {}) },
  };
}

/** The timing and look options, each valid or replaced by its default. */
export interface Options {
  refresh: number;
  timeout: number;
  maxAge: number;
  variant: 'flat' | 'card';
}

const DEFAULTS: Options = {
  refresh: 0,
  timeout: 10,
  maxAge: 400,
  variant: 'flat',
};

/** The shortest wait between two requests, in seconds. */
export const MIN_REFRESH = 1;

/**
 * The options of `el`, each checked; a value that cannot be used is
 * replaced by its default (or `refresh` by the minimum) with a warning.
 */
export function checkOptions(el: Element, given: Options): Options {
  const options = { ...given };
  const fix = (name: keyof Options, attribute: string, value: unknown,
    replacement: number | string, why: string) => {
    const written = asWritten(el, { attribute, property: name, value },
      name === 'variant' ? undefined : numberAttribute.fromAttribute);
    warnOnce(`invalid-${attribute}`, el,
      `${written} ${why}; using ${replacement}.`);
    (options as Record<string, unknown>)[name] = replacement;
  };
  const { refresh, timeout, maxAge, variant } = given;
  if (!(Number.isFinite(refresh) && refresh >= 0)) {
    fix('refresh', 'refresh', refresh, DEFAULTS.refresh,
      'is not a number of seconds');
  } else if (refresh > 0 && refresh < MIN_REFRESH) {
    fix('refresh', 'refresh', refresh, MIN_REFRESH,
      `is less than the minimum of ${MIN_REFRESH} s`);
  }
  if (!(Number.isFinite(timeout) && timeout > 0)) {
    fix('timeout', 'timeout', timeout, DEFAULTS.timeout,
      'is not a number of seconds above 0');
  }
  if (!(maxAge >= 0)) {
    fix('maxAge', 'max-age', maxAge, DEFAULTS.maxAge,
      'is not a number of days');
  }
  if (variant !== 'flat' && variant !== 'card') {
    fix('variant', 'variant', variant, DEFAULTS.variant,
      'is not one of flat, card');
  }
  return options;
}
