import type { LocalizedText } from '../schema/common.ts';

/**
 * The names of the six dimensions of the 2020 edition, by id, in the
 * model's order. Spanish names follow the model; English names are ours.
 * Kept apart from the descriptions so that an element that only names
 * the dimensions (the radar's preset) carries none of them.
 */
export const dimensionNames2020 = {
  governance: { es: 'Gobernanza', en: 'Governance' },
  environment: { es: 'Medio ambiente', en: 'Environment' },
  habitat: { es: 'Hábitat', en: 'Habitat' },
  'quality-of-life': { es: 'Calidad de vida', en: 'Quality of life' },
  people: { es: 'Personas', en: 'People' },
  'economic-development': {
    es: 'Desarrollo económico',
    en: 'Economic development',
  },
} satisfies Record<string, LocalizedText>;

/** The names of the five enabling axes, by id, in the model's order. */
export const axisNames2020 = {
  'institutionality-innovation': {
    es: 'Institucionalidad e innovación',
    en: 'Institutions and innovation',
  },
  'digital-infrastructure-interoperability': {
    es: 'Infraestructura digital e interoperabilidad',
    en: 'Digital infrastructure and interoperability',
  },
  'leadership-human-capital': {
    es: 'Liderazgo y capital humano',
    en: 'Leadership and human capital',
  },
  'technology-standards': {
    es: 'Tecnología y estándares',
    en: 'Technology and standards',
  },
  'analytics-data-management': {
    es: 'Analítica y gestión de los datos',
    en: 'Analytics and data management',
  },
} satisfies Record<string, LocalizedText>;
