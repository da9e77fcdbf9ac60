import type { IndicatorDefinition } from '../../schema/indicators.ts';
import { define, units } from './define.ts';

/** Common indicators of the environment dimension. */
export const environmentIndicators: IndicatorDefinition[] = [
  define('pm25-annual-mean', 'calidad-ambiental', [
    'Concentración media anual de partículas finas (PM2,5)',
    'Annual mean concentration of fine particles (PM2.5)',
  ], ['µg/m³', 'µg/m³'], 'lower'),
  define('waste-recovered', 'gestion-de-residuos', [
    'Residuos sólidos aprovechados en lugar de enterrados',
    'Solid waste recovered rather than landfilled',
  ], ['% de los residuos recogidos', '% of collected waste'], 'higher'),
  define('residential-water-use', 'gestion-de-recursos', [
    'Consumo residencial de agua por habitante',
    'Household water use per resident',
  ], ['litros por habitante al día', 'litres per resident per day'],
  'lower'),
  define('ghg-emissions-per-resident', 'cambio-climatico', [
    'Emisiones de gases de efecto invernadero por habitante',
    'Greenhouse gas emissions per resident',
  ], ['t CO₂e por habitante al año', 't CO₂e per resident per year'],
  'lower'),
  define('people-affected-by-disasters', 'gestion-de-riesgos', [
    'Personas afectadas por emergencias y desastres',
    'People affected by emergencies and disasters',
  ], units.per100k, 'lower'),
];
