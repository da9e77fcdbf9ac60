import { exportScore } from './assessment.ts';
import { levelOf, mean } from './levels.ts';
import type {
  Assessment,
  CapacityPart,
  DimensionalPart,
} from './schema/assessment.ts';
import type { Issue } from './schema/issues.ts';
import type { Model } from './schema/model.ts';
import type { Scored, ScoredPart } from './schema/result.ts';

/** What recomputing an assessment from its parts found. */
export interface Recomputed {
  assessment: Assessment;
  /** Scores and levels of the document that its parts did not give. */
  notes: Issue[];
  /** Parts the model lacks, repeated parts, scores above the scale. */
  issues: Issue[];
}

/**
 * How far a score may lie from the mean of its parts and be kept as it
 * is: the parts are rounded to one decimal, so their mean can drift
 * from the mean of the unrounded values by up to this much.
 */
const ROUNDING = 0.1 + 1e-9;

class Settler {
  readonly notes: Issue[] = [];
  readonly issues: Issue[] = [];

  constructor(private readonly levels: number) {}

  /** A part without parts of its own: its score stays, its level follows. */
  leaf(path: string, given: Scored): Scored {
    if (given.score !== null && given.score > this.levels) {
      this.issues.push({ path: `${path}.score`,
        message: `expected at most ${this.levels}` });
    }
    return this.level(path, given, given.score);
  }

  /** A part made of `parts`: the mean of their scores, unless it has none. */
  parent(path: string, given: Scored, parts: Scored[], what: string) {
    if (!parts.length) return this.leaf(path, given);

    const computed = exportScore(mean(parts.map((part) => part.score)));
    const close = computed !== null && given.score !== null &&
      Math.abs(given.score - computed) <= ROUNDING;
    if (!close && given.score !== computed) {
      this.notes.push({ path: `${path}.score`,
        message: `was ${given.score}; ${computed} from its ${what}` });
    }
    return this.level(path, given, close ? given.score : computed);
  }

  private level(path: string, given: Scored, score: number | null): Scored {
    const level = levelOf(score, this.levels);
    if (given.level !== level) {
      this.notes.push({ path: `${path}.level`,
        message: `was ${given.level}; ${level}, the level of ${score}` });
    }
    return { score, level };
  }

  /** Checks that each id is known and listed once. */
  ids(path: string, parts: ScoredPart[], known: Set<string>, what: string) {
    const seen = new Set<string>();
    parts.forEach((part, i) => {
      if (!known.has(part.id)) {
        this.issues.push({ path: `${path}[${i}].id`,
          message: `"${part.id}" is not ${what} of the model` });
      } else if (seen.has(part.id)) {
        this.issues.push({ path: `${path}[${i}].id`,
          message: `"${part.id}" is listed twice` });
      }
      seen.add(part.id);
    });
  }
}

function capacityOf(part: CapacityPart, model: Model, s: Settler) {
  s.ids('capacity.axes', part.axes, new Set(model.axes.map((a) => a.id)),
    'an enabling axis');
  const axes = part.axes.map((axis, i) => ({
    id: axis.id,
    ...s.leaf(`capacity.axes[${i}]`, axis),
  }));
  return { ...part, ...s.parent('capacity', part, axes, 'axes'), axes };
}

function dimensionalOf(
  name: 'perception' | 'results',
  part: DimensionalPart,
  model: Model,
  s: Settler,
) {
  const byId = new Map(model.dimensions.map((d) => [d.id, d]));
  s.ids(`${name}.dimensions`, part.dimensions, new Set(byId.keys()),
    'a dimension');
  const dimensions = part.dimensions.map((dimension, i) => {
    const path = `${name}.dimensions[${i}]`;
    const known = byId.get(dimension.id)?.subdimensions ?? [];
    s.ids(`${path}.subdimensions`, dimension.subdimensions,
      new Set(known.map((sub) => sub.id)), `a sub-dimension of ${
        dimension.id}`);
    const subdimensions = dimension.subdimensions.map((sub, j) => ({
      id: sub.id,
      ...s.leaf(`${path}.subdimensions[${j}]`, sub),
    }));
    return { id: dimension.id,
      ...s.parent(path, dimension, subdimensions, 'sub-dimensions'),
      subdimensions };
  });
  return { ...part, ...s.parent(name, part, dimensions, 'dimensions'),
    dimensions };
}

/**
 * Checks the parts of an assessment against `model` and settles every
 * score from its parts: a sub-dimension's or an axis's score is given;
 * a dimension's is the mean of its sub-dimensions, a measurement's the
 * mean of its dimensions or axes. A score within rounding of that mean
 * is kept; any other is replaced, and each level is the level of its
 * score. A part listed without parts keeps its score. Each change is a
 * note; ids the model lacks and scores above its scale are issues.
 */
export function recomputeAssessment(
  assessment: Assessment,
  model: Model,
): Recomputed {
  const s = new Settler(model.levels.length);
  const { capacity, perception, results } = assessment;
  const settled: Assessment = {
    ...assessment,
    capacity: capacity && capacityOf(capacity, model, s),
    perception: perception && dimensionalOf('perception', perception,
      model, s),
    results: results && dimensionalOf('results', results, model, s),
  };
  return { assessment: settled, notes: s.notes, issues: s.issues };
}
