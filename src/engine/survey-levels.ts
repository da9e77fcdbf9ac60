import { modelForEdition } from './editions.ts';
import { levelCount } from './levels.ts';
import { defaultModel } from './model/index.ts';
import type { Survey } from './schema/survey.ts';

/**
 * The points of a survey's agreement scale: the levels of the model of
 * its edition, or of the default model for an edition the library lacks.
 */
export function surveyLevels(survey: Pick<Survey, 'edition'>): number {
  return levelCount(modelForEdition(survey.edition) ?? defaultModel);
}
