import type { Assessment } from './schema/assessment.ts';
import type { Model } from './schema/model.ts';

/** Why an assessment cannot be carried over to another edition. */
export type EditionBarrier =
  | { why: 'levels'; from: number; to: number }
  | { why: 'parts'; ids: string[] };

/** The ids of the dimensions, sub-dimensions and axes an assessment uses. */
function partIds(assessment: Assessment): string[] {
  const ids = (assessment.capacity?.axes ?? []).map((axis) => axis.id);
  for (const part of [assessment.perception, assessment.results]) {
    for (const dimension of part?.dimensions ?? []) {
      ids.push(dimension.id, ...dimension.subdimensions.map((s) => s.id));
    }
  }
  return ids;
}

function modelIds(model: Model): Set<string> {
  return new Set([
    ...model.axes.map((axis) => axis.id),
    ...model.dimensions.flatMap((d) =>
      [d.id, ...d.subdimensions.map((s) => s.id)]),
  ]);
}

/**
 * What keeps an assessment scored on `from` from being read on `to`, or
 * `null` when nothing does. A score means a level on its own scale, so
 * scales of different lengths cannot be matched without changing what a
 * level says (a 3 of 5 is not a 3 of 6, nor 3.6 of 6); and every part
 * it scores must exist in `to`.
 */
export function editionBarrier(
  assessment: Assessment,
  from: Model,
  to: Model,
): EditionBarrier | null {
  if (from.levels.length !== to.levels.length) {
    return { why: 'levels', from: from.levels.length, to: to.levels.length };
  }
  const known = modelIds(to);
  const ids = [...new Set(partIds(assessment))].filter((id) => !known.has(id));
  return ids.length ? { why: 'parts', ids } : null;
}

/** The barrier as one English sentence, for developers and logs. */
export function describeBarrier(
  barrier: EditionBarrier,
  from: string,
  to: string,
): string {
  if (barrier.why === 'levels') {
    return `edition ${from} scores on ${barrier.from} levels and edition ` +
      `${to} on ${barrier.to}: a score cannot move to another scale ` +
      'without changing what its level means';
  }
  return `edition ${to} has no part ${barrier.ids.map((id) => `"${id}"`)
    .join(', ')}, which edition ${from} scores`;
}
