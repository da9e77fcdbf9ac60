import type { Lang } from '../../engine/schema/common.ts';

const es = {
  /** The badge's label when the `label` attribute is absent. */
  label: 'Índice CTI',
  /** The index's full name, which opens the accessible sentence. */
  name: 'Índice de Ciudades y Territorios Inteligentes',
  of: '{name} de {entity}',
  value: 'Nivel {level} · {score}',
  levelName: 'Nivel {level}: {name}',
  sentence: '{name}: nivel {level}, {levelName}, puntaje {score} de ' +
    '{levels}',
  measured: 'medido el {date}',
  measuredOn: 'Medido el {date}',
  loading: 'cargando…',
  loadingSentence: '{name}: cargando.',
  empty: 'sin datos',
  emptySentence: '{name}: sin datos.',
  unavailable: '{name}: no disponible.',
  partial: 'parcial',
  partialSentence: 'Índice parcial (sin medir: {parts}).',
  stale: 'desactualizado',
  oldSentence: 'El dato tiene más de {days} días: puede estar ' +
    'desactualizado.',
  refreshSentence: 'Es el último valor disponible: no se pudo ' +
    'actualizar ({reason}).',
  notMeasured: 'sin medir',
  partScore: '{score} · nivel {level}',
  source: 'Fuente de los datos',
  technicalDetails: 'Detalles técnicos',
  parts: {
    perception: 'Percepción',
    results: 'Resultados',
    capacity: 'Capacidades',
  },
  /** The short reasons shown in the badge when it cannot show a value. */
  short: {
    network: 'no se pudo cargar',
    timeout: 'sin respuesta',
    http: 'error {status}',
    'not-json': 'datos no válidos',
    schema: 'datos no válidos',
  },
  timeout: 'No se pudo descargar {what} ({source}): el servidor no ' +
    'respondió en {seconds} s.',
  /** What the error messages call the snapshot and the inputs. */
  document: 'el índice',
  attribute: 'el atributo',
  property: 'la propiedad',
};

/** The texts of the index badge in one language. */
export type IndexBadgeMessages = typeof es;

const en: IndexBadgeMessages = {
  label: 'SCT index',
  name: 'Smart Cities and Territories Index',
  of: '{name} of {entity}',
  value: 'Level {level} · {score}',
  levelName: 'Level {level}: {name}',
  sentence: '{name}: level {level}, {levelName}, score {score} out of ' +
    '{levels}',
  measured: 'measured on {date}',
  measuredOn: 'Measured on {date}',
  loading: 'loading…',
  loadingSentence: '{name}: loading.',
  empty: 'no data',
  emptySentence: '{name}: no data.',
  unavailable: '{name}: not available.',
  partial: 'partial',
  partialSentence: 'Partial index (not measured: {parts}).',
  stale: 'out of date',
  oldSentence: 'The value is more than {days} days old and may be out ' +
    'of date.',
  refreshSentence: 'This is the last value available: it could not be ' +
    'updated ({reason}).',
  notMeasured: 'not measured',
  partScore: '{score} · level {level}',
  source: 'Data source',
  technicalDetails: 'Technical details',
  parts: {
    perception: 'Perception',
    results: 'Results',
    capacity: 'Capacity',
  },
  short: {
    network: 'could not load',
    timeout: 'no response',
    http: 'error {status}',
    'not-json': 'invalid data',
    schema: 'invalid data',
  },
  timeout: 'Could not download {what} ({source}): the server did not ' +
    'answer within {seconds} s.',
  document: 'the index',
  attribute: 'the attribute',
  property: 'the property',
};

/** The index badge's texts, by language. */
export const messages: Record<Lang, IndexBadgeMessages> = { es, en };
