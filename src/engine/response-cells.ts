import { SEGMENT_KEYS } from './schema/perception.ts';

/** The index of `unspecified` in `SEGMENT_KEYS`. */
export const UNSPECIFIED = SEGMENT_KEYS.indexOf('unspecified');

/**
 * How the cells of a responses file are read. A rating cell gives 0 for
 * "don't know", `1`..`L` for a rating, or a text saying why it is
 * neither; a segment cell gives an index into `SEGMENT_KEYS`, or why not.
 */
export interface CellRules {
  rating(text: string): number | string;
  segment(text: string): number | string;
  /**
   * Whether these rules read an empty cell as "don't know", one digit
   * `1`..`L` as itself and a segment key written exactly as that
   * segment, so that a reader may take those cells without decoding them.
   */
  readonly plain: boolean;
}

const SPACES = /^[ \t]+|[ \t]+$/g;

/** A cell without the spaces and tabs around it. */
export function trimCell(text: string): string {
  return text.replace(SPACES, '');
}

/**
 * The rating a cell holds on a scale of `levels` points, in the format
 * of `sctmm/responses.csv`: empty is "don't know" (0), a whole number
 * `1`..`levels` a rating; anything else is named in the returned text.
 */
export function plainRating(text: string, levels: number): number | string {
  const cell = trimCell(text);
  if (cell === '') return 0;
  if (!/^\d+$/.test(cell)) {
    return `"${cell}" is not a rating (1 to ${levels}, or empty for ` +
      `don't know)`;
  }
  const value = Number(cell);
  if (value >= 1 && value <= levels) return value;
  return `rating ${cell} is outside 1 to ${levels}`;
}

/**
 * The segment a cell names in the format of `sctmm/responses.csv`: empty
 * (or `unspecified`) for none, else a segment key in any case.
 */
export function plainSegment(text: string): number | string {
  const cell = trimCell(text).toLowerCase();
  if (cell === '') return UNSPECIFIED;
  const index = (SEGMENT_KEYS as readonly string[]).indexOf(cell);
  if (index >= 0) return index;
  return `unknown segment "${trimCell(text)}" (expected academia, ` +
    'public, private, civil-society or empty)';
}

/** The rules of the `sctmm/responses.csv` format on `levels` points. */
export function plainRules(levels: number): CellRules {
  return {
    rating: (text) => plainRating(text, levels),
    segment: plainSegment,
    plain: true,
  };
}
