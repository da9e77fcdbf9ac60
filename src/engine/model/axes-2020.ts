import type { Axis } from '../schema/model.ts';
import { axisNames2020 } from './names-2020.ts';

/**
 * The five enabling axes of the model: the capacities an entity needs to
 * carry out initiatives in any dimension. Descriptions in our own words.
 */
export const axes2020: Axis[] = [
  {
    id: 'institutionality-innovation',
    name: axisNames2020['institutionality-innovation'],
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
    name: axisNames2020['digital-infrastructure-interoperability'],
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
    name: axisNames2020['leadership-human-capital'],
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
    name: axisNames2020['technology-standards'],
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
    name: axisNames2020['analytics-data-management'],
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
