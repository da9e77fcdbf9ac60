import { dsvFormat } from 'd3-dsv';
import { detectDelimiter } from './detect-delimiter.ts';
import { emptyAggregate } from './perception-aggregate.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import {
  type PerceptionAggregate,
  SEGMENT_KEYS,
  type SegmentKey,
} from './schema/perception.ts';
import type { Survey } from './schema/survey.ts';

/** The columns a counts table must have; others are not read. */
export const COUNTS_COLUMNS = [
  'segment', 'statement', 'rating', 'n', 'respondents',
] as const;

/** Issues listed before the rest are only counted. */
const MOST_ISSUES = 20;

type Column = (typeof COUNTS_COLUMNS)[number];

/**
 * One segment's counts as they are read: a row of cells per statement,
 * whose cell 0 is -1 until a row of rating 0 gives it.
 */
interface Tally {
  respondents: number;
  line: number;
  counts: Map<string, number[]>;
}

function wholeNumber(text: string): number | undefined {
  const cell = text.trim();
  return /^\d+$/.test(cell) ? Number(cell) : undefined;
}

/**
 * Reads counts as `sctmm sql` returns them, saved as CSV (`,` or `;`, a
 * header naming `segment`, `statement`, `rating`, `n` and `respondents`
 * in any order), back into the aggregate `sctmm aggregate` gives for the
 * same responses: each segment with its respondents, each statement of
 * `survey` with `levels + 1` counts. What a statement's ratings leave of
 * the respondents is "don't know", so rows of rating 0 may be left out;
 * a statement without rows is all "don't know". Fails, naming lines,
 * on a statement the survey lacks, a rating off the scale, a row given
 * twice, or respondents that differ within a segment or fall short of
 * a statement's counts.
 */
export function aggregateFromCounts(
  text: string,
  survey: Survey,
  levels: number,
): ParseResult<PerceptionAggregate> {
  const clean = text.replace(/^\ufeff/, '');
  const rows = dsvFormat(detectDelimiter(clean)).parseRows(clean);
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const at = {} as Record<Column, number>;
  const missing = COUNTS_COLUMNS.filter((name) => {
    at[name] = header.indexOf(name);
    return at[name] < 0;
  });
  if (missing.length) {
    const message = `expected columns ${COUNTS_COLUMNS.join(', ')}; ` +
      `missing ${missing.join(', ')}`;
    return { ok: false, issues: [{ path: 'line 1', message }] };
  }

  const ids = new Set(survey.statements.map((statement) => statement.id));
  const tallies = new Map<SegmentKey, Tally>();
  const seen = new Map<string, number>();
  const unknown = new Set<string>();
  const issues: Issue[] = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const cell = (name: Column) => row[at[name]] ?? '';
    const fault = (message: string) =>
      issues.push({ path: `line ${line}`, message });

    const segment = cell('segment').trim().toLowerCase() || 'unspecified';
    const statement = cell('statement').trim();
    const rating = wholeNumber(cell('rating'));
    const n = wholeNumber(cell('n'));
    const respondents = wholeNumber(cell('respondents'));
    if (!(SEGMENT_KEYS as readonly string[]).includes(segment)) {
      fault(`unknown segment "${segment}"`);
    } else if (!ids.has(statement)) {
      unknown.add(statement);
    } else if (rating === undefined || rating > levels) {
      fault(`rating "${cell('rating')}" is not 0 to ${levels}`);
    } else if (n === undefined || respondents === undefined) {
      fault('n and respondents must be whole numbers');
    } else {
      const key = `${segment}|${statement}|${rating}`;
      const first = seen.get(key);
      if (first !== undefined) {
        fault(`segment ${segment}, statement ${statement}, rating ` +
          `${rating} is also on line ${first}`);
        return;
      }
      seen.set(key, line);
      const tally = tallies.get(segment as SegmentKey) ??
        { respondents, line, counts: new Map() };
      tallies.set(segment as SegmentKey, tally);
      if (tally.respondents !== respondents) {
        fault(`segment ${segment} has ${respondents} respondents here, ` +
          `${tally.respondents} on line ${tally.line}`);
      }
      const counts = tally.counts.get(statement) ?? unread(levels);
      tally.counts.set(statement, counts);
      counts[rating] = n;
    }
  });
  if (unknown.size) {
    issues.push({ path: 'statement', message: 'not statements of survey ' +
      `"${survey.id}": ${[...unknown].map((id) => `"${id}"`).join(', ')}` });
  }
  if (!issues.length) return build(tallies, survey, levels);
  const more = issues.length - MOST_ISSUES;
  const listed = issues.slice(0, MOST_ISSUES);
  if (more > 0) listed.push({ path: 'file', message: `${more} more issues` });
  return { ok: false, issues: listed };
}

/** Counts of a statement no row has given yet. */
function unread(levels: number): number[] {
  const counts = new Array<number>(levels + 1).fill(0);
  counts[0] = -1;
  return counts;
}

/** The aggregate of tallies already checked, or why their sums fail. */
function build(
  tallies: ReadonlyMap<SegmentKey, Tally>,
  survey: Survey,
  levels: number,
): ParseResult<PerceptionAggregate> {
  const aggregate = emptyAggregate(survey, levels);
  const issues: Issue[] = [];
  for (const key of SEGMENT_KEYS) {
    const tally = tallies.get(key);
    if (!tally) continue;
    const counts: Record<string, number[]> = {};
    for (const { id } of survey.statements) {
      const cells = tally.counts.get(id) ?? unread(levels);
      const rated = cells.slice(1).reduce((sum, n) => sum + n, 0);
      const dontKnow = tally.respondents - rated;
      if (dontKnow < 0 || (cells[0]! >= 0 && cells[0] !== dontKnow)) {
        const total = rated + Math.max(0, cells[0]!);
        issues.push({ path: `segment ${key}, statement ${id}`,
          message: `counts ${total} answers, not the segment's ` +
            `${tally.respondents} respondents` });
      }
      cells[0] = Math.max(0, dontKnow);
      counts[id] = cells;
    }
    aggregate.segments[key] = { respondents: tally.respondents, counts };
  }
  return issues.length ? { ok: false, issues }
    : { ok: true, value: aggregate };
}
