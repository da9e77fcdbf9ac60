import { html } from 'lit';
import type { ResultsScore } from '../../../engine/results.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import { type TableContext, levelName, partText } from './context.ts';
import type { Group } from './rows.ts';

/** "Puntaje de resultados: 3,8 de 6 · nivel 4, Conectado". */
function totalText(ctx: TableContext, result: ResultsScore): string {
  const { t, lang, model } = ctx;
  if (result.score === null || result.level === null) return t.totalNoData;
  return fill(t.total, {
    score: formatScore(result.score, lang),
    max: model.levels.length,
    level: result.level,
    name: levelName(ctx, result.level),
  });
}

function countsText(ctx: TableContext, result: ResultsScore): string {
  const count = result.indicators.length;
  const rated = result.indicators.filter((r) => r.level !== null).length;
  return fill(count === 1 ? ctx.t.countsOne : ctx.t.counts, {
    count,
    rated,
    missing: count - rated,
  });
}

/**
 * The results score and level, how many indicators have a level, and
 * the score of every dimension.
 */
export function renderSummary(
  ctx: TableContext,
  result: ResultsScore,
  groups: readonly Group[],
) {
  return html`<div class="summary" part="summary">
    <p class="total" part="total">${totalText(ctx, result)}</p>
    <p class="counts">${countsText(ctx, result)}</p>
    <p class="by-dimension">${ctx.t.byDimension}</p>
    <dl class="dimensions" part="dimensions">
      ${groups.map((group) => html`<div class="dimension-entry">
        <dt>${group.dimension.name[ctx.lang]}</dt>
        <dd>${partText(ctx, group.scored)}</dd>
      </div>`)}
    </dl>
  </div>`;
}
