import type { RoadmapStep } from '../schema/roadmap.ts';

/**
 * The seven steps the model proposes to put it to work in an entity, in
 * order, each summed up in our own words. The 2020 document gives them;
 * the library uses the same steps for every edition.
 */
export const roadmapSteps: readonly RoadmapStep[] = [
  {
    id: 'strategy',
    name: {
      es: 'Definir la estrategia de adopción del modelo',
      en: 'Set the strategy for adopting the model',
    },
    summary: {
      es:
        'La alta dirección aprueba usar el modelo, decide cómo aplicará ' +
        'las tres mediciones y lo conecta con los planes del territorio: ' +
        'el plan de desarrollo y el de ordenamiento territorial.',
      en:
        'Senior management approves the use of the model, decides how ' +
        'the three measurements will be taken and ties it to the ' +
        "territory's development and land-use plans.",
    },
  },
  {
    id: 'socialize',
    name: {
      es: 'Dar a conocer el modelo en las secretarías',
      en: 'Share the model with every department',
    },
    summary: {
      es:
        'Con el líder de TI al frente, cada secretaría asume una o más ' +
        'dimensiones, entiende que los ejes habilitadores son de todas y ' +
        'alinea el modelo con su plan de acción.',
      en:
        'Led by the IT lead, each department takes on one or more ' +
        'dimensions, sees that the enabling axes concern them all and ' +
        'aligns the model with its action plan.',
    },
  },
  {
    id: 'digital-agenda',
    name: {
      es: 'Conocer la agenda de transformación digital',
      en: 'Know the digital transformation agenda',
    },
    summary: {
      es:
        'Cada área dice qué servicios digitales, mejoras internas y ' +
        'formas de participación necesita y las ubica en las dimensiones; ' +
        'el líder de TI busca lo común para no duplicar esfuerzos.',
      en:
        'Each area states the digital services, internal improvements ' +
        'and ways of taking part it needs and places them in the ' +
        'dimensions; the IT lead looks for common ground to avoid ' +
        'duplicated work.',
    },
  },
  {
    id: 'baseline',
    name: {
      es: 'Medir y fijar la línea base',
      en: 'Measure and set the baseline',
    },
    summary: {
      es:
        'La encuesta de percepción muestra qué opina y qué prioriza la ' +
        'ciudadanía; la medición de resultados deja una línea base de ' +
        'indicadores, priorizados según las metas de cada área.',
      en:
        'The perception survey shows what residents think and put first; ' +
        'the results measurement sets a baseline of indicators, ' +
        "prioritized by each area's goals.",
    },
  },
  {
    id: 'initiatives',
    name: {
      es: 'Formular iniciativas de ciudad inteligente',
      en: 'Design smart city initiatives',
    },
    summary: {
      es:
        'Con las mediciones y las prioridades de las agendas se formulan ' +
        'iniciativas que unan varias áreas, según los lineamientos ' +
        'técnicos y con aliados privados, de la industria TI y de otros ' +
        'territorios.',
      en:
        "From the measurements and the agendas' priorities, design " +
        'initiatives that join several areas, following the technical ' +
        'guidelines and with partners from business, the IT industry and ' +
        'other territories.',
    },
  },
  {
    id: 'capacities',
    name: {
      es: 'Fortalecer las capacidades',
      en: 'Strengthen capacities',
    },
    summary: {
      es:
        'Definidas las iniciativas, la entidad revisa si sus áreas pueden ' +
        'llevarlas a cabo; el autodiagnóstico de capacidades señala dónde ' +
        'reforzar.',
      en:
        'With the initiatives defined, the entity checks whether its ' +
        'areas can carry them out; the capacity self-diagnosis points to ' +
        'where to build up.',
    },
  },
  {
    id: 'evaluation',
    name: { es: 'Evaluar', en: 'Evaluate' },
    summary: {
      es:
        'Se mide el efecto de cada iniciativa y se vuelve a medir el ' +
        'territorio; una iniciativa que cumple los requisitos de calidad ' +
        'puede postularse al Sello de Excelencia de Gobierno Digital.',
      en:
        'Measure the effect of each initiative and measure the territory ' +
        'again; an initiative that meets the quality requirements can ' +
        'apply for the Digital Government Seal of Excellence.',
    },
  },
];
