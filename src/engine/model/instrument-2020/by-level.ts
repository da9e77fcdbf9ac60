import type { LocalizedText } from '../../schema/common.ts';
import type { RubricOption } from '../../schema/instrument.ts';

/** The texts of a six-level rubric, from level 1 to level 6. */
export type SixLevelTexts = readonly [
  LocalizedText,
  LocalizedText,
  LocalizedText,
  LocalizedText,
  LocalizedText,
  LocalizedText,
];

/**
 * Numbers the option texts of a rubric question in order, so level 1 is
 * the first text; the tuple type makes the compiler demand all six.
 */
export function byLevel(texts: SixLevelTexts): RubricOption[] {
  return texts.map((text, index) => ({ level: index + 1, text }));
}
