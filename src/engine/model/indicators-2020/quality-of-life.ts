import type { IndicatorDefinition } from '../../schema/indicators.ts';
import { define, units } from './define.ts';

/** Common indicators of the quality-of-life dimension. */
export const qualityOfLifeIndicators: IndicatorDefinition[] = [
  define('homicide-rate', 'seguridad', [
    'Tasa de homicidios',
    'Homicide rate',
  ], units.per100k, 'lower'),
  define('infant-mortality', 'salud', [
    'Muertes de menores de un año',
    'Deaths of children under one year old',
  ], ['por cada 1.000 nacidos vivos', 'per 1,000 live births'], 'lower'),
  define('health-insurance-coverage', 'salud', [
    'Población afiliada al sistema de salud',
    'Residents enrolled in the health system',
  ], units.percentOfResidents, 'higher'),
  define('housing-shortfall', 'bienestar', [
    'Hogares con déficit de vivienda',
    'Households with a housing shortfall',
  ], ['% de los hogares', '% of households'], 'lower'),
  define('sports-and-culture-venues', 'ocio', [
    'Escenarios públicos deportivos y culturales',
    'Public sports and cultural venues',
  ], units.per10k, 'higher'),
];
