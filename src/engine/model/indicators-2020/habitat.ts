import type { IndicatorDefinition } from '../../schema/indicators.ts';
import { define } from './define.ts';

/** Common indicators of the habitat dimension. */
export const habitatIndicators: IndicatorDefinition[] = [
  {
    ...define('fixed-internet-penetration',
      'infraestructuras-inteligentes', [
        'Accesos fijos a internet por cada 100 habitantes',
        'Fixed internet connections per 100 residents',
      ], [
        'accesos por cada 100 habitantes',
        'connections per 100 residents',
      ], 'higher'),
    source: 'MinTIC, Internet Fijo Penetración Municipio',
  },
  define('water-supply-coverage', 'servicios-publicos', [
    'Viviendas conectadas al acueducto',
    'Homes connected to the public water supply',
  ], ['% de las viviendas', '% of homes'], 'higher'),
  define('commute-time', 'movilidad-inteligente', [
    'Tiempo medio de viaje al trabajo o al estudio',
    'Average travel time to work or school',
  ], ['minutos', 'minutes'], 'lower'),
  define('public-space-per-resident', 'gestion-del-espacio-publico', [
    'Espacio público efectivo por habitante',
    'Usable public space per resident',
  ], ['m² por habitante', 'm² per resident'], 'higher'),
];
