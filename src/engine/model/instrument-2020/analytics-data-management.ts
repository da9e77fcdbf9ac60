import type { InstrumentAxis } from '../../schema/instrument.ts';
import { byLevel } from './by-level.ts';

/**
 * The capacities of the analytics and data management axis, asked as rubric
 * questions: one option per level, from 1 to 6.
 */
export const analyticsDataManagement: InstrumentAxis = {
  id: 'analytics-data-management',
  capacities: [
    {
      kind: 'rubric',
      id: 'data-governance-quality',
      title: {
        es: 'Gobierno y calidad de los datos',
        en: 'Data governance and quality',
      },
      question: {
        es: '¿Cómo gobierna la entidad sus datos y asegura su calidad?',
        en: 'How does the entity govern its data and ensure its quality?',
      },
      options: byLevel([
        {
          es:
            'Los datos están dispersos en hojas de cálculo y sistemas sin ' +
            'responsables, y nadie verifica su calidad.',
          en:
            'Data is scattered across spreadsheets and systems with no ' +
            'owners, and no one checks its quality.',
        },
        {
          es:
            'Cada área maneja sus datos a su manera, sin el líder de TI, y ' +
            'los mismos datos existen en versiones que no coinciden.',
          en:
            'Each area handles its data its own way, without the IT leader, ' +
            'and the same data exists in versions that do not match.',
        },
        {
          es:
            'El líder de TI y el área responsable definen responsables, ' +
            'diccionario de datos y reglas de calidad para cada iniciativa, ' +
            'sin un esquema común.',
          en:
            'The IT leader and the owning area set owners, a data dictionary ' +
            'and quality rules for each initiative, with no common scheme.',
        },
        {
          es:
            'La entidad tiene una política de gobierno de datos, un ' +
            'inventario de activos de información y responsables de datos en ' +
            'varias áreas.',
          en:
            'The entity has a data governance policy, an inventory of ' +
            'information assets and data owners in several areas.',
        },
        {
          es:
            'La entidad aplica estándares nacionales de datos, como el ' +
            'lenguaje común de intercambio, y acuerda definiciones y reglas ' +
            'de calidad con otras entidades.',
          en:
            'The entity applies national data standards, such as the common ' +
            'exchange language, and agrees definitions and quality rules ' +
            'with other agencies.',
        },
        {
          es:
            'La entidad mide indicadores de calidad de sus datos, corrige ' +
            'las causas de los errores y actualiza su política con esos ' +
            'resultados.',
          en:
            'The entity tracks data quality indicators, fixes the root ' +
            'causes of errors and updates its policy with those results.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'analytics-decision-making',
      title: {
        es: 'Analítica para la toma de decisiones',
        en: 'Analytics for decision-making',
      },
      question: {
        es: '¿Cómo usa la entidad el análisis de datos para tomar decisiones?',
        en: 'How does the entity use data analysis to make decisions?',
      },
      options: byLevel([
        {
          es:
            'Las decisiones se toman sin datos, o con informes hechos a mano ' +
            'cuando alguien los pide.',
          en:
            'Decisions are made without data, or with reports put together ' +
            'by hand when someone asks.',
        },
        {
          es:
            'Algunas áreas producen informes en hojas de cálculo, sin apoyo ' +
            'del líder de TI y sin cruzar sus datos con los de otras áreas.',
          en:
            'Some areas produce spreadsheet reports, with no support from ' +
            'the IT leader and without combining their data with other ' +
            "areas'.",
        },
        {
          es:
            'El líder de TI y el área responsable construyen tableros para ' +
            'seguir una iniciativa, pero sus análisis no se comparten con el ' +
            'resto de la entidad.',
          en:
            'The IT leader and the owning area build dashboards to follow an ' +
            'initiative, but their analyses are not shared with the rest of ' +
            'the entity.',
        },
        {
          es:
            'Un equipo o plataforma de analítica integra datos de varias ' +
            'áreas y alimenta las reuniones de dirección.',
          en:
            'An analytics team or platform combines data from several areas ' +
            'and feeds management meetings.',
        },
        {
          es:
            'La entidad cruza sus datos con los de otras entidades, el DANE ' +
            'o la gobernación, y comparte análisis con ellas para decidir en ' +
            'conjunto.',
          en:
            'The entity combines its data with that of other agencies, DANE ' +
            'or the department government, and shares analyses with them to ' +
            'decide together.',
        },
        {
          es:
            'La entidad verifica si sus decisiones basadas en datos lograron ' +
            'el efecto esperado y ajusta sus modelos y análisis en ' +
            'consecuencia.',
          en:
            'The entity checks whether its data-driven decisions had the ' +
            'intended effect and adjusts its models and analyses ' +
            'accordingly.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'open-data',
      title: {
        es: 'Datos abiertos y su aprovechamiento',
        en: 'Open data and reuse',
      },
      question: {
        es:
          '¿Cómo pone la entidad sus datos a disposición de la ciudadanía, ' +
          'la academia y las empresas?',
        en:
          'How does the entity make its data available to residents, ' +
          'universities and businesses?',
      },
      options: byLevel([
        {
          es:
            'La entidad no publica datos; solo entrega información cuando ' +
            'alguien la pide formalmente.',
          en:
            'The entity publishes no data; it only hands over information on ' +
            'formal request.',
        },
        {
          es:
            'Algunas áreas suben archivos a la página web en formatos ' +
            'cerrados, como PDF, sin el líder de TI y sin actualizarlos.',
          en:
            'Some areas post files on the website in closed formats such as ' +
            'PDF, without the IT leader and without updating them.',
        },
        {
          es:
            'El líder de TI y el área responsable publican en formatos ' +
            'abiertos los datos de una iniciativa, pero la entidad no tiene ' +
            'un plan de apertura.',
          en:
            "The IT leader and the owning area publish an initiative's data " +
            'in open formats, but the entity has no open data plan.',
        },
        {
          es:
            'Un plan de apertura reúne conjuntos de datos priorizados por ' +
            'varias áreas, publicados con metadatos y actualizados según un ' +
            'calendario.',
          en:
            'An open data plan brings together datasets prioritized by ' +
            'several areas, published with metadata and updated on a ' +
            'schedule.',
        },
        {
          es:
            'La entidad publica en el portal nacional de datos abiertos y ' +
            'promueve su uso con la academia, las empresas y las ' +
            'organizaciones sociales mediante retos o ejercicios de ' +
            'cocreación.',
          en:
            'The entity publishes on the national open data portal and ' +
            'promotes reuse with universities, businesses and civil society ' +
            'through challenges or co-creation exercises.',
        },
        {
          es:
            'La entidad mide descargas, usos y solicitudes de sus datos y ' +
            'ajusta su plan de apertura según la demanda.',
          en:
            'The entity tracks downloads, uses and requests for its data and ' +
            'adjusts its open data plan to demand.',
        },
      ]),
    },
  ],
};
