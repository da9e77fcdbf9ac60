import { exportScore } from './assessment.ts';
import { levelCount, levelOf, mean } from './levels.ts';
import { defaultModel, defaultSurvey } from './model/index.ts';
import type { DimensionalPart } from './schema/assessment.ts';
import type { Model } from './schema/model.ts';
import {
  type PerceptionAggregate,
  type PerceptionResult,
  type PerceptionScore,
  type RatedPart,
  SEGMENT_KEYS,
  type SegmentCounts,
} from './schema/perception.ts';
import type { Survey } from './schema/survey.ts';

/** A part's unrounded mean and the number of ratings it rests on. */
interface Raw {
  value: number | null;
  n: number;
}

/** The ratings of one statement pooled over `groups`: their sum, count. */
function statementRaw(
  groups: readonly SegmentCounts[],
  id: string,
  levels: number,
): Raw {
  let sum = 0;
  let n = 0;
  for (const group of groups) {
    if (!Object.hasOwn(group.counts, id)) continue;
    const counts = group.counts[id] as number[];
    for (let v = 1; v <= levels; v += 1) {
      sum += v * (counts[v] ?? 0);
      n += counts[v] ?? 0;
    }
  }
  return { value: n > 0 ? sum / n : null, n };
}

function combine(parts: readonly Raw[]): Raw {
  return {
    value: mean(parts.map((part) => part.value)),
    n: parts.reduce((total, part) => total + part.n, 0),
  };
}

function rated(id: string, raw: Raw, levels: number): RatedPart {
  const score = exportScore(raw.value);
  return { id, score, level: levelOf(score, levels), n: raw.n };
}

function scoreGroups(
  groups: readonly SegmentCounts[],
  survey: Survey,
  model: Model,
): PerceptionScore {
  const L = levelCount(model);
  const bySubdimension = new Map<string, Raw[]>();
  for (const statement of survey.statements) {
    const list = bySubdimension.get(statement.subdimension) ?? [];
    list.push(statementRaw(groups, statement.id, L));
    bySubdimension.set(statement.subdimension, list);
  }

  const dimensions = model.dimensions.map((dimension) => {
    const subs = dimension.subdimensions.map((sub) => ({
      id: sub.id,
      raw: combine(bySubdimension.get(sub.id) ?? []),
    }));
    return { id: dimension.id, raw: combine(subs.map((s) => s.raw)), subs };
  });

  const score = exportScore(mean(dimensions.map((d) => d.raw.value)));
  return {
    score,
    level: levelOf(score, L),
    n: groups.reduce((total, group) => total + group.respondents, 0),
    dimensions: dimensions.map((d) => ({
      ...rated(d.id, d.raw, L),
      subdimensions: d.subs.map((s) => rated(s.id, s.raw, L)),
    })),
  };
}

/**
 * Scores an aggregate on `model`'s scale. A statement's mean is
 * Σ v·count / Σ count over the ratings v = 1..L ("don't know" left out);
 * a sub-dimension's, the mean of its statements' means; a dimension's,
 * the mean of its sub-dimensions'; the score, the mean of the dimensions'.
 * A part without ratings has score and level `null` and is left out of
 * the means above it. The means are taken unrounded; each score is then
 * rounded to one decimal and its level is the level of that rounded score.
 *
 * `n` is the number of respondents at the top and the number of ratings
 * a part rests on below it. The overall scores pool every respondent;
 * `bySegment` scores each segment present in the aggregate alone. Counts
 * of statements that `survey` lacks are left out.
 *
 * Throws an `Error` when the aggregate counts another survey or a scale
 * of another number of levels than the model's.
 */
export function scorePerception(
  aggregate: PerceptionAggregate,
  survey: Survey = defaultSurvey,
  model: Model = defaultModel,
): PerceptionResult {
  if (aggregate.survey.id !== survey.id) {
    throw new Error('scorePerception: the aggregate counts survey ' +
      `"${aggregate.survey.id}", not "${survey.id}".`);
  }
  if (aggregate.levels !== levelCount(model)) {
    throw new Error(`scorePerception: the aggregate counts ` +
      `${aggregate.levels} levels; the ${model.edition} model has ` +
      `${levelCount(model)}.`);
  }

  const keys = SEGMENT_KEYS.filter((key) =>
    Object.hasOwn(aggregate.segments, key));
  const groupOf = (key: (typeof keys)[number]) =>
    aggregate.segments[key] as SegmentCounts;

  const bySegment: PerceptionResult['bySegment'] = {};
  for (const key of keys) {
    bySegment[key] = scoreGroups([groupOf(key)], survey, model);
  }
  return {
    ...scoreGroups(keys.map(groupOf), survey, model),
    bySegment,
  };
}

/**
 * The perception measurement as an assessment holds it: score, level,
 * `n` respondents and each dimension with its sub-dimensions.
 */
export function perceptionPart(
  result: PerceptionScore | PerceptionResult,
): DimensionalPart {
  return {
    score: result.score,
    level: result.level,
    n: result.n,
    dimensions: result.dimensions.map((dimension) => ({
      id: dimension.id,
      score: dimension.score,
      level: dimension.level,
      subdimensions: dimension.subdimensions.map(({ id, score, level }) =>
        ({ id, score, level })),
    })),
  };
}
