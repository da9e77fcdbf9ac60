import { parseSnapshot } from './snapshot.ts';
import { issueToString } from './schema/issues.ts';
import { levelsForEdition } from './edition-levels.ts';
import { levels2020 } from './model/levels-2020.ts';
import { roundScore } from './levels.ts';
import { MEASUREMENTS } from './maturity-index.ts';
import type { Lang } from './schema/common.ts';
import type { IndexSnapshot } from './schema/index-snapshot.ts';

/**
 * The colours of the six bands of the level scale, lowest first: rust,
 * ochre, olive, green, teal and dark blue. Each carries white text at a
 * contrast of at least 5:1 (WCAG AA asks 4.5:1), as shields.io and
 * `<sctmm-index-badge>` draw it. None is the red of an error.
 */
export const LEVEL_COLORS: readonly string[] = [
  '#9e3600',
  '#8a5a00',
  '#5f6b00',
  '#2e7d32',
  '#00707a',
  '#004884',
];

/**
 * The band (1..6) of `level` on a scale of `levels` levels: the level
 * itself on a 6-level scale, else spread over the six bands so that the
 * lowest level is always band 1 and the highest band 6.
 */
export function levelBand(level: number, levels: number): number {
  const bands = LEVEL_COLORS.length;
  if (levels <= 1) return bands;
  const at = (Math.min(levels, Math.max(1, level)) - 1) / (levels - 1);
  return 1 + Math.round(at * (bands - 1));
}

/** The colour of `level` on a scale of `levels` levels. */
export function levelColor(level: number, levels: number): string {
  return LEVEL_COLORS[levelBand(level, levels) - 1]!;
}

/** A shields.io endpoint document (schema version 1). */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

const texts = {
  es: {
    label: 'Índice CTI',
    level: 'Nivel',
    partial: 'parcial',
    stale: 'desactualizado',
  },
  en: {
    label: 'SCT index',
    level: 'Level',
    partial: 'partial',
    stale: 'out of date',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The grey of a badge whose value is out of date. */
export const STALE_COLOR = '#595959';

/** How old a snapshot may be, and as of when, for the endpoint. */
export interface ShieldsOptions {
  /** Days after `measuredAt` when the value is out of date (400). */
  maxAge?: number;
  /** The day to judge the age by; today by default. */
  now?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A score with one decimal, with a decimal comma in Spanish. */
function scoreText(score: number, lang: Lang): string {
  const text = roundScore(score).toFixed(1);
  return lang === 'es' ? text.replace('.', ',') : text;
}

/** Whether a snapshot lists its parts and one of them is missing. */
export function isPartial(snapshot: IndexSnapshot): boolean {
  const parts = snapshot.parts;
  return parts !== undefined && MEASUREMENTS.some((part) => !parts[part]);
}

/**
 * The snapshot as a shields.io endpoint, so that sites that cannot run
 * scripts show the same badge through
 * `https://img.shields.io/endpoint?url=…`: label "Índice CTI" (or "SCT
 * index"), message "Nivel 4 · 3,8" (with "· parcial" when a part is
 * missing, and "· desactualizado" in grey when the measurement is older
 * than `maxAge` days), coloured by level from `LEVEL_COLORS`. The
 * snapshot is validated first: a document that is not a valid snapshot
 * throws a `RangeError` listing its issues, so that a build step never
 * publishes a wrong badge.
 */
export function toShieldsEndpoint(
  snapshot: unknown,
  lang: Lang = 'es',
  options: ShieldsOptions = {},
): ShieldsEndpoint {
  const parsed = parseSnapshot(snapshot);
  if (!parsed.ok) {
    throw new RangeError('toShieldsEndpoint: not a valid index snapshot: ' +
      parsed.issues.map(issueToString).join('; '));
  }
  const valid = parsed.value;
  const t = texts[lang === 'en' ? 'en' : 'es'];
  const levels = levelsForEdition(valid.edition) ?? levels2020;
  const { score, level } = valid.index;
  const age = (options.now ?? new Date()).getTime() -
    Date.parse(`${valid.measuredAt}T00:00:00Z`);
  const stale = age > (options.maxAge ?? 400) * DAY_MS;
  const partial = isPartial(valid) ? ` · ${t.partial}` : '';
  const late = stale ? ` · ${t.stale}` : '';
  return {
    schemaVersion: 1,
    label: t.label,
    message: `${t.level} ${level} · ${scoreText(score, lang)}` +
      `${partial}${late}`,
    color: stale ? STALE_COLOR : levelColor(level, levels.length),
  };
}
