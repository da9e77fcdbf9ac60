import { assessmentGaps } from '../../../engine/assessment-gaps.ts';
import { defaultInstrument } from '../../../engine/model/index.ts';
import { parseInstrument } from '../../../engine/parse-instrument.ts';
import { issueToString } from '../../../engine/schema/issues.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import { warnOnce } from '../../shared/warn.ts';
import type { ReportContext } from './context.ts';
import type { Gaps } from './next-level.ts';

/** The `instrument` property when it is a valid instrument of the model. */
function checkedInstrument(host: Element & { instrument?: unknown },
  ctx: ReportContext): Instrument | undefined {
  if (host.instrument === undefined) return undefined;
  const parsed = parseInstrument(host.instrument, ctx.model);
  if (parsed.ok) return parsed.value;
  warnOnce('invalid-instrument', host, 'the instrument property is not ' +
    'a usable instrument, so the next-level section lists no ' +
    `capacities: ${parsed.issues.map(issueToString).join('; ')}`);
  return undefined;
}

/**
 * What each axis lacks according to the answers the assessment carries,
 * with the instrument they answer: the `instrument` property, else the
 * default instrument, when its id and edition are the assessment's.
 */
export function gapsFor(
  host: Element & { instrument?: unknown },
  ctx: ReportContext,
): Gaps | undefined {
  const { assessment } = ctx;
  const instrument = [checkedInstrument(host, ctx), defaultInstrument]
    .find((item) => item?.id === assessment.instrument?.id &&
      item?.edition === assessment.edition);
  if (!instrument) return undefined;
  const axes = assessmentGaps(assessment, [instrument]);
  return axes ? { instrument, axes } : undefined;
}
