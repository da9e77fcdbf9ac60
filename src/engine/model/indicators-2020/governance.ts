import type { IndicatorDefinition } from '../../schema/indicators.ts';
import { define } from './define.ts';

/** Common indicators of the governance dimension. */
export const governanceIndicators: IndicatorDefinition[] = [
  define('online-procedures', 'gobierno-digital', [
    'Trámites que se pueden completar totalmente en línea',
    'Procedures that can be completed fully online',
  ], ['% de los trámites', '% of procedures'], 'higher'),
  define('open-datasets', 'gobierno-abierto', [
    'Conjuntos de datos abiertos publicados y al día',
    'Open data sets published and kept up to date',
  ], ['conjuntos de datos', 'data sets'], 'higher'),
  define('local-election-turnout', 'participacion-ciudadana', [
    'Participación en las últimas elecciones locales',
    'Turnout at the latest local elections',
  ], ['% del censo electoral', '% of registered voters'], 'higher'),
  define('co-funded-projects', 'gobernanza-multinivel', [
    'Proyectos ejecutados con recursos de la Nación o del departamento',
    'Projects carried out with national or departmental funds',
  ], ['proyectos', 'projects'], 'higher'),
  define('territorial-agreements',
    'colaboracion-entre-ciudades-y-territorios', [
      'Convenios vigentes con otros municipios o regiones',
      'Agreements in force with other municipalities or regions',
    ], ['convenios', 'agreements'], 'higher'),
];
