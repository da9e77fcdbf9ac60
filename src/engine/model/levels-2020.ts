import type { LevelInfo } from '../schema/model.ts';

/**
 * The six levels of the 2020 edition and their names. Kept apart from
 * the rest of the model so that an element that only names a level (the
 * badge) carries none of the descriptions.
 */
export const levels2020: LevelInfo[] = [
  { level: 1, name: { es: 'Básico', en: 'Basic' } },
  { level: 2, name: { es: 'Aislado', en: 'Isolated' } },
  { level: 3, name: { es: 'Coordinado', en: 'Coordinated' } },
  { level: 4, name: { es: 'Conectado', en: 'Connected' } },
  { level: 5, name: { es: 'Integrado', en: 'Integrated' } },
  { level: 6, name: { es: 'Optimizado', en: 'Optimized' } },
];
