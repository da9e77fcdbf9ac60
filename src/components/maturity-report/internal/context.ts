import type { Assessment } from '../../../engine/schema/assessment.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Measurement, Model } from '../../../engine/schema/model.ts';
import { type HeadingOptions, renderHeading } from
  '../../shared/heading.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import type { MaturityReportMessages } from '../messages.ts';

/** What every section of the report renders from. */
export interface ReportContext {
  lang: Lang;
  t: MaturityReportMessages;
  /** The model of the assessment's edition. */
  model: Model;
  assessment: Assessment;
  /** The level of the report's title; sections go one level below. */
  headingLevel: number;
}

/** The measurements scored per dimension: perception and results. */
export type Dimensional = Extract<Measurement, 'perception' | 'results'>;

/** How far below the title a heading is: 0 title, 1 section, 2 part. */
export type HeadingDepth = 0 | 1 | 2;

/** A heading `depth` levels below the report's title. */
export function heading(
  ctx: ReportContext,
  depth: HeadingDepth,
  content: unknown,
  options: HeadingOptions = {},
) {
  return renderHeading(ctx.headingLevel + depth, content, options);
}

/**
 * Measurement `part` of `assessment` when it was taken, that is when it
 * has a score; `undefined` when it is missing or has none.
 */
export function taken<M extends Measurement>(
  assessment: Assessment,
  part: M,
): (NonNullable<Assessment[M]> & { score: number }) | undefined {
  const measured = assessment[part];
  return measured && measured.score !== null
    ? measured as NonNullable<Assessment[M]> & { score: number }
    : undefined;
}

/** The number of levels of the report's scale. */
export function levelsOf(ctx: ReportContext): number {
  return ctx.model.levels.length;
}

/** The name of `level` in the report's language, or "". */
export function levelName(ctx: ReportContext, level: number): string {
  return ctx.model.levels[level - 1]?.name[ctx.lang] ?? '';
}

/** "Nivel 4 de 6: Conectado", or "Sin datos". */
export function levelText(ctx: ReportContext, level: number | null) {
  if (level === null) return ctx.t.noData;
  return fill(ctx.t.levelName, {
    level,
    levels: levelsOf(ctx),
    name: levelName(ctx, level),
  });
}

/** "Puntaje: 3,4 de 6", or "Sin datos". */
export function scoreText(ctx: ReportContext, score: number | null) {
  if (score === null) return ctx.t.noData;
  return fill(ctx.t.scoreOf, {
    score: formatScore(score, ctx.lang),
    levels: levelsOf(ctx),
  });
}

/** The localized name of a dimension, axis or sub-dimension id. */
export function partName(ctx: ReportContext, id: string): string {
  const { model, lang } = ctx;
  for (const dimension of model.dimensions) {
    if (dimension.id === id) return dimension.name[lang];
    const sub = dimension.subdimensions.find((s) => s.id === id);
    if (sub) return sub.name[lang];
  }
  return model.axes.find((axis) => axis.id === id)?.name[lang] ?? id;
}
