import type { Lang } from '../../../engine/schema/common.ts';
import { type Issue, issueToString } from '../../../engine/schema/issues.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import type { ErrorCode } from '../../shared/events.ts';
import { asWritten, warnOnce } from '../../shared/warn.ts';
import { messages } from '../messages.ts';
import {
  NotJson,
  type RadarAxis,
  type RadarSeries,
  checkAxes,
  checkSeries,
} from './data.ts';
import { type PlotValue, type Range, misfits } from './values.ts';

/** The inputs that take JSON from an attribute. */
export type JsonInput = 'axes' | 'series';

/** Why `axes` or `series` cannot be drawn. */
export interface Failure {
  name: JsonInput;
  code: ErrorCode;
  issues: Issue[];
  /** Whether the value came from the attribute, not the property. */
  fromAttribute: boolean;
}

/** Checks the value of `axes` or `series`: its data, or the failure. */
export function checkInput(
  name: JsonInput,
  value: unknown,
  fromAttribute: boolean,
): { ok: true; value: RadarAxis[] | RadarSeries[] } | Failure & { ok: false } {
  if (value instanceof NotJson) {
    return { ok: false, name, code: value.code, issues: [], fromAttribute };
  }
  const checked = name === 'axes' ? checkAxes(value) : checkSeries(value);
  return checked.ok ? checked
    : { ok: false, name, code: 'schema', issues: checked.issues,
      fromAttribute };
}

/** The sentence that says, in `lang`, what is wrong and where. */
export function describeFailure(lang: Lang, failure: Failure): string {
  const what = failure.fromAttribute ? 'attribute' : 'property';
  return errorMessage(lang, failure.code,
    { es: messages.es[what], en: messages.en[what] },
    { source: failure.name, property: failure.name });
}

/** Tells the developer, once, about a failure and its issues. */
export function warnFailure(el: Element, failure: Failure, message: string) {
  const issues = failure.issues.map(issueToString).join('; ');
  warnOnce(`invalid-${failure.name}`, el,
    issues ? `${message} ${issues}` : message);
}

/** Tells the developer, once each, about values drawn elsewhere. */
export function warnMisfits(
  el: Element,
  axes: readonly RadarAxis[],
  series: readonly RadarSeries[],
  plotted: readonly PlotValue[][],
  range: Range,
) {
  const { outside, notNumbers } = misfits(axes, series, plotted);
  const list = (items: typeof outside) => items
    .map((m) => `"${m.series}" ${m.axis}: ${m.value}`).join(', ');
  if (outside.length) {
    warnOnce('out-of-range', el, `values outside ${range.min}..` +
      `${range.max} are drawn at the nearest edge and marked: ` +
      `${list(outside)}.`);
  }
  if (notNumbers.length) {
    warnOnce('not-a-number', el, 'values that are not finite numbers ' +
      `are shown as no data: ${list(notNumbers)}.`);
  }
  warnUnknownKeys(el, axes, series);
}

/** Tells the developer about values under keys that match no axis. */
function warnUnknownKeys(
  el: Element,
  axes: readonly RadarAxis[],
  series: readonly RadarSeries[],
) {
  const known = new Set(axes.map((axis) => axis.key));
  const unknown = new Set(series.flatMap((one) =>
    Object.keys(one.values).filter((key) => !known.has(key))));
  if (!unknown.size || !known.size) return;
  warnOnce('unknown-keys', el, 'values under keys that match no axis ' +
    `are not drawn: ${[...unknown].join(', ')}; the axes are ` +
    `${[...known].join(', ')}.`);
}

/**
 * Tells the developer, once, that `min` and `max` make no range, each
 * quoted as written, or named with its default when it was not given.
 */
export function warnInvalidRange(
  el: Element & { min?: number; max?: number },
  levels: number,
) {
  const defaults = { min: 0, max: levels };
  const written = (name: 'min' | 'max') => {
    const value = el[name];
    const unset = !el.hasAttribute(name) &&
      (value === undefined || value === defaults[name]);
    return unset ? `${name} (default ${defaults[name]})`
      : asWritten(el, { attribute: name, property: name, value }, Number);
  };
  warnOnce('invalid-range', el, `${written('min')} and ${written('max')} ` +
    `do not make a range; drawing from 0 to ${levels}.`);
}
