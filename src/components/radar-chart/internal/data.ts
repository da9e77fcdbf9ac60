import type { Issue, ParseResult } from '../../../engine/schema/issues.ts';

/** One axis of the chart: the key of its values and the label shown. */
export interface RadarAxis {
  key: string;
  label: string;
}

/** One series: a name and a value per axis key; `null` is no data. */
export interface RadarSeries {
  name: string;
  values: Record<string, number | null | undefined>;
}

export { NotJson, jsonConverter } from '../../shared/json-attribute.ts';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null &&
    !Array.isArray(value);
}

function listOf(value: unknown, issues: Issue[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  issues.push({
    path: '(document)',
    message: `expected array, got ${kindOf(value)}`,
  });
  return [];
}

function checkOneSeries(item: unknown, index: number, issues: Issue[]) {
  const at = `[${index}]`;
  if (!isRecord(item)) {
    issues.push({ path: at, message: `expected object, got ${kindOf(item)}` });
    return undefined;
  }
  const { name, values } = item;
  if (name !== undefined && typeof name !== 'string') {
    issues.push({
      path: `${at}.name`,
      message: `expected string, got ${kindOf(name)}`,
    });
  }
  if (!isRecord(values)) {
    issues.push({
      path: `${at}.values`,
      message: `expected object, got ${kindOf(values)}`,
    });
    return undefined;
  }
  for (const [key, value] of Object.entries(values)) {
    const ok = value === null || value === undefined ||
      typeof value === 'number';
    if (!ok) {
      issues.push({
        path: `${at}.values.${key}`,
        message: `expected number or null, got ${kindOf(value)}`,
      });
    }
  }
  return {
    name: typeof name === 'string' ? name : '',
    values: values as RadarSeries['values'],
  };
}

/**
 * Checks a `series` value: a list of `{ name, values }` whose values are
 * numbers or `null`. Nothing (`undefined`, `null`) is an empty list.
 */
export function checkSeries(value: unknown): ParseResult<RadarSeries[]> {
  const issues: Issue[] = [];
  const series = listOf(value, issues)
    .map((item, i) => checkOneSeries(item, i, issues))
    .filter((item): item is RadarSeries => item !== undefined);
  return issues.length ? { ok: false, issues } : { ok: true, value: series };
}

/**
 * Checks an `axes` value: a list of `{ key, label }` with distinct,
 * non-empty keys; a missing label is the key.
 */
export function checkAxes(value: unknown): ParseResult<RadarAxis[]> {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const axes: RadarAxis[] = [];
  listOf(value, issues).forEach((item, i) => {
    const key = isRecord(item) ? item.key : undefined;
    const label = isRecord(item) ? item.label : undefined;
    if (typeof key !== 'string' || key === '') {
      issues.push({ path: `[${i}].key`, message: 'expected a non-empty ' +
        `string, got ${kindOf(key)}` });
    } else if (seen.has(key)) {
      issues.push({ path: `[${i}].key`, message: `duplicate key ${key}` });
    } else if (label !== undefined && typeof label !== 'string') {
      issues.push({ path: `[${i}].label`,
        message: `expected string, got ${kindOf(label)}` });
    } else {
      seen.add(key);
      axes.push({ key, label: label || key });
    }
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: axes };
}
