import type { Lang } from '../../engine/schema/common.ts';

const es = {
  showData: 'Ver datos',
  hideData: 'Ocultar datos',
  caption: 'Datos del gráfico radial',
  /** The caption of the data table of a chart with a `label`. */
  labelledCaption: 'Datos del gráfico radial: {label}',
  axis: 'Eje',
  noData: 'sin datos',
  outOfRange: '{value} (fuera de la escala de {min} a {max}: se dibuja ' +
    'en {drawn})',
  summaryOne: 'Gráfico radial de 1 eje, en una escala de {min} a {max}.',
  summaryMany: 'Gráfico radial de {count} ejes, en una escala de {min} a ' +
    '{max}.',
  empty: 'Gráfico radial: sin datos.',
  noSeries: 'No hay series de datos.',
  highLow: '{series}: el valor más alto, {highValue}, está en {high}, y ' +
    'el más bajo, {lowValue}, en {low}.',
  allEqual: '{series}: {value} en {axes}.',
  allAxes: 'todos los ejes con datos',
  seriesNoData: '{series}: sin datos.',
  gaps: 'Sin datos en {axes}.',
  hint: 'Use las flechas para recorrer los valores.',
  point: 'Eje {axis}, serie {series}: {value}',
  seriesName: 'Serie {n}',
  legend: 'Series',
  /** What the error messages call an attribute and a property. */
  attribute: 'el atributo',
  property: 'la propiedad',
};

/** The texts of the radar chart in one language. */
export type RadarChartMessages = typeof es;

const en: RadarChartMessages = {
  showData: 'Show data',
  hideData: 'Hide data',
  caption: 'Radar chart data',
  labelledCaption: 'Radar chart data: {label}',
  axis: 'Axis',
  noData: 'no data',
  outOfRange: '{value} (outside the scale from {min} to {max}: drawn at ' +
    '{drawn})',
  summaryOne: 'Radar chart of 1 axis, on a scale from {min} to {max}.',
  summaryMany: 'Radar chart of {count} axes, on a scale from {min} to ' +
    '{max}.',
  empty: 'Radar chart: no data.',
  noSeries: 'There are no data series.',
  highLow: '{series}: highest {highValue} on {high}; lowest ' +
    '{lowValue} on {low}.',
  allEqual: '{series}: {value} on {axes}.',
  allAxes: 'every axis with data',
  seriesNoData: '{series}: no data.',
  gaps: 'No data on {axes}.',
  hint: 'Use the arrow keys to move between values.',
  point: 'Axis {axis}, series {series}: {value}',
  seriesName: 'Series {n}',
  legend: 'Series',
  attribute: 'the attribute',
  property: 'the property',
};

/** The radar chart's texts, by language. */
export const messages: Record<Lang, RadarChartMessages> = { es, en };

type Wording = Pick<RadarChartMessages,
  'axis' | 'summaryOne' | 'summaryMany' | 'point' | 'allAxes'>;

/**
 * The words of a chart of the model's dimensions: "ejes" are the model's
 * enabling axes, so the spokes of this chart are called dimensions.
 */
export const dimensionWording: Record<Lang, Wording> = {
  es: {
    axis: 'Dimensión',
    summaryOne: 'Gráfico radial de 1 dimensión, en una escala de {min} ' +
      'a {max}.',
    summaryMany: 'Gráfico radial de {count} dimensiones, en una escala ' +
      'de {min} a {max}.',
    point: 'Dimensión {axis}, serie {series}: {value}',
    allAxes: 'todas las dimensiones con datos',
  },
  en: {
    axis: 'Dimension',
    summaryOne: 'Radar chart of 1 dimension, on a scale from {min} to ' +
      '{max}.',
    summaryMany: 'Radar chart of {count} dimensions, on a scale from ' +
      '{min} to {max}.',
    point: 'Dimension {axis}, series {series}: {value}',
    allAxes: 'every dimension with data',
  },
};
