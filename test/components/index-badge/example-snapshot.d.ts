import type {
  IndexSnapshot,
} from '../../../src/engine/schema/index-snapshot.ts';

/** Today minus `days`, as a local ISO date, as the badge reckons it. */
export function isoDaysAgo(days: number): string;

/** The example snapshot, measured 30 days ago, with `changes` applied. */
export function exampleSnapshot(
  changes?: Partial<Record<keyof IndexSnapshot, unknown>>,
): IndexSnapshot;
