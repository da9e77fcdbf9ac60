import type { InstrumentAxis } from '../../schema/instrument.ts';
import { byLevel } from './by-level.ts';

/**
 * The capacities of the technology and standards axis, asked as rubric
 * questions: one option per level, from 1 to 6.
 */
export const technologyStandards: InstrumentAxis = {
  id: 'technology-standards',
  capacities: [
    {
      kind: 'rubric',
      id: 'connectivity-cloud',
      title: {
        es: 'Conectividad y servicios en la nube',
        en: 'Connectivity and cloud',
      },
      question: {
        es:
          '¿Cómo asegura la entidad la conectividad y los servicios en la ' +
          'nube que requieren sus iniciativas?',
        en:
          'How does the entity secure the connectivity and cloud services ' +
          'its initiatives need?',
      },
      options: byLevel([
        {
          es:
            'La entidad solo tiene internet en sus oficinas; no evalúa la ' +
            'conectividad que requieren las iniciativas ni usa servicios en ' +
            'la nube.',
          en:
            'The entity only has internet access in its offices; it does not ' +
            'assess the connectivity initiatives need and uses no cloud ' +
            'services.',
        },
        {
          es:
            'Algunas áreas contratan conectividad o nube por su cuenta, sin ' +
            'el líder de TI y sin criterios de seguridad ni de costo.',
          en:
            'Some areas buy connectivity or cloud services on their own, ' +
            'without the IT leader and with no security or cost criteria.',
        },
        {
          es:
            'El líder de TI y el área responsable definen la conectividad y ' +
            'la nube de cada iniciativa, con contratos separados.',
          en:
            'The IT leader and the owning area define the connectivity and ' +
            'cloud services of each initiative, under separate contracts.',
        },
        {
          es:
            'La entidad tiene una estrategia común de conectividad y nube, ' +
            'con contratos y criterios de selección que comparten varias ' +
            'áreas.',
          en:
            'The entity has a common connectivity and cloud strategy, with ' +
            'contracts and selection criteria shared by several areas.',
        },
        {
          es:
            'La entidad gestiona con MinTIC, la gobernación y los operadores ' +
            'proyectos de conectividad para zonas rurales y espacios ' +
            'públicos.',
          en:
            'The entity works with MinTIC, the department government and ' +
            'network operators on connectivity projects for rural areas and ' +
            'public spaces.',
        },
        {
          es:
            'La entidad mide la cobertura, la calidad y el costo de su ' +
            'conectividad y su nube, y ajusta la estrategia con esos datos.',
          en:
            'The entity measures the coverage, quality and cost of its ' +
            'connectivity and cloud services and adjusts its strategy with ' +
            'that data.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'iot-infrastructure',
      title: {
        es: 'Infraestructura de internet de las cosas',
        en: 'Internet of things infrastructure',
      },
      question: {
        es:
          '¿Cómo despliega y gestiona la entidad sus dispositivos de ' +
          'internet de las cosas, como sensores, cámaras y medidores?',
        en:
          'How does the entity deploy and manage its internet of things ' +
          'devices, such as sensors, cameras and meters?',
      },
      options: byLevel([
        {
          es:
            'La entidad no usa dispositivos de internet de las cosas, o ' +
            'tiene algunos instalados sin inventario y sin usar sus datos.',
          en:
            'The entity uses no internet of things devices, or has a few ' +
            'installed with no inventory and no use of their data.',
        },
        {
          es:
            'Algunas áreas instalan sensores o cámaras por su cuenta, con ' +
            'plataformas del proveedor que no se integran a los sistemas de ' +
            'la entidad.',
          en:
            'Some areas install sensors or cameras on their own, with vendor ' +
            "platforms that do not integrate with the entity's systems.",
        },
        {
          es:
            'El líder de TI y el área responsable despliegan los ' +
            'dispositivos de cada iniciativa con requisitos técnicos y de ' +
            'seguridad, pero cada una usa su propia plataforma.',
          en:
            "The IT leader and the owning area deploy each initiative's " +
            'devices to technical and security requirements, but each one ' +
            'uses its own platform.',
        },
        {
          es:
            'Una plataforma común recibe los datos de los dispositivos de ' +
            'varias áreas, con inventario y gestión centralizados.',
          en:
            'A common platform collects data from the devices of several ' +
            'areas, with a central inventory and central management.',
        },
        {
          es:
            'La entidad comparte redes de sensores y sus datos con la ' +
            'autoridad ambiental, la gobernación, las empresas de servicios ' +
            'públicos u otras entidades.',
          en:
            'The entity shares sensor networks and their data with the ' +
            'environmental authority, the department government, utility ' +
            'companies or other agencies.',
        },
        {
          es:
            'La entidad mide la disponibilidad de los dispositivos y el ' +
            'valor de sus datos, y amplía, reubica o retira dispositivos ' +
            'según los resultados.',
          en:
            'The entity measures device uptime and the value of their data, ' +
            'and expands, relocates or retires devices based on the results.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'standards-emerging-technologies',
      title: {
        es: 'Estándares de TI y tecnologías emergentes',
        en: 'IT standards and emerging technologies',
      },
      question: {
        es:
          '¿Cómo adopta la entidad estándares de TI y evalúa tecnologías ' +
          'emergentes?',
        en:
          'How does the entity adopt IT standards and evaluate emerging ' +
          'technologies?',
      },
      options: byLevel([
        {
          es:
            'La entidad no aplica estándares en sus compras ni desarrollos ' +
            'de TI y no sigue las tecnologías emergentes.',
          en:
            'The entity applies no standards to its IT purchases or ' +
            'developments and does not follow emerging technologies.',
        },
        {
          es:
            'Algunas áreas prueban tecnologías nuevas por recomendación de ' +
            'los proveedores, sin el líder de TI y sin verificar estándares ' +
            'abiertos.',
          en:
            "Some areas try new technologies on vendors' advice, without the " +
            'IT leader and without checking for open standards.',
        },
        {
          es:
            'El líder de TI y el área responsable exigen estándares abiertos ' +
            'y de accesibilidad en cada iniciativa y evalúan sus tecnologías ' +
            'caso por caso.',
          en:
            'The IT leader and the owning area require open and ' +
            'accessibility standards in each initiative and evaluate its ' +
            'technologies case by case.',
        },
        {
          es:
            'La entidad tiene un catálogo de estándares obligatorios y un ' +
            'proceso común, usado por varias áreas, para evaluar tecnologías ' +
            'emergentes.',
          en:
            'The entity has a catalog of mandatory standards and a common ' +
            'process, used by several areas, for evaluating emerging ' +
            'technologies.',
        },
        {
          es:
            'La entidad adopta los lineamientos de MinTIC y normas técnicas ' +
            'nacionales e internacionales, y prueba tecnologías nuevas con ' +
            'la academia, empresas y otras entidades.',
          en:
            "The entity adopts MinTIC's guidelines and national and " +
            'international technical standards, and tests new technologies ' +
            'with universities, businesses and other agencies.',
        },
        {
          es:
            'La entidad revisa cada año su catálogo de estándares y su mapa ' +
            'de tecnologías con base en los resultados de sus pilotos.',
          en:
            'The entity reviews its standards catalog and technology map ' +
            'every year based on the results of its pilots.',
        },
      ]),
    },
  ],
};
