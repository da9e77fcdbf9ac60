import { dsvFormat } from 'd3-dsv';
import type {
  Indicator,
  IndicatorSet,
} from '../../src/engine/schema/indicators.ts';

/** The Spanish headers of the indicator CSV, in the order written. */
export const CSV_HEADERS = [
  'indicador', 'subdimensión', 'nombre', 'nombre_en', 'unidad',
  'unidad_en', 'polaridad', 'linea_base', 'periodo_linea_base',
  'valor_actual', 'periodo_actual', 'meta', 'periodo_meta',
  'promedio_pares', 'mejor_nacional', 'valores_pares',
  'nivel_autoevaluado', 'justificacion', 'fuente',
] as const;

const spanish = new Intl.NumberFormat('es-CO', {
  maximumFractionDigits: 6,
  useGrouping: true,
});

/** A number as a Colombian spreadsheet writes it: 1.846,2. */
function number(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : spanish.format(value);
}

function row(indicator: Indicator): string[] {
  const { baseline, current, target, peers, peerValues, selfRated } =
    indicator;
  return [
    indicator.id, indicator.subdimension,
    indicator.name.es, indicator.name.en,
    indicator.unit.es, indicator.unit.en,
    indicator.polarity === 'higher' ? 'mayor' : 'menor',
    number(baseline?.value), baseline?.period ?? '',
    number(current?.value), current?.period ?? '',
    number(target?.value), target?.period ?? '',
    number(peers?.average), number(peers?.best),
    peerValues?.map(number).join('|') ?? '',
    selfRated ? String(selfRated.level) : '',
    selfRated?.justification ?? '',
    indicator.source ?? '',
  ];
}

/**
 * The set as a Colombian open-data export: `;` between fields, decimal
 * commas, thousands dots, Spanish headers, CRLF line ends.
 */
export function demoIndicatorCsv(set: IndicatorSet): string {
  const rows = [[...CSV_HEADERS], ...set.indicators.map(row)];
  return `${dsvFormat(';').formatRows(rows).replace(/\n/g, '\r\n')}\r\n`;
}
