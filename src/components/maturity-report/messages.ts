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
  importKept: 'El informe sigue mostrando la evaluación anterior.',
  notesOne: 'Un valor de la evaluación no coincidía con sus partes y se ' +
    'recalculó:',
  notesOther: '{count} valores de la evaluación no coincidían con sus ' +
    'partes y se recalcularon:',
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
  roadmapLead:
    'Los siete pasos que propone el modelo para ponerlo en marcha. Marque ' +
    'el estado de cada uno: se guarda en este dispositivo y se incluye al ' +
    'exportar.',
  roadmapLeadMemory:
    'Los siete pasos que propone el modelo para ponerlo en marcha. Marque ' +
    'el estado de cada uno: se incluye al exportar, pero no se guarda en ' +
    'este dispositivo.',
  roadmapProgress: 'Avance: {done} de {total} pasos hechos y {doing} en ' +
    'curso.',
  statusOf: 'Estado: {status}',
  storageNotice:
    'No se pudo guardar el estado de la hoja de ruta en este dispositivo. ' +
    'Se conserva mientras esta página siga abierta.',
  nextHeading: 'Qué pide el siguiente nivel, por eje',
  nextLead:
    'Para cada eje habilitador, su nivel actual y lo que el modelo ' +
    'describe para el nivel siguiente.',
  nextFor: 'El nivel siguiente es el {level}, {name}. El modelo lo ' +
    'describe así:',
  gapsLead: 'Según las respuestas del autodiagnóstico, esto significa:',
  topLevel: 'Este eje ya está en el nivel más alto.',
  axisNoData: 'Sin datos para este eje.',
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
    perception: 'Para obtenerla, aplique la encuesta ciudadana con el ' +
      'elemento {element} y agregue sus respuestas.',
    results: 'Para obtenerla, registre los indicadores del territorio con ' +
      'el elemento {element}.',
    capacity: 'Para obtenerla, haga el autodiagnóstico de capacidades con ' +
      'el elemento {element}.',
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
  importKept: 'The report still shows the previous assessment.',
  notesOne: 'One value of the assessment did not match its parts and was ' +
    'recomputed:',
  notesOther: '{count} values of the assessment did not match their ' +
    'parts and were recomputed:',
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
  roadmapLead:
    'The seven steps the model proposes to put it to work. Mark where each ' +
    'one stands: it is saved on this device and included in exports.',
  roadmapLeadMemory:
    'The seven steps the model proposes to put it to work. Mark where each ' +
    'one stands: it is included in exports but not saved on this device.',
  roadmapProgress: 'Progress: {done} of {total} steps done and {doing} in ' +
    'progress.',
  statusOf: 'Status: {status}',
  storageNotice:
    'The roadmap could not be saved on this device. It is kept while ' +
    'this page stays open.',
  nextHeading: 'What the next level asks for, per axis',
  nextLead:
    'For each enabling axis, its level now and what the model describes ' +
    'for the level above.',
  nextFor: 'The next level is {level}, {name}. The model describes it ' +
    'as follows:',
  gapsLead: 'From the self-diagnosis answers, this means:',
  topLevel: 'This axis is already at the top level.',
  axisNoData: 'No data for this axis.',
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
    perception: 'To obtain it, run the citizen survey with the {element} ' +
      'element and aggregate its answers.',
    results: "To obtain it, record the territory's indicators with the " +
      '{element} element.',
    capacity: 'To obtain it, take the capacity self-diagnosis with the ' +
      '{element} element.',
  },
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
  },
};

/** The texts of the maturity report in `lang`. */
export const messages: Record<Lang, MaturityReportMessages> = { es, en };
