import { defaultModel } from './model/index.ts';
import { modelForEdition } from './editions.ts';
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
  es: { label: 'Índice CTI', level: 'Nivel', partial: 'parcial' },
  en: { label: 'SCT index', level: 'Level', partial: 'partial' },
} satisfies Record<Lang, Record<string, string>>;

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
 * missing), and the colour of the level from `LEVEL_COLORS`. The date
 * of measurement is not in it: shields.io shows whatever the file says.
 */
export function toShieldsEndpoint(
  snapshot: IndexSnapshot,
  lang: Lang = 'es',
): ShieldsEndpoint {
  const t = texts[lang];
  const model = modelForEdition(snapshot.edition) ?? defaultModel;
  const { score, level } = snapshot.index;
  const partial = isPartial(snapshot) ? ` · ${t.partial}` : '';
  return {
    schemaVersion: 1,
    label: t.label,
    message: `${t.level} ${level} · ${scoreText(score, lang)}${partial}`,
    color: levelColor(level, model.levels.length),
  };
}
