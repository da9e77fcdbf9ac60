import { levels2020 } from './model/levels-2020.ts';
import { levels2021 } from './model/levels-2021.ts';
import type { LevelInfo } from './schema/model.ts';

/**
 * The levels of each edition the library ships, by edition name: what a
 * snapshot or a badge needs to name a level, without the rest of each
 * model. The same keys as `editions`, and the same level lists.
 */
export const editionLevels: Readonly<Record<string, readonly LevelInfo[]>> = {
  '2020': levels2020,
  '2021': levels2021,
};

/** The levels of `edition`, or `undefined` when the library lacks it. */
export function levelsForEdition(
  edition: string,
): readonly LevelInfo[] | undefined {
  return Object.hasOwn(editionLevels, edition)
    ? editionLevels[edition]
    : undefined;
}
