import { modelForEdition } from './editions.ts';
import { levelCount } from './levels.ts';
import { periodMonths } from './period.ts';
import type { IndicatorSet } from './schema/indicators.ts';
import { IndicatorSetSchema } from './schema/indicators.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import { safeParse } from './schema/issues.ts';
import type { Model } from './schema/model.ts';

function checkOne(
  indicator: IndicatorSet['indicators'][number],
  path: string,
  issues: Issue[],
) {
  const { baseline, current } = indicator;
  if (!indicator.selfRated && (!baseline || !current)) {
    issues.push({
      path,
      message: 'expected baseline and current, or selfRated',
    });
  }
  if (indicator.peers && indicator.peerValues) {
    issues.push({
      path: `${path}.peerValues`,
      message: 'expected peers or peerValues, not both',
    });
  }
  if (baseline?.period && current?.period) {
    const from = periodMonths(baseline.period);
    const to = periodMonths(current.period);
    if (to.last < from.first) {
      issues.push({
        path: `${path}.current.period`,
        message: `expected no earlier than the baseline's ` +
          `${baseline.period}, got ${current.period}`,
      });
    }
  }
}

/**
 * The checks a schema cannot express: ids unique; each indicator either
 * measured (baseline and current) or self-rated; `peers` or
 * `peerValues`, not both; a current period that does not end before the
 * baseline's begins; and, against `model`, known sub-dimensions and
 * self-rated levels within its scale.
 */
export function indicatorSetIssues(
  set: IndicatorSet,
  model?: Model,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const subdimensions = new Set(
    model?.dimensions.flatMap((d) => d.subdimensions.map((s) => s.id)),
  );

  set.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    if (seen.has(indicator.id)) {
      issues.push({
        path: `${path}.id`,
        message: `duplicate id "${indicator.id}"`,
      });
    }
    seen.add(indicator.id);
    checkOne(indicator, path, issues);
    if (!model) return;

    if (!subdimensions.has(indicator.subdimension)) {
      issues.push({
        path: `${path}.subdimension`,
        message: `unknown sub-dimension "${indicator.subdimension}"`,
      });
    }
    const rated = indicator.selfRated?.level;
    if (rated !== undefined && rated > levelCount(model)) {
      issues.push({
        path: `${path}.selfRated.level`,
        message: `expected at most ${levelCount(model)}`,
      });
    }
  });
  return issues;
}

/**
 * Parses an indicator set document and checks it; never throws. The
 * checks against a model use `model`, by default the model of the set's
 * edition when the library has it.
 */
export function parseIndicatorSet(
  data: unknown,
  model?: Model,
): ParseResult<IndicatorSet> {
  const parsed = safeParse(IndicatorSetSchema, data);
  if (!parsed.ok) return parsed;
  const against = model ?? modelForEdition(parsed.value.edition);
  const issues = indicatorSetIssues(parsed.value, against);
  return issues.length ? { ok: false, issues } : parsed;
}
