import type { Lang } from '../../engine/schema/common.ts';

const es = {
  introHeading: 'Autodiagnóstico de capacidades',
  introLead:
    'Este autodiagnóstico mide las capacidades de su entidad en los ejes ' +
    'habilitadores del Modelo de Madurez de Ciudades y Territorios ' +
    'Inteligentes de MinTIC.',
  introRubric:
    'Para cada capacidad, elija la opción que describe mejor lo que la ' +
    'entidad hace hoy.',
  introChecklist:
    'Para cada afirmación, indique si la entidad la cumple hoy.',
  introInstrument: 'Cuestionario: {title}, versión {version}.',
  introTime:
    'Son {items} respuestas en {axes} ejes y toma unos {minutes} minutos.',
  introPrivacy:
    'Sus respuestas se guardan solo en este dispositivo, a medida que ' +
    'responde, y no se envían a ningún servidor.',
  introNoPersist:
    'Sus respuestas no se guardan: si recarga la página, se pierden.',
  introEntity: 'Entidad: {name}',
  start: 'Comenzar',
  next: 'Siguiente',
  back: 'Anterior',
  toReview: 'Revisar respuestas',
  backToReview: 'Volver a la revisión',
  seeResult: 'Ver resultado',
  steps: 'Pasos del autodiagnóstico',
  stepOf: 'Paso {current} de {total}: {title}',
  axisProgress: '{answered} de {total} respondidas',
  reviewHeading: 'Revise sus respuestas',
  reviewLead: 'Puede cambiar cualquier respuesta antes de ver el resultado.',
  change: 'Cambiar',
  changeLabel: 'Cambiar la respuesta a «{question}»',
  unanswered: 'Sin responder',
  resultHeading: 'Resultado',
  errorSummaryOne: 'Falta responder 1 pregunta',
  errorSummaryOther: 'Falta responder {count} preguntas',
  errorSummaryLead: 'Responda estas preguntas para continuar:',
  fieldError: 'Elija una opción.',
  notApplicable: 'No aplica',
  met: 'Cumple',
  notMet: 'No cumple',
  levelOption: 'Nivel {level} · {name}',
  loading: 'Cargando el cuestionario…',
  errorHeading: 'El autodiagnóstico no está disponible',
  errorAdvice:
    'Si usted administra este sitio, revise el cuestionario indicado. ' +
    'Si no, intente más tarde o comuníquese con la entidad.',
  storageNotice:
    'No se pudieron guardar sus respuestas en este dispositivo. Se ' +
    'conservan mientras esta página siga abierta.',
  overallHeading: 'Nivel de capacidad de la entidad',
  resultEntity: 'Entidad: {entity}',
  resultMeta: 'Fecha: {date} · Cuestionario: {instrument}',
  levelRule:
    'El nivel resulta de redondear el puntaje a un decimal y tomar el ' +
    'entero siguiente: 3,0 es nivel 3 y de 3,1 a 4,0 es nivel 4.',
  levelName: 'Nivel {level} de {levels}: {name}',
  scoreOf: 'Puntaje: {score} de {levels}',
  axesHeading: 'Resultado por eje habilitador',
  radarSeries: 'Capacidad de la entidad',
  tableCaption: 'Puntaje y nivel de cada eje habilitador',
  colAxis: 'Eje habilitador',
  colScore: 'Puntaje',
  colLevel: 'Nivel',
  noData: 'Sin datos',
  noDataAxis:
    'Sin datos: todas las preguntas de este eje se marcaron como ' +
    '«No aplica», así que no entra en el promedio.',
  nextFor: 'Para llegar al nivel {level} ({name}):',
  topLevel: 'Este eje ya está en el nivel más alto.',
  exportJson: 'Descargar JSON',
  exportCsv: 'Descargar CSV',
  print: 'Imprimir',
  restart: 'Empezar de nuevo',
  restartTitle: '¿Empezar de nuevo?',
  restartText:
    'Se borrarán todas las respuestas de este dispositivo. Si quiere ' +
    'conservarlas, descargue antes el resultado.',
  restartConfirm: 'Sí, borrar y empezar',
  restartCancel: 'Cancelar',
  fileName: 'autodiagnostico-capacidades',
};


/** The texts of the self-diagnosis in one language. */
export type SelfDiagnosisMessages = typeof es;

const en: SelfDiagnosisMessages = {
  introHeading: 'Capacity self-diagnosis',
  introLead:
    "This self-diagnosis measures your entity's capacities in the " +
    'enabling axes of the MinTIC Smart Cities and Territories Maturity ' +
    'Model.',
  introRubric:
    'For each capacity, choose the option that best describes what the ' +
    'entity does today.',
  introChecklist:
    'For each statement, say whether the entity meets it today.',
  introInstrument: 'Questionnaire: {title}, version {version}.',
  introTime:
    'There are {items} answers over {axes} axes; it takes about ' +
    '{minutes} minutes.',
  introPrivacy:
    'Your answers are saved only on this device as you go, and are never ' +
    'sent to a server.',
  introNoPersist:
    'Your answers are not saved: reloading the page loses them.',
  introEntity: 'Entity: {name}',
  start: 'Start',
  next: 'Next',
  back: 'Back',
  toReview: 'Review answers',
  backToReview: 'Back to the review',
  seeResult: 'See result',
  steps: 'Self-diagnosis steps',
  stepOf: 'Step {current} of {total}: {title}',
  axisProgress: '{answered} of {total} answered',
  reviewHeading: 'Review your answers',
  reviewLead: 'You can change any answer before you see the result.',
  change: 'Change',
  changeLabel: 'Change the answer to “{question}”',
  unanswered: 'Not answered',
  resultHeading: 'Result',
  errorSummaryOne: '1 question still needs an answer',
  errorSummaryOther: '{count} questions still need an answer',
  errorSummaryLead: 'Answer these questions to go on:',
  fieldError: 'Choose an option.',
  notApplicable: 'Not applicable',
  met: 'Met',
  notMet: 'Not met',
  levelOption: 'Level {level} · {name}',
  loading: 'Loading the questionnaire…',
  errorHeading: 'The self-diagnosis is not available',
  errorAdvice:
    'If you run this site, check the questionnaire it points to. ' +
    'Otherwise, try again later or contact the entity.',
  storageNotice:
    'Your answers could not be saved on this device. They are kept while ' +
    'this page stays open.',
  overallHeading: "The entity's capacity level",
  resultEntity: 'Entity: {entity}',
  resultMeta: 'Date: {date} · Questionnaire: {instrument}',
  levelRule:
    'The level comes from rounding the score to one decimal and taking ' +
    'the next whole number: 3.0 is level 3, and 3.1 to 4.0 is level 4.',
  levelName: 'Level {level} of {levels}: {name}',
  scoreOf: 'Score: {score} of {levels}',
  axesHeading: 'Result per enabling axis',
  radarSeries: "The entity's capacity",
  tableCaption: 'Score and level of each enabling axis',
  colAxis: 'Enabling axis',
  colScore: 'Score',
  colLevel: 'Level',
  noData: 'No data',
  noDataAxis:
    'No data: every question of this axis was marked "Not applicable", ' +
    'so it is left out of the mean.',
  nextFor: 'To reach level {level} ({name}):',
  topLevel: 'This axis is already at the top level.',
  exportJson: 'Download JSON',
  exportCsv: 'Download CSV',
  print: 'Print',
  restart: 'Start over',
  restartTitle: 'Start over?',
  restartText:
    'Every answer will be deleted from this device. To keep them, ' +
    'download the result first.',
  restartConfirm: 'Yes, delete and start over',
  restartCancel: 'Cancel',
  fileName: 'capacity-self-diagnosis',
};


/** The texts of the self-diagnosis in `lang`. */
export const messages: Record<Lang, SelfDiagnosisMessages> = { es, en };
