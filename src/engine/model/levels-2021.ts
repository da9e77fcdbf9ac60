import type { LevelInfo } from '../schema/model.ts';

/** The five levels of the 2021 edition and their names. */
export const levels2021: LevelInfo[] = [
  { level: 1, name: { es: 'Inicial', en: 'Initial' } },
  { level: 2, name: { es: 'Básico', en: 'Basic' } },
  { level: 3, name: { es: 'Intermedio', en: 'Intermediate' } },
  { level: 4, name: { es: 'Avanzado', en: 'Advanced' } },
  { level: 5, name: { es: 'Optimizado', en: 'Optimized' } },
];
