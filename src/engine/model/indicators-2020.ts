import type { IndicatorDefinition } from '../schema/indicators.ts';
import {
  economicDevelopmentIndicators,
} from './indicators-2020/economic-development.ts';
import { environmentIndicators } from './indicators-2020/environment.ts';
import { governanceIndicators } from './indicators-2020/governance.ts';
import { habitatIndicators } from './indicators-2020/habitat.ts';
import { peopleIndicators } from './indicators-2020/people.ts';
import { qualityOfLifeIndicators } from './indicators-2020/quality-of-life.ts';

/**
 * Common results indicators of the 2020 edition, by dimension, each
 * tagged with one of its sub-dimensions, so an entity starts from a
 * list. Names and units are the project's own wording; the model's
 * annex lists its indicators without units or polarity.
 */
export const indicatorCatalogue2020: readonly IndicatorDefinition[] = [
  ...governanceIndicators,
  ...environmentIndicators,
  ...habitatIndicators,
  ...qualityOfLifeIndicators,
  ...peopleIndicators,
  ...economicDevelopmentIndicators,
];
