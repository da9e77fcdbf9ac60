import type { IndicatorDefinition } from '../../schema/indicators.ts';
import { define, units } from './define.ts';

const ofBusinesses = ['% de las empresas', '% of businesses'] as const;

/** Common indicators of the economic development dimension. */
export const economicDevelopmentIndicators: IndicatorDefinition[] = [
  define('unemployment-rate', 'empleo', [
    'Tasa de desempleo',
    'Unemployment rate',
  ], ['% de la fuerza laboral', '% of the labour force'], 'lower'),
  define('informal-employment', 'empleo', [
    'Ocupados con empleo informal',
    'Workers in informal jobs',
  ], ['% de los ocupados', '% of people in work'], 'lower'),
  define('new-businesses', 'emprendimiento-e-innovacion', [
    'Empresas nuevas inscritas en el registro mercantil',
    'New businesses entered in the commercial register',
  ], units.per10k, 'higher'),
  define('businesses-selling-online', 'transformacion-digital', [
    'Micro y pequeñas empresas que venden por internet',
    'Micro and small businesses that sell online',
  ], ofBusinesses, 'higher'),
  define('research-groups', 'economia-del-conocimiento', [
    'Grupos de investigación reconocidos',
    'Recognised research groups',
  ], units.per100k, 'higher'),
  define('days-to-open-a-business', 'entorno-productivo-y-competitivo', [
    'Días que toma abrir una empresa',
    'Days it takes to open a business',
  ], ['días', 'days'], 'lower'),
  define('businesses-reusing-materials', 'economia-circular', [
    'Empresas que reciclan o reutilizan materiales',
    'Businesses that recycle or reuse materials',
  ], ofBusinesses, 'higher'),
];
