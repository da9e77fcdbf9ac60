import { normalizeText } from './answer-text.ts';

/** Headers other tools give the time of an answer, by preference. */
const TIME_HEADERS = [
  'marca temporal', 'timestamp', 'submittedat', 'submitted at',
  'submission time', 'submission date', 'fecha de envio', 'submitdate',
  'date submitted', 'fecha y hora', 'fecha de respuesta', 'completion time',
  'hora de finalizacion', 'end', 'fecha',
];

/** Headers other tools give a response's id, by preference. */
const ID_HEADERS = [
  'id', 'id de respuesta', 'response id', 'uuid', 'instanceid',
  'meta instanceid', 'folio',
];

/** Words of a header that asks for the respondent's segment. */
const SEGMENT_WORDS = [
  'sector', 'segmento', 'segment', 'helice', 'cuadruple', 'quadruple',
  'pertenece', 'belong', 'actor', 'grupo',
];

/** Words of a header that asks for personal data. */
const PERSONAL_WORDS = [
  'correo', 'email', 'e mail', 'nombre', 'nombres', 'apellido',
  'apellidos', 'name', 'telefono', 'celular', 'phone', 'cedula',
  'documento', 'identificacion', 'direccion', 'address', 'edad', 'age',
];

function hasWord(header: string, words: readonly string[]): boolean {
  const text = ` ${normalizeText(header)} `;
  return words.some((word) => text.includes(` ${word} `));
}

/**
 * How well a header names the time of an answer or the response's id:
 * its rank in the list of usual headers (0 is best), or -1.
 */
export function roleRank(header: string, role: 'submittedAt' | 'id') {
  const list = role === 'id' ? ID_HEADERS : TIME_HEADERS;
  return list.indexOf(normalizeText(header));
}

/** Whether a header seems to ask for the respondent's segment. */
export function asksSegment(header: string): boolean {
  return hasWord(header, SEGMENT_WORDS);
}

/** Whether a header seems to ask for personal data. */
export function asksPersonalData(header: string): boolean {
  return hasWord(header, PERSONAL_WORDS);
}
