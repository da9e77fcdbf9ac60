import type { Lang } from '../../engine/schema/common.ts';

const es = {
  caption: 'Indicadores de resultados',
  captionOf: 'Indicadores de resultados de {entity}',
  columns: {
    name: 'Indicador',
    subdimension: 'Subdimensión',
    current: 'Valor actual',
    baseline: 'Línea base',
    change: 'Cambio',
    average: 'Promedio de pares',
    best: 'Mejor nacional',
    level: 'Nivel',
  },
  total: 'Puntaje de resultados: {score} de {max} · nivel {level}, ' +
    '{name}',
  totalNoData: 'Puntaje de resultados: sin datos',
  counts: '{count} indicadores: {rated} con nivel, {missing} sin datos.',
  countsOne: '1 indicador: {rated} con nivel, {missing} sin datos.',
  byDimension: 'Puntaje por dimensión',
  partScore: '{score} · nivel {level}, {name}',
  filter: 'Dimensión',
  allDimensions: 'Todas las dimensiones',
  option: '{name} ({count})',
  noData: 'sin datos',
  noLevel: 'sin nivel',
  noIndicators: 'Sin indicadores en esta dimensión.',
  higher: 'más es mejor',
  lower: 'menos es mejor',
  selfRated: 'autoevaluado',
  fromValues: 'de {count} valores',
  fromValue: 'de 1 valor',
  trend: { better: 'mejoró', worse: 'empeoró', unchanged: 'sin cambio' },
  level: 'Nivel {level}',
  why: 'Por qué',
  /** The name of the "Por qué" button; it starts with `why`, as seen. */
  whyName: 'Por qué: el nivel de {name}',
  reasons: {
    'worse': 'Empeoró más que la tolerancia de {tolerance} de la línea ' +
      'base.',
    'unchanged': 'Quedó igual que en la línea base, dentro de una ' +
      'tolerancia de {tolerance}.',
    'national-best': 'Alcanzó el mejor valor nacional ({best}).',
    'above-peers': 'Mejoró y está mejor que el promedio de pares ' +
      '({average}).',
    'substantial': 'Mejoró al menos {share} frente a la línea base.',
    'substantialTarget': 'Recorrió al menos {share} del camino hacia la ' +
      'meta ({target}).',
    'incipient': 'Mejoró, pero menos de lo que cuenta como un avance ' +
      'importante.',
    'self-rated': 'La entidad se asignó este nivel: {justification}',
    'missingBaseline': 'No tiene nivel: falta la línea base.',
    'missingCurrent': 'No tiene nivel: falta el valor actual.',
    'missingBoth': 'No tiene nivel: faltan la línea base y el valor actual.',
  },
  skipped: {
    'national-best': 'Falta el mejor nacional: el nivel podría ser más ' +
      'alto.',
    'above-peers': 'Falta el promedio de pares: el nivel podría ser más ' +
      'alto.',
    'both': 'Faltan el promedio de pares y el mejor nacional: el nivel ' +
      'podría ser más alto.',
  },
  descriptor: 'Nivel {level}, {name}: {text}',
  sorted: 'Ordenado por {column}, {direction}, dentro de cada dimensión.',
  ascending: 'en orden ascendente',
  descending: 'en orden descendente',
  shownAll: 'Se muestran los {count} indicadores de todas las dimensiones.',
  shownAllOne: 'Se muestra el único indicador, de todas las dimensiones.',
  shown: 'Se muestran {count} indicadores de {dimension}.',
  shownOne: 'Se muestra 1 indicador de {dimension}.',
  loading: 'Cargando los indicadores…',
  empty: 'No hay indicadores para mostrar.',
  errorHeading: 'Los indicadores no están disponibles',
  errorAdvice: 'Revise la dirección o el contenido de los datos, o ' +
    'comuníquese con quien los publica.',
  ruleError: 'No se pudieron calcular los niveles: la regla de niveles ' +
    'no sirve para la edición {edition} del modelo, de {levels} niveles.',
  ruleInvalid: 'No se pudieron calcular los niveles: la regla de niveles ' +
    '(propiedad rule) no es válida.',
  unknownFormat: 'El conjunto de indicadores ({source}) no es JSON ni un ' +
    'CSV reconocido: ni el tipo de contenido ni la extensión dicen qué ' +
    'es. Si es un CSV, sírvalo como text/csv o use una dirección ' +
    'terminada en .csv; si es JSON, revise su contenido.',
  rowsLeftOut: 'Algunas filas del archivo no se pudieron leer y no se ' +
    'muestran ({count}). Vea los detalles técnicos.',
  technicalDetails: 'Detalles técnicos',
  row: 'Fila {row}',
  rowColumn: 'Fila {row}, columna {column}',
  /** What the error messages call the data and where it came from. */
  document: 'el conjunto de indicadores',
  attribute: 'atributo indicators',
  property: 'propiedad indicators',
};

/** The texts of the results table in one language. */
export type ResultsTableMessages = typeof es;

const en: ResultsTableMessages = {
  caption: 'Results indicators',
  captionOf: 'Results indicators of {entity}',
  columns: {
    name: 'Indicator',
    subdimension: 'Sub-dimension',
    current: 'Current value',
    baseline: 'Baseline',
    change: 'Change',
    average: 'Peer average',
    best: 'National best',
    level: 'Level',
  },
  total: 'Results score: {score} out of {max} · level {level}, {name}',
  totalNoData: 'Results score: no data',
  counts: '{count} indicators: {rated} with a level, {missing} without ' +
    'data.',
  countsOne: '1 indicator: {rated} with a level, {missing} without data.',
  byDimension: 'Score by dimension',
  partScore: '{score} · level {level}, {name}',
  filter: 'Dimension',
  allDimensions: 'All dimensions',
  option: '{name} ({count})',
  noData: 'no data',
  noLevel: 'no level',
  noIndicators: 'No indicators in this dimension.',
  higher: 'higher is better',
  lower: 'lower is better',
  selfRated: 'self-rated',
  fromValues: 'from {count} values',
  fromValue: 'from 1 value',
  trend: { better: 'improved', worse: 'worsened', unchanged: 'unchanged' },
  level: 'Level {level}',
  why: 'Why',
  whyName: 'Why: the level of {name}',
  reasons: {
    'worse': 'It got worse by more than the tolerance of {tolerance} of ' +
      'the baseline.',
    'unchanged': 'It stayed as at the baseline, within a tolerance of ' +
      '{tolerance}.',
    'national-best': 'It reached the national best ({best}).',
    'above-peers': 'It improved and is better than the peer average ' +
      '({average}).',
    'substantial': 'It improved by at least {share} on the baseline.',
    'substantialTarget': 'It covered at least {share} of the way to the ' +
      'target ({target}).',
    'incipient': 'It improved, but by less than counts as significant ' +
      'progress.',
    'self-rated': 'The entity rated itself at this level: {justification}',
    'missingBaseline': 'No level: the baseline is missing.',
    'missingCurrent': 'No level: the current value is missing.',
    'missingBoth': 'No level: the baseline and the current value are ' +
      'missing.',
  },
  skipped: {
    'national-best': 'The national best is missing: the level may be ' +
      'higher.',
    'above-peers': 'The peer average is missing: the level may be higher.',
    'both': 'The peer average and the national best are missing: the ' +
      'level may be higher.',
  },
  descriptor: 'Level {level}, {name}: {text}',
  sorted: 'Sorted by {column}, {direction}, within each dimension.',
  ascending: 'ascending',
  descending: 'descending',
  shownAll: 'Showing all {count} indicators of every dimension.',
  shownAllOne: 'Showing the only indicator, of every dimension.',
  shown: 'Showing {count} indicators of {dimension}.',
  shownOne: 'Showing 1 indicator of {dimension}.',
  loading: 'Loading the indicators…',
  empty: 'There are no indicators to show.',
  errorHeading: 'The indicators are not available',
  errorAdvice: 'Check the address or the content of the data, or contact ' +
    'whoever publishes it.',
  ruleError: 'The levels could not be worked out: the level rule does not ' +
    'fit edition {edition} of the model, which has {levels} levels.',
  ruleInvalid: 'The levels could not be worked out: the level rule ' +
    '(property rule) is not valid.',
  unknownFormat: 'The indicator set ({source}) is neither JSON nor a ' +
    'recognised CSV: neither its content type nor its extension says ' +
    'what it is. If it is a CSV, serve it as text/csv or use an address ' +
    'ending in .csv; if it is JSON, check its content.',
  rowsLeftOut: 'Some rows of the file could not be read and are not shown ' +
    '({count}). See the technical details.',
  technicalDetails: 'Technical details',
  row: 'Row {row}',
  rowColumn: 'Row {row}, column {column}',
  document: 'the indicator set',
  attribute: 'attribute indicators',
  property: 'property indicators',
};

/** The results table's texts, by language. */
export const messages: Record<Lang, ResultsTableMessages> = { es, en };
