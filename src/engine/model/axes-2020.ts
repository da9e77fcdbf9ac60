import type { Axis } from '../schema/model.ts';

/**
 * The five enabling axes of the model: the capacities an entity needs to
 * carry out initiatives in any dimension. Descriptions in our own words.
 */
export const axes2020: Axis[] = [
  {
    id: 'institutionality-innovation',
    name: {
      es: 'Institucionalidad e innovación',
      en: 'Institutions and innovation',
    },
    description: {
      es:
        'Organización, normas, financiación, innovación y gestión del ' +
        'conocimiento que sostienen las iniciativas.',
      en:
        'Organization, rules, funding, innovation and knowledge ' +
        'management that sustain the initiatives.',
    },
  },
  {
    id: 'digital-infrastructure-interoperability',
    name: {
      es: 'Infraestructura digital e interoperabilidad',
      en: 'Digital infrastructure and interoperability',
    },
    description: {
      es:
        'Redes, sistemas y servicios tecnológicos de la entidad, y su ' +
        'capacidad de intercambiar información con otros.',
      en:
        "The entity's networks, systems and technology services, and " +
        'their ability to exchange information with others.',
    },
  },
  {
    id: 'leadership-human-capital',
    name: {
      es: 'Liderazgo y capital humano',
      en: 'Leadership and human capital',
    },
    description: {
      es:
        'Liderazgo de las iniciativas y habilidades digitales de ' +
        'directivos, servidores públicos y ciudadanía.',
      en:
        'Leadership of the initiatives and the digital skills of ' +
        'managers, public servants and residents.',
    },
  },
  {
    id: 'technology-standards',
    name: { es: 'Tecnología y estándares', en: 'Technology and standards' },
    description: {
      es:
        'Conectividad, nube, internet de las cosas, tecnologías emergentes ' +
        'y estándares al servicio de los retos del territorio.',
      en:
        'Connectivity, cloud, the internet of things, emerging ' +
        "technologies and standards serving the territory's challenges.",
    },
  },
  {
    id: 'analytics-data-management',
    name: {
      es: 'Analítica y gestión de los datos',
      en: 'Analytics and data management',
    },
    description: {
      es:
        'Datos confiables, abiertos y analizados para decidir mejor y ' +
        'crear valor público.',
      en:
        'Reliable, open and analyzed data used to make better decisions ' +
        'and create public value.',
    },
  },
];
