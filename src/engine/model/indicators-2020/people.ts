import type { IndicatorDefinition } from '../../schema/indicators.ts';
import { define, units } from './define.ts';

/** Common indicators of the people dimension. */
export const peopleIndicators: IndicatorDefinition[] = [
  define('upper-secondary-enrolment', 'educacion', [
    'Cobertura neta en educación media',
    'Net enrolment in upper secondary school',
  ], ['% de la población de 15 y 16 años', '% of residents aged 15 and 16'],
  'higher'),
  define('saber-11-mean-score', 'educacion', [
    'Puntaje promedio en las pruebas Saber 11',
    'Average score in the Saber 11 exams',
  ], ['puntos (0 a 500)', 'points (0 to 500)'], 'higher'),
  define('multidimensional-poverty', 'sociedad-incluyente', [
    'Personas en pobreza multidimensional',
    'Residents in multidimensional poverty',
  ], units.percentOfResidents, 'lower'),
  define('income-gini', 'equidad', [
    'Coeficiente de Gini del ingreso',
    'Gini coefficient of income',
  ], ['índice de 0 a 1', 'index from 0 to 1'], 'lower'),
  define('community-organisation-members', 'cohesion-social', [
    'Personas que participan en organizaciones comunitarias',
    'Residents who take part in community organisations',
  ], ['% de los adultos', '% of adults'], 'higher'),
  define('coexistence-fines', 'cultura-ciudadana', [
    'Comparendos por faltas a la convivencia',
    'Fines for breaches of the rules of coexistence',
  ], ['por cada 1.000 habitantes', 'per 1,000 residents'], 'lower'),
];
