import { levelsForEdition } from '../../../engine/edition-levels.ts';
import { MEASUREMENTS } from '../../../engine/maturity-index.ts';
import { levels2020 } from '../../../engine/model/levels-2020.ts';
import type { LocalizedText } from '../../../engine/schema/common.ts';
import type {
  IndexSnapshot,
  LevelledScore,
} from '../../../engine/schema/index-snapshot.ts';
import type { Measurement } from '../../../engine/schema/model.ts';
import type { BadgeFailure } from './load-snapshot.ts';
import type { StaticIndex } from './inputs.ts';

/** What the badge shows, as its `state` attribute says. */
export type BadgeState = 'loading' | 'ready' | 'stale' | 'error' | 'empty';

/** Where the value (or the failure) came from. */
export type Origin = 'src' | 'attribute' | 'property';

/** The value the badge shows, whatever its source. */
export interface BadgeData {
  entity?: string;
  score: number;
  level: number;
  /** The number of levels of the scale (6 in 2020). */
  levels: number;
  levelName?: LocalizedText;
  measuredAt?: string;
  /** Each part, `null` when not measured; absent when not listed. */
  parts?: Record<Measurement, LevelledScore | null>;
  /** The parts not measured, when the parts are listed. */
  missing: Measurement[];
  source?: string;
}

/** Everything the badge renders, settled before rendering. */
export interface BadgeView {
  state: BadgeState;
  data?: BadgeData;
  /** Why there is no value (`error`), or why it could not be updated. */
  failure?: BadgeFailure;
  origin?: Origin;
  /** Whether `measuredAt` is older than `max-age` days. */
  old: boolean;
}

/** The value of a snapshot, on its edition's scale. */
export function dataFromSnapshot(snapshot: IndexSnapshot): BadgeData {
  const levels = levelsForEdition(snapshot.edition) ?? levels2020;
  const { score, level } = snapshot.index;
  const listed = snapshot.parts;
  const parts = listed && Object.fromEntries(MEASUREMENTS.map((part) =>
    [part, listed[part] ?? null])) as Record<Measurement,
      LevelledScore | null>;
  return {
    entity: snapshot.entity.name,
    score,
    level,
    levels: levels.length,
    levelName: levels[level - 1]?.name,
    measuredAt: snapshot.measuredAt,
    ...(parts ? { parts } : {}),
    missing: parts ? MEASUREMENTS.filter((part) => !parts[part]) : [],
    ...(snapshot.source ? { source: snapshot.source } : {}),
  };
}

/** The value of the static attributes, on the default model's scale. */
export function dataFromStatic(
  value: StaticIndex,
  entity: string | undefined,
): BadgeData {
  const levels = levels2020;
  return {
    ...(entity ? { entity } : {}),
    score: value.score,
    level: value.level,
    levels: levels.length,
    levelName: levels[value.level - 1]?.name,
    ...(value.measuredAt ? { measuredAt: value.measuredAt } : {}),
    missing: [],
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!);
}

/** Whole days from the ISO date `from` to the ISO date `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** What the badge has to show, before it is settled into a view. */
export type Source =
  | { kind: 'empty' }
  | { kind: 'value'; data: BadgeData; origin: Origin }
  | { kind: 'invalid'; failure: BadgeFailure; origin: Origin }
  | {
    kind: 'live';
    data?: BadgeData;
    failure?: BadgeFailure;
    loading: boolean;
  };

/**
 * The state and content of the badge: `empty` without data, `loading`
 * before the first value of `src`, `error` with nothing good to show,
 * `stale` for a value older than `maxAge` days or one that a refresh
 * failed to renew, else `ready`. `today` is an ISO date.
 */
export function resolveView(
  source: Source,
  maxAge: number,
  today: string,
): BadgeView {
  if (source.kind === 'empty') return { state: 'empty', old: false };
  if (source.kind === 'invalid') {
    return { state: 'error', failure: source.failure,
      origin: source.origin, old: false };
  }
  const origin = source.kind === 'live' ? 'src' : source.origin;
  const failure = source.kind === 'live' ? source.failure : undefined;
  const data = source.data;
  if (!data) {
    return failure
      ? { state: 'error', failure, origin, old: false }
      : { state: source.kind === 'live' ? 'loading' : 'empty', old: false };
  }
  const old = data.measuredAt !== undefined &&
    daysBetween(data.measuredAt, today) > maxAge;
  return {
    state: old || failure ? 'stale' : 'ready',
    data,
    ...(failure ? { failure } : {}),
    origin,
    old,
  };
}
