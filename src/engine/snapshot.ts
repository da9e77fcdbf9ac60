import { exportScore } from './assessment.ts';
import { modelForEdition } from './editions.ts';
import { levelOf } from './levels.ts';
import {
  type IndexWeights,
  MEASUREMENTS,
  maturityIndex,
} from './maturity-index.ts';
import type { Assessment, Entity } from './schema/assessment.ts';
import {
  INDEX_SNAPSHOT_FORMAT,
  type IndexSnapshot,
  IndexSnapshotSchema,
  type LevelledScore,
} from './schema/index-snapshot.ts';
import { type ParseResult, safeParse } from './schema/issues.ts';
import type { Model } from './schema/model.ts';

/**
 * Checks an index snapshot document. Never throws: a bad document gives
 * the issues found, each named by its path, e.g. `index.level`.
 */
export function parseSnapshot(data: unknown): ParseResult<IndexSnapshot> {
  return safeParse(IndexSnapshotSchema, data);
}

/** Choices for `snapshotFromAssessment`; every one is optional. */
export interface SnapshotOptions {
  /** The weights of the index; equal by default. */
  weights?: IndexWeights;
  /** The model to score on; by default the assessment's edition's. */
  model?: Model;
  /** Another name or code for the entity than the assessment's. */
  entity?: Entity;
  /** Another date of measurement than the assessment's (`YYYY-MM-DD`). */
  measuredAt?: string;
  /** The http(s) URL where the snapshot will be published. */
  source?: string;
}

function levelled(score: number | null, levels: number) {
  const rounded = exportScore(score);
  const level = levelOf(rounded, levels);
  return rounded === null || level === null
    ? null
    : { score: rounded, level } satisfies LevelledScore;
}

/**
 * The index snapshot of an assessment, as a portal publishes it: the
 * index of the measurements taken, each score rounded to one decimal
 * with the level of the rounded score. A self-diagnosis alone gives a
 * partial snapshot: capacity only, perception and results `null`.
 * `null` when no measurement has a score. Throws a `RangeError` when
 * the library has no model of the assessment's edition and none is
 * given, or when the weights are invalid.
 */
export function snapshotFromAssessment(
  assessment: Assessment,
  options: SnapshotOptions = {},
): IndexSnapshot | null {
  const model = options.model ?? modelForEdition(assessment.edition);
  if (!model) {
    throw new RangeError('snapshotFromAssessment: no model of edition ' +
      `"${assessment.edition}"; pass one as options.model.`);
  }
  const levels = model.levels.length;
  const scores = Object.fromEntries(MEASUREMENTS.map((part) =>
    [part, assessment[part]?.score ?? null]));
  const index = levelled(
    maturityIndex(scores, options.weights, model).score, levels);
  if (!index) return null;

  return {
    format: INDEX_SNAPSHOT_FORMAT,
    entity: options.entity ?? assessment.entity,
    edition: model.edition,
    measuredAt: options.measuredAt ?? assessment.measuredAt,
    index,
    parts: {
      perception: levelled(scores.perception ?? null, levels),
      results: levelled(scores.results ?? null, levels),
      capacity: levelled(scores.capacity ?? null, levels),
    },
    ...(options.source ? { source: options.source } : {}),
  };
}
