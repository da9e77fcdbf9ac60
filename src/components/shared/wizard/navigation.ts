/** Where a requested move between steps ends. */
export interface Move {
  /** The step reached. */
  arrived: number;
  /** The step that stopped the move, when one was incomplete. */
  blocked: number | undefined;
  /** Whether the step changed. */
  moved: boolean;
}

/**
 * Settles a move from `current` to `requested` in a wizard whose steps go
 * from 0 to `last`: moving back is always allowed; moving forward stops
 * at the first incomplete step that `firstIncomplete(from, to)` finds in
 * [from, to). `undefined` when `requested` is not a number.
 */
export function planMove(
  current: number,
  requested: number,
  last: number,
  firstIncomplete: (from: number, to: number) => number | undefined,
): Move | undefined {
  if (!Number.isFinite(requested)) return undefined;
  const target = Math.max(0, Math.min(last, Math.trunc(requested)));
  const blocked = target > current
    ? firstIncomplete(current, target)
    : undefined;
  const arrived = blocked ?? target;
  return { arrived, blocked, moved: arrived !== current };
}
