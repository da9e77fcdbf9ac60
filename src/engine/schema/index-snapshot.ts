import * as z from 'zod/mini';
import { editionLevels, levelsForEdition } from '../edition-levels.ts';
import { levelOf } from '../levels.ts';
import { LevelSchema, ScoreSchema } from './common.ts';
import { EntitySchema } from './entity.ts';
import type { Issue } from './issues.ts';

/** The format tag of an index snapshot, version 1. */
export const INDEX_SNAPSHOT_FORMAT = 'sctmm/index-snapshot@1';

/** A score with its level, both given: the index or one of its parts. */
export const LevelledScoreSchema = z.object({
  score: ScoreSchema,
  level: LevelSchema,
});

/** A part of the index: its score and level, or `null` if not taken. */
const PartSchema = z.optional(z.nullable(LevelledScoreSchema));

const IndexSnapshotShape = z.object({
  format: z.literal(INDEX_SNAPSHOT_FORMAT),
  entity: EntitySchema,
  edition: z._default(z.string(), '2020'),
  measuredAt: z.iso.date('expected a date as YYYY-MM-DD'),
  index: LevelledScoreSchema,
  parts: z.optional(z.object({
    perception: PartSchema,
    results: PartSchema,
    capacity: PartSchema,
  })),
  source: z.optional(z.httpUrl('expected an http or https URL')),
});

/** A score and level as a snapshot holds them. */
export type LevelledScore = z.infer<typeof LevelledScoreSchema>;

/**
 * What is wrong with `value` (a score and its level) on a scale of
 * `levels` levels: a score above `L`, a level above `L`, or a level
 * that is not the level of the score. `path` names where it lies.
 */
export function levelledScoreIssues(
  value: LevelledScore,
  levels: number,
  path: readonly PropertyKey[] = [],
): Issue[] {
  const at = (key: string) => [...path, key].map(String).join('.');
  const issues: Issue[] = [];
  if (value.score > levels) {
    issues.push({ path: at('score'), message: `expected at most ${levels}` });
  }
  // Scores below 0 and levels below 1 are the schema's own issues.
  const comparable = !issues.length && value.score >= 0 &&
    Number.isInteger(value.level) && value.level >= 1;
  if (value.level > levels) {
    issues.push({ path: at('level'), message: `expected at most ${levels}` });
  } else if (comparable && value.level !== levelOf(value.score, levels)) {
    issues.push({
      path: at('level'),
      message: `expected ${levelOf(value.score, levels)}, the level of ` +
        `score ${value.score}, got ${value.level}`,
    });
  }
  return issues;
}

type Shape = z.infer<typeof IndexSnapshotShape>;

/** The scored parts of a snapshot with where each lies. */
function scored(snapshot: Shape): [string[], LevelledScore][] {
  const found: [string[], LevelledScore][] = [[['index'], snapshot.index]];
  for (const [key, part] of Object.entries(snapshot.parts ?? {})) {
    if (part) found.push([['parts', key], part]);
  }
  return found;
}

/**
 * The index snapshot a transparency portal publishes and
 * `<sctmm-index-badge src>` reads: the entity, the index and its parts
 * with their levels, the date of measurement, the model's edition and
 * where the file lives. Each level must be the level of its score on the
 * edition's scale.
 */
export const IndexSnapshotSchema = IndexSnapshotShape.check(
  z.superRefine((snapshot, ctx) => {
    const levels = levelsForEdition(snapshot.edition);
    if (!levels) {
      const known = Object.keys(editionLevels).join(', ');
      ctx.addIssue({ code: 'custom', path: ['edition'],
        message: `expected one of ${known}`, input: snapshot.edition });
      return;
    }
    let levelIssues = 0;
    for (const [path, value] of scored(snapshot)) {
      for (const issue of levelledScoreIssues(value, levels.length)) {
        const key = issue.path;
        levelIssues++;
        ctx.addIssue({ code: 'custom', path: [...path, key],
          message: issue.message, input: value });
      }
    }
    const issue = levelIssues ? undefined : indexWithinParts(snapshot);
    if (issue) {
      ctx.addIssue({ code: 'custom', path: issue.path,
        message: issue.message, input: snapshot.index });
    }
  }),
);

/**
 * An index is a weighted mean of its parts, whatever the weights: it
 * lies between the lowest and the highest part (each rounded to one
 * decimal, hence the tolerance), and some part must have a score.
 */
function indexWithinParts(snapshot: Shape) {
  if (!snapshot.parts) return undefined;
  const scores = Object.values(snapshot.parts)
    .flatMap((part) => (part ? [part.score] : []));
  if (!scores.length) {
    return { path: ['parts'], message: 'expected at least one measured ' +
      'part for an index with a score' };
  }
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const score = snapshot.index.score;
  if (score >= low - 0.05 && score <= high + 0.05) return undefined;
  return { path: ['index', 'score'], message: `expected a score from ` +
    `${low} to ${high}, a weighted mean of the parts, got ${score}` };
}

export type IndexSnapshot = z.infer<typeof IndexSnapshotSchema>;
