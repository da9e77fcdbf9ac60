import type { Lang } from '../../engine/schema/common.ts';
import type { ErrorCode } from './events.ts';
import { fill } from './localize.ts';

const es: Record<ErrorCode, string> = {
  network: 'No se pudo descargar {what} ({source}): falló la conexión.',
  timeout: 'No se pudo descargar {what} ({source}): el servidor no ' +
    'respondió a tiempo.',
  http: 'No se pudo descargar {what} ({source}): el servidor respondió ' +
    'con el código {status}.',
  'not-json': '{What} ({source}) no es un documento JSON válido.',
  'object-attribute': 'El atributo {property} recibió ' +
    '"[object Object]", un objeto convertido en texto: un atributo solo ' +
    'lleva texto. Asigne los datos a la propiedad {property} desde ' +
    'JavaScript (elemento.{property} = datos).',
  schema: '{What} ({source}) tiene errores y no se puede usar:',
  storage: 'No se pudieron guardar los datos en este dispositivo.',
  'too-large': '{What} ({source}) es demasiado grande para abrirlo aquí.',
};

const en: Record<ErrorCode, string> = {
  network: 'Could not download {what} ({source}): the connection failed.',
  timeout: 'Could not download {what} ({source}): the server did not ' +
    'answer in time.',
  http: 'Could not download {what} ({source}): the server answered with ' +
    'status {status}.',
  'not-json': '{What} ({source}) is not a valid JSON document.',
  'object-attribute': 'The attribute {property} received ' +
    '"[object Object]", an object turned into text: an attribute ' +
    'carries only text. Set the data on the property {property} from ' +
    'JavaScript (element.{property} = data).',
  schema: '{What} ({source}) has errors and cannot be used:',
  storage: 'The data could not be saved on this device.',
  'too-large': '{What} ({source}) is too large to open here.',
};

const texts: Record<Lang, Record<ErrorCode, string>> = { es, en };

/** What a failed document is, for the messages: e.g. "el cuestionario". */
export type DocumentName = Record<Lang, string>;

/**
 * A localized sentence saying why a document could not be used;
 * `property` names the property to use for `object-attribute`.
 */
export function errorMessage(
  lang: Lang,
  code: ErrorCode,
  what: DocumentName,
  values: { source?: string; status?: number; property?: string } = {},
): string {
  const name = what[lang];
  return fill(texts[lang][code], {
    what: name,
    What: name.charAt(0).toUpperCase() + name.slice(1),
    source: values.source ?? '',
    status: values.status ?? '',
    property: values.property ?? '',
  });
}
