import type { Lang } from '../../engine/schema/common.ts';
import type { Measurement } from '../../engine/schema/model.ts';
import type { RoadmapStatus } from '../../engine/schema/roadmap.ts';

type PerMeasurement = Record<Measurement, string>;

const es = {
  title: 'Informe de madurez de ciudad y territorio inteligente',
  divipola: 'Código DIVIPOLA: {code}',
  measuredOn: 'Fecha de medición: {date}',
  edition: '{model}, edición {edition} ({levels} niveles)',
  loading: 'Cargando la evaluación…',
  emptyHeading: 'Todavía no hay una evaluación',
  emptyText:
    'Importe el archivo JSON de una evaluación (formato ' +
    'sctmm/assessment@1), por ejemplo el que descarga el autodiagnóstico ' +
    'de capacidades.',
  errorHeading: 'No se puede mostrar el informe',
  errorAdvice:
    'Si usted administra este sitio, revise la evaluación indicada. ' +
    'También puede importar un archivo de evaluación.',
  toolbar: 'Acciones del informe',
  importFile: 'Importar JSON',
  exportJson: 'Exportar JSON',
  print: 'Imprimir',
  fileName: 'evaluacion-{entity}-{date}.json',
  imported: 'Se importó «{file}»: {entity}, medición del {date}.',
  importKept: 'El informe conserva la evaluación anterior.',
  recomputedOne: 'Se recalculó un valor que no coincidía con sus partes.',
  recomputedOther: 'Se recalcularon {count} valores que no coincidían ' +
    'con sus partes.',
  leftOutOne: 'Se dejó fuera un paso de la hoja de ruta que el modelo no ' +
    'tiene.',
  leftOutOther: 'Se dejaron fuera {count} pasos de la hoja de ruta que el ' +
    'modelo no tiene.',
  notesSummary: 'Ver qué valores cambiaron',
  noteChange: '{place}: decía {was}; ahora {now}.',
  noteLeftOut: 'Paso «{step}» de la hoja de ruta: no existe en el modelo ' +
    'y se dejó fuera.',
  noteScore: '{name}, puntaje',
  noteLevel: '{name}, nivel',
  noteIndex: 'Índice',
  noteNone: 'sin dato',
  migrated: 'La evaluación venía de la edición {from} del modelo y se ' +
    'leyó en la edición {to}, que tiene la misma escala y las mismas partes.',
  indexHeading: 'Índice de ciudad y territorio inteligente',
  indexSentence:
    'El índice es el promedio ponderado de las mediciones disponibles ' +
    '({parts}), con pesos iguales porque el modelo no publica los suyos. ' +
    'Da {score} de {levels}: nivel {level}, {name}.',
  indexPartialOne:
    'Es un índice parcial: falta la medición de {missing}, que no cuenta ' +
    'como cero sino que queda fuera del promedio.',
  indexPartialOther:
    'Es un índice parcial: faltan las mediciones de {missing}, que no ' +
    'cuentan como cero sino que quedan fuera del promedio.',
  indexNone: 'No hay ninguna medición con puntaje: el índice no se puede ' +
    'calcular.',
  indexPart: '{name} {score}',
  radarsHeading: 'Dimensiones y ejes habilitadores',
  dimensionsCaption: 'Las seis dimensiones según la percepción y los ' +
    'resultados',
  axesCaption: 'Los cinco ejes habilitadores según las capacidades',
  measurementsHeading: 'Las tres mediciones',
  levelName: 'Nivel {level} de {levels}: {name}',
  scoreOf: 'Puntaje: {score} de {levels}',
  respondents: '{n} personas encuestadas',
  noData: 'Sin datos',
  missing: 'Sin medir',
  missingText: 'Esta medición no se ha hecho. No cuenta como cero: queda ' +
    'fuera del índice y de las comparaciones.',
  missingRefOne: 'Sin medir: {names}. En «{section}» se explica cómo ' +
    'obtener esta medición.',
  missingRefOther: 'Sin medir: {names}. En «{section}» se explica cómo ' +
    'obtener estas mediciones.',
  noParts: '{name} tiene un puntaje total ({score} de {levels}) pero ' +
    'ninguno por {parts}, así que no hay nada que dibujar.',
  partsOf: {
    perception: 'dimensión',
    results: 'dimensión',
    capacity: 'eje',
  } satisfies PerMeasurement,
  tableCaption: 'Puntaje y nivel por dimensión y subdimensión',
  colPart: 'Dimensión o subdimensión',
  cell: '{score} (nivel {level})',
  strengthsHeading: 'Fortalezas y debilidades',
  strengthsRule:
    'Una parte es una dimensión medida por percepción o por resultados, ' +
    'o un eje habilitador medido por capacidades. Todas usan la misma ' +
    'escala, así que se comparan entre sí.',
  weakestHeading: 'Las partes más débiles',
  strongestHeading: 'Las partes más fuertes',
  partOf: '{name} ({measurement})',
  partScore: '{score} de {levels} · nivel {level}, {levelName}',
  tooFew: 'Hacen falta al menos dos partes con puntaje para comparar.',
  roadmapHeading: 'Hoja de ruta del modelo',
  roadmapAbout: 'Los siete pasos que propone el modelo para ponerlo en ' +
    'marcha.',
  roadmapMark: 'Marque el estado de cada uno: se guarda en este ' +
    'dispositivo y se incluye al exportar.',
  roadmapMarkMemory: 'Marque el estado de cada uno: se incluye al ' +
    'exportar, pero no se guarda en este dispositivo.',
  stepName: '{n}. {name}',
  roadmapProgress: 'Avance: {done} de {total} pasos hechos y {doing} en ' +
    'curso.',
  statusOf: 'Estado: {status}',
  storageNotice:
    'No se pudo guardar el estado de la hoja de ruta en este dispositivo. ' +
    'Se conserva mientras esta página siga abierta.',
  nextHeading: 'Qué pide el siguiente nivel, por eje',
  nextLead:
    'Los ejes habilitadores agrupados por su nivel actual, y lo que pide ' +
    'el nivel siguiente.',
  nextFor: 'El nivel siguiente es el {level}, {name}. En él, según la ' +
    'escala de capacidad:',
  axisScore: '{name}: puntaje {score} de {levels}.',
  gapsLead: 'Según las respuestas del autodiagnóstico, le falta:',
  topLevelOne: 'Este eje ya está en el nivel más alto.',
  topLevelOther: 'Estos ejes ya están en el nivel más alto.',
  axisNoDataOne: 'Sin datos para este eje.',
  axisNoDataOther: 'Sin datos para estos ejes.',
  footer: '{entity} · Medición del {date} · Fuente: {source} · Informe ' +
    'generado el {today}',
  sourceFile: 'archivo «{file}»',
  sourceModel: 'evaluación de la entidad según el {model} (MinTIC)',
  measurement: {
    perception: 'Percepción ciudadana',
    results: 'Resultados',
    capacity: 'Capacidades de la entidad',
  } satisfies PerMeasurement,
  measurementShort: {
    perception: 'percepción',
    results: 'resultados',
    capacity: 'capacidades',
  } satisfies PerMeasurement,
  measurementWhat: {
    perception: 'Lo que opina la ciudadanía, por encuesta, de cada ' +
      'dimensión y subdimensión.',
    results: 'Los indicadores del territorio frente a su línea base, a ' +
      'otras ciudades y a sus metas.',
    capacity: 'El autodiagnóstico de la entidad en los cinco ejes ' +
      'habilitadores.',
  } satisfies PerMeasurement,
  howTo: {
    perception: 'Aplique la encuesta ciudadana de percepción a una ' +
      'muestra de habitantes del territorio y consolide sus respuestas ' +
      'por dimensión.',
    results: 'Registre los indicadores de resultados del territorio, con ' +
      'su línea base y sus metas, en cada dimensión.',
    capacity: 'Complete el autodiagnóstico de capacidades de la entidad ' +
      'en los cinco ejes habilitadores, con el equipo de cada secretaría.',
  } satisfies PerMeasurement,
  status: {
    'not-started': 'No iniciado',
    'in-progress': 'En curso',
    done: 'Hecho',
  } satisfies Record<RoadmapStatus, string>,
};

/** The texts of the maturity report in one language. */
export type MaturityReportMessages = typeof es;

const en: MaturityReportMessages = {
  title: 'Smart city and territory maturity report',
  divipola: 'DIVIPOLA code: {code}',
  measuredOn: 'Date of measurement: {date}',
  edition: '{model}, {edition} edition ({levels} levels)',
  loading: 'Loading the assessment…',
  emptyHeading: 'There is no assessment yet',
  emptyText:
    'Import the JSON file of an assessment (format sctmm/assessment@1), ' +
    'such as the one the capacity self-diagnosis downloads.',
  errorHeading: 'The report cannot be shown',
  errorAdvice:
    'If you run this site, check the assessment it points to. You can ' +
    'also import an assessment file.',
  toolbar: 'Report actions',
  importFile: 'Import JSON',
  exportJson: 'Export JSON',
  print: 'Print',
  fileName: 'assessment-{entity}-{date}.json',
  imported: 'Imported “{file}”: {entity}, measured on {date}.',
  importKept: 'The report keeps the previous assessment.',
  recomputedOne: 'One value that did not match its parts was recomputed.',
  recomputedOther: '{count} values that did not match their parts were ' +
    'recomputed.',
  leftOutOne: 'One roadmap step that the model lacks was left out.',
  leftOutOther: '{count} roadmap steps that the model lacks were left out.',
  notesSummary: 'See which values changed',
  noteChange: '{place}: was {was}; now {now}.',
  noteLeftOut: 'Roadmap step “{step}”: not in the model, left out.',
  noteScore: '{name}, score',
  noteLevel: '{name}, level',
  noteIndex: 'Index',
  noteNone: 'no value',
  migrated: 'The assessment came from the {from} edition of the model and ' +
    'was read in the {to} edition, which has the same scale and parts.',
  indexHeading: 'Smart city and territory index',
  indexSentence:
    'The index is the weighted mean of the measurements available ' +
    '({parts}), with equal weights because the model publishes none. It ' +
    'comes to {score} out of {levels}: level {level}, {name}.',
  indexPartialOne:
    'This is a partial index: the {missing} measurement is missing; it ' +
    'does not count as zero but is left out of the mean.',
  indexPartialOther:
    'This is a partial index: the {missing} measurements are missing; ' +
    'they do not count as zero but are left out of the mean.',
  indexNone: 'No measurement has a score: the index cannot be computed.',
  indexPart: '{name} {score}',
  radarsHeading: 'Dimensions and enabling axes',
  dimensionsCaption: 'The six dimensions by perception and results',
  axesCaption: 'The five enabling axes by capacity',
  measurementsHeading: 'The three measurements',
  levelName: 'Level {level} of {levels}: {name}',
  scoreOf: 'Score: {score} out of {levels}',
  respondents: '{n} people surveyed',
  noData: 'No data',
  missing: 'Not measured',
  missingText: 'This measurement has not been taken. It does not count as ' +
    'zero: it is left out of the index and of the comparisons.',
  missingRefOne: 'Not measured: {names}. “{section}” explains how to ' +
    'take this measurement.',
  missingRefOther: 'Not measured: {names}. “{section}” explains how to ' +
    'take these measurements.',
  noParts: '{name} has an overall score ({score} out of {levels}) but ' +
    'none per {parts}, so there is nothing to draw.',
  partsOf: {
    perception: 'dimension',
    results: 'dimension',
    capacity: 'axis',
  },
  tableCaption: 'Score and level by dimension and sub-dimension',
  colPart: 'Dimension or sub-dimension',
  cell: '{score} (level {level})',
  strengthsHeading: 'Strengths and weaknesses',
  strengthsRule:
    'A part is a dimension measured by perception or by results, or an ' +
    'enabling axis measured by capacity. They all share one scale, so ' +
    'they compare with each other.',
  weakestHeading: 'The weakest parts',
  strongestHeading: 'The strongest parts',
  partOf: '{name} ({measurement})',
  partScore: '{score} out of {levels} · level {level}, {levelName}',
  tooFew: 'At least two parts with a score are needed to compare.',
  roadmapHeading: "The model's roadmap",
  roadmapAbout: 'The seven steps the model proposes to put it to work.',
  roadmapMark: 'Mark where each one stands: it is saved on this device ' +
    'and included in exports.',
  roadmapMarkMemory: 'Mark where each one stands: it is included in ' +
    'exports but not saved on this device.',
  stepName: '{n}. {name}',
  roadmapProgress: 'Progress: {done} of {total} steps done and {doing} in ' +
    'progress.',
  statusOf: 'Status: {status}',
  storageNotice:
    'The roadmap could not be saved on this device. It is kept while ' +
    'this page stays open.',
  nextHeading: 'What the next level asks for, per axis',
  nextLead:
    'The enabling axes grouped by their level now, and what the next ' +
    'level asks for.',
  nextFor: 'The next level is {level}, {name}. At that level, by the ' +
    'capacity scale:',
  axisScore: '{name}: score {score} out of {levels}.',
  gapsLead: 'From the self-diagnosis answers, it lacks:',
  topLevelOne: 'This axis is already at the top level.',
  topLevelOther: 'These axes are already at the top level.',
  axisNoDataOne: 'No data for this axis.',
  axisNoDataOther: 'No data for these axes.',
  footer: '{entity} · Measured on {date} · Source: {source} · Report ' +
    'made on {today}',
  sourceFile: 'file “{file}”',
  sourceModel: "the entity's assessment under MinTIC's {model}",
  measurement: {
    perception: 'Citizen perception',
    results: 'Results',
    capacity: "The entity's capacity",
  },
  measurementShort: {
    perception: 'perception',
    results: 'results',
    capacity: 'capacity',
  },
  measurementWhat: {
    perception: 'What residents think, by survey, of each dimension and ' +
      'sub-dimension.',
    results: "The territory's indicators against their baseline, other " +
      'cities and their targets.',
    capacity: "The entity's self-diagnosis in the five enabling axes.",
  },
  howTo: {
    perception: 'Run the citizen perception survey with a sample of the ' +
      "territory's residents and consolidate their answers by dimension.",
    results: "Record the territory's results indicators, with their " +
      'baseline and targets, in each dimension.',
    capacity: "Complete the entity's capacity self-diagnosis in the five " +
      'enabling axes, with the team of each department.',
  },
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
  },
};

/** The texts of the maturity report in `lang`. */
export const messages: Record<Lang, MaturityReportMessages> = { es, en };
