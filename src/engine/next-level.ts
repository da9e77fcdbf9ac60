import { levelOf } from './levels.ts';
import type {
  Capacity,
  ChecklistCapacity,
  Instrument,
} from './schema/instrument.ts';
import type { CapacityResult } from './schema/result.ts';
import type { CapacityResponses } from './schema/responses.ts';

/** What one capacity still lacks to reach a level. */
export interface CapacityGap {
  capacityId: string;
  /** For a rubric: the level whose option describes the target. */
  optionLevel?: number;
  /** For a checklist: the statements to meet, up to the target level. */
  statementIds?: string[];
}

/** What an axis needs to reach the level above its own. */
export interface AxisNextLevel {
  axisId: string;
  /** The level to reach; `null` when the axis is at the top or has no data. */
  target: number | null;
  gaps: CapacityGap[];
}

function isOpen(answer: unknown): boolean {
  return answer !== 'met' && answer !== 'na';
}

/**
 * The statements to meet so that a `share` checklist reaches `target`:
 * the fewest open ones, lowest levels first.
 */
function shareGap(
  capacity: ChecklistCapacity,
  target: number,
  responses: CapacityResponses,
  levels: number,
): string[] {
  const applicable = capacity.statements.filter(
    (s) => responses[s.id] !== 'na',
  );
  const open = applicable
    .filter((s) => isOpen(responses[s.id]))
    .sort((a, b) => a.level - b.level);
  let met = applicable.length - open.length;
  const needed: string[] = [];
  for (const statement of open) {
    const level = levelOf((levels * met) / applicable.length, levels);
    if (level !== null && level >= target) break;
    needed.push(statement.id);
    met++;
  }
  return needed;
}

function gapOf(
  capacity: Capacity,
  target: number,
  responses: CapacityResponses,
  instrument: Instrument,
): CapacityGap | null {
  if (capacity.kind === 'rubric') {
    const answer = responses[capacity.id];
    if (typeof answer !== 'number' || answer >= target) return null;
    return { capacityId: capacity.id, optionLevel: target };
  }
  const statementIds = instrument.checklistRule === 'share'
    ? shareGap(capacity, target, responses, instrument.levels)
    : capacity.statements
      .filter((s) => s.level <= target && isOpen(responses[s.id]))
      .map((s) => s.id);
  return statementIds.length ? { capacityId: capacity.id, statementIds }
    : null;
}

/**
 * For each axis, the capacities below the next level and what each of
 * them asks for: the rubric option of that level; for a `staged`
 * checklist, the statements up to that level not yet met; for a `share`
 * checklist, the fewest statements that would reach it.
 */
export function nextLevelGaps(
  instrument: Instrument,
  responses: CapacityResponses,
  result: CapacityResult,
): AxisNextLevel[] {
  return instrument.axes.map((axis, a) => {
    const level = result.axes[a]?.level ?? null;
    if (level === null || level >= instrument.levels) {
      return { axisId: axis.id, target: null, gaps: [] };
    }
    const target = level + 1;
    const gaps = axis.capacities
      .map((capacity) => gapOf(capacity, target, responses, instrument))
      .filter((gap): gap is CapacityGap => gap !== null);
    return { axisId: axis.id, target, gaps };
  });
}
