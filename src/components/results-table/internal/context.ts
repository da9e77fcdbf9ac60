import type { LevelRule } from '../../../engine/results-rule.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Model } from '../../../engine/schema/model.ts';
import type { ScoredPart } from '../../../engine/schema/result.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import type { ResultsTableMessages } from '../messages.ts';

/** What every piece of the table needs to write its texts. */
export interface TableContext {
  lang: Lang;
  t: ResultsTableMessages;
  /** The model of the set's edition: names, levels, descriptors. */
  model: Model;
  /** The level rule the set was scored with, for its numbers. */
  rule: LevelRule;
}

/** The name of `level` in the model, in the context's language. */
export function levelName(ctx: TableContext, level: number): string {
  return ctx.model.levels.find((l) => l.level === level)?.name[ctx.lang] ??
    '';
}

/** "3,0 · nivel 3, Coordinado", or "sin datos". */
export function partText(ctx: TableContext, part: ScoredPart): string {
  if (part.score === null || part.level === null) return ctx.t.noData;
  return fill(ctx.t.partScore, {
    score: formatScore(part.score, ctx.lang),
    level: part.level,
    name: levelName(ctx, part.level),
  });
}
