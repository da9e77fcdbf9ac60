import type { Indicator } from '../../../engine/schema/indicators.ts';
import { fill } from '../../shared/localize.ts';
import { type TableContext, levelName } from './context.ts';
import { formatShare, formatValue } from './format.ts';
import type { Row } from './rows.ts';

function valueOr(ctx: TableContext, value: number | null | undefined) {
  return value === null || value === undefined
    ? ctx.t.noData
    : formatValue(value, ctx.lang);
}

function missingKey(indicator: Indicator) {
  const baseline = indicator.baseline?.value ?? null;
  const current = indicator.current?.value ?? null;
  if (baseline === null && current === null) return 'missingBoth';
  return baseline === null ? 'missingBaseline' : 'missingCurrent';
}

/** Why the rule gave the row its level, in one sentence. */
function ruleSentence(ctx: TableContext, row: Row): string {
  const { t, lang, rule } = ctx;
  const { indicator, result } = row;
  const reasons = t.reasons;
  switch (result.reason) {
    case 'missing-data': return reasons[missingKey(indicator)];
    case 'self-rated': return fill(reasons['self-rated'], {
      justification: indicator.selfRated?.justification ?? '' });
    case 'substantial': return indicator.target
      ? fill(reasons.substantialTarget, {
        share: formatShare(rule.targetShare, lang),
        target: valueOr(ctx, indicator.target.value) })
      : fill(reasons.substantial, {
        share: formatShare(rule.improvementShare, lang) });
    default: return fill(reasons[result.reason], {
      tolerance: formatShare(rule.tolerance, lang),
      best: valueOr(ctx, result.peers?.best),
      average: valueOr(ctx, result.peers?.average) });
  }
}

function skippedSentence(ctx: TableContext, row: Row): string | undefined {
  const { skipped } = row.result;
  if (!skipped.length) return undefined;
  const key = skipped.length > 1 ? 'both' : skipped[0];
  return key === 'both' || key === 'national-best' || key === 'above-peers'
    ? ctx.t.skipped[key]
    : undefined;
}

/**
 * What the level of a row means: why the rule gave it, what peers were
 * missing, and the model's descriptor of the level.
 */
export function reasonSentences(ctx: TableContext, row: Row): string[] {
  const { level } = row.result;
  const sentences = [ruleSentence(ctx, row)];
  const skipped = skippedSentence(ctx, row);
  if (skipped) sentences.push(skipped);
  const text = level === null
    ? undefined
    : ctx.model.scales.results[level - 1]?.[ctx.lang];
  if (level !== null && text) {
    sentences.push(fill(ctx.t.descriptor, {
      level, name: levelName(ctx, level), text }));
  }
  return sentences;
}
