import type { Lang } from '../../engine/schema/common.ts';

/**
 * A message that depends on a number: the form for one, and the form
 * for any other number, where `{count}` stands for it.
 */
export interface PluralMessage {
  one: string;
  other: string;
}

const es = {
  steps: 'Pasos de la encuesta',
  stepOf: 'Paso {current} de {total}: {title}',
  stepCount: 'Paso {current} de {total}',
  stepProgress: {
    one: '{answered} de 1 respondida',
    other: '{answered} de {count} respondidas',
  } as PluralMessage,
  segmentHeading: 'Su sector',
  segmentLegend: '¿Desde qué sector responde?',
  segmentHelp: 'Elija el que mejor lo describa.',
  segmentNone: 'Prefiero no decirlo',
  privacy:
    'Esta encuesta no recoge datos personales: ni su nombre, ni su ' +
    'documento, ni su correo.',
  persisted:
    'Sus respuestas se guardan en este dispositivo mientras responde, ' +
    'así que puede cerrar la página y seguir después.',
  notPersisted:
    'Sus respuestas no se guardan en este dispositivo: si recarga la ' +
    'página, se pierden.',
  entity: 'Entidad: {name}',
  size: '{statements} sobre {themes}; toma {minutes}.',
  sizeStatements: {
    one: 'Es 1 frase',
    other: 'Son {count} frases',
  } as PluralMessage,
  sizeThemes: { one: '1 tema', other: '{count} temas' } as PluralMessage,
  sizeMinutes: {
    one: 'cerca de 1 minuto',
    other: 'unos {count} minutos',
  } as PluralMessage,
  pending: {
    one: 'Hay 1 respuesta pendiente de envío; se intentará enviarla de ' +
      'nuevo.',
    other: 'Hay {count} respuestas pendientes de envío; se intentará ' +
      'enviarlas de nuevo.',
  } as PluralMessage,
  dimensionLead:
    'Diga qué tan de acuerdo está con cada frase sobre su ciudad o ' +
    'territorio. Si no tiene una opinión, elija «No sé».',
  scaleOption: '{value} – {label}',
  next: 'Siguiente',
  back: 'Anterior',
  submit: 'Enviar respuestas',
  errorSummaryOne: 'Falta 1 respuesta',
  errorSummaryOther: 'Faltan {count} respuestas',
  errorSummaryLead: 'Elija una opción en cada pregunta para continuar:',
  fieldError: 'Elija una opción.',
  thanksHeading: 'Gracias',
  thanksLead:
    'Gracias por responder. Sus opiniones ayudan a saber cómo avanza su ' +
    'ciudad o territorio.',
  sending: 'Enviando sus respuestas…',
  sent: 'Sus respuestas fueron enviadas.',
  queued:
    'Aún no se pudieron enviar sus respuestas. Se intentará de nuevo ' +
    'cuando haya conexión, mientras esta página siga abierta.',
  queuedSaved:
    'Aún no se pudieron enviar sus respuestas. Quedaron guardadas en ' +
    'este dispositivo y se enviarán cuando haya conexión, con esta ' +
    'página abierta o la próxima vez que la abra.',
  refused:
    'Aún no se pudieron enviar sus respuestas: el servicio que las ' +
    'recibe respondió con un error. Se intentará de nuevo más tarde, ' +
    'mientras esta página siga abierta.',
  refusedSaved:
    'Aún no se pudieron enviar sus respuestas: el servicio que las ' +
    'recibe respondió con un error. Quedaron guardadas en este ' +
    'dispositivo y se intentará de nuevo más tarde, con esta página ' +
    'abierta o la próxima vez que la abra.',
  again: 'Responder de nuevo',
  loading: 'Cargando la encuesta…',
  errorHeading: 'La encuesta no está disponible',
  errorAdvice:
    'Si usted administra este sitio, revise la encuesta indicada. Si no, ' +
    'intente más tarde o comuníquese con la entidad.',
  storageNotice:
    'No se pudieron guardar sus respuestas en este dispositivo. Se ' +
    'conservan mientras esta página siga abierta.',
};

/** The texts of the perception survey in one language. */
export type PerceptionSurveyMessages = typeof es;

const en: PerceptionSurveyMessages = {
  steps: 'Survey steps',
  stepOf: 'Step {current} of {total}: {title}',
  stepCount: 'Step {current} of {total}',
  stepProgress: {
    one: '{answered} of 1 answered',
    other: '{answered} of {count} answered',
  },
  segmentHeading: 'Your sector',
  segmentLegend: 'Which sector are you answering from?',
  segmentHelp: 'Choose the one that describes you best.',
  segmentNone: 'I prefer not to say',
  privacy:
    'This survey collects no personal data: not your name, your ID ' +
    'number or your email.',
  persisted:
    'Your answers are saved on this device as you go, so you can close ' +
    'the page and carry on later.',
  notPersisted:
    'Your answers are not saved on this device: reloading the page ' +
    'loses them.',
  entity: 'Entity: {name}',
  size: '{statements} on {themes}; it takes {minutes}.',
  sizeStatements: {
    one: 'There is 1 sentence',
    other: 'There are {count} sentences',
  },
  sizeThemes: { one: '1 theme', other: '{count} themes' },
  sizeMinutes: { one: 'about 1 minute', other: 'about {count} minutes' },
  pending: {
    one: '1 response is waiting to be sent; sending it will be tried ' +
      'again.',
    other: '{count} responses are waiting to be sent; sending them will ' +
      'be tried again.',
  },
  dimensionLead:
    'Say how much you agree with each sentence about your city or ' +
    'territory. If you have no opinion, choose "Don\'t know".',
  scaleOption: '{value} – {label}',
  next: 'Next',
  back: 'Back',
  submit: 'Send answers',
  errorSummaryOne: '1 answer is missing',
  errorSummaryOther: '{count} answers are missing',
  errorSummaryLead: 'Choose an option in each question to go on:',
  fieldError: 'Choose an option.',
  thanksHeading: 'Thank you',
  thanksLead:
    'Thank you for answering. Your views help to tell how your city or ' +
    'territory is doing.',
  sending: 'Sending your answers…',
  sent: 'Your answers were sent.',
  queued:
    'Your answers could not be sent yet. They will be sent again when ' +
    'there is a connection, while this page stays open.',
  queuedSaved:
    'Your answers could not be sent yet. They are saved on this device ' +
    'and will be sent when there is a connection, with this page open ' +
    'or the next time you open it.',
  refused:
    'Your answers could not be sent yet: the service that receives them ' +
    'answered with an error. Sending will be tried again later, while ' +
    'this page stays open.',
  refusedSaved:
    'Your answers could not be sent yet: the service that receives them ' +
    'answered with an error. They are saved on this device, and sending ' +
    'will be tried again later, with this page open or the next time ' +
    'you open it.',
  again: 'Answer again',
  loading: 'Loading the survey…',
  errorHeading: 'The survey is not available',
  errorAdvice:
    'If you run this site, check the survey it points to. Otherwise, ' +
    'try again later or contact the entity.',
  storageNotice:
    'Your answers could not be saved on this device. They are kept while ' +
    'this page stays open.',
};

/** The texts of the perception survey in `lang`. */
export const messages: Record<Lang, PerceptionSurveyMessages> = { es, en };
