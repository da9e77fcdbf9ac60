import type {
  PerceptionAggregate,
  SegmentCounts,
  StatementCounts,
} from './schema/perception.ts';
import { SEGMENT_KEYS } from './schema/perception.ts';

/** A version split into runs of text and runs of digits, alternating. */
function pieces(version: string): string[] {
  return version.split(/(\d+)/);
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Orders two versions, numbers by their value (`1.10` after `1.9`), text
 * by code point; versions that tie so (`1.01`, `1.1`) fall back to plain
 * string order, so that every two distinct versions are ordered.
 */
export function compareVersions(a: string, b: string): number {
  const pa = pieces(a);
  const pb = pieces(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    const order = i % 2 ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (order) return order;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function addCounts(
  a: StatementCounts | undefined,
  b: StatementCounts | undefined,
  cells: number,
  where: string,
): StatementCounts {
  for (const counts of [a, b]) {
    if (counts && counts.length !== cells) {
      throw new Error(`merge: ${where} has ${counts.length} counts; ` +
        `expected ${cells} (levels + 1).`);
    }
  }
  return Array.from(
    { length: cells },
    (_, v) => (a?.[v] ?? 0) + (b?.[v] ?? 0),
  );
}

function ownOf<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function addSegments(
  a: SegmentCounts | undefined,
  b: SegmentCounts | undefined,
  cells: number,
  key: string,
): SegmentCounts {
  const ca = a?.counts ?? {};
  const cb = b?.counts ?? {};
  const ids = new Set([...Object.keys(ca), ...Object.keys(cb)]);
  const counts: Record<string, StatementCounts> = {};
  for (const id of ids) {
    const where = `segment "${key}", statement "${id}"`;
    counts[id] = addCounts(ownOf(ca, id), ownOf(cb, id), cells, where);
  }
  return {
    respondents: (a?.respondents ?? 0) + (b?.respondents ?? 0),
    counts,
  };
}

/**
 * The aggregate of the responses of `a` and of `b`: respondents added per
 * segment, counts added cell by cell. Pure (neither input changes),
 * associative and commutative; an empty aggregate of the same survey is
 * its identity.
 *
 * Both must count the same survey id on the same number of levels, else
 * it throws an `Error` naming both. Their versions may differ, since a
 * statement id keeps its meaning across versions; the result carries the
 * later version (see `compareVersions`).
 */
export function merge(
  a: PerceptionAggregate,
  b: PerceptionAggregate,
): PerceptionAggregate {
  if (a.survey.id !== b.survey.id) {
    throw new Error('merge: cannot merge aggregates of different ' +
      `surveys, "${a.survey.id}" and "${b.survey.id}".`);
  }
  if (a.levels !== b.levels) {
    throw new Error(`merge: cannot merge aggregates of survey ` +
      `"${a.survey.id}" on ${a.levels} and on ${b.levels} levels.`);
  }

  const cells = a.levels + 1;
  const segments: PerceptionAggregate['segments'] = {};
  for (const key of SEGMENT_KEYS) {
    const sa = ownOf(a.segments, key);
    const sb = ownOf(b.segments, key);
    if (sa || sb) segments[key] = addSegments(sa, sb, cells, key);
  }

  const later = compareVersions(a.survey.version, b.survey.version) >= 0;
  return {
    format: 'sctmm/perception-aggregate@1',
    survey: { id: a.survey.id, version: later ? a.survey.version :
      b.survey.version },
    levels: a.levels,
    segments,
  };
}
