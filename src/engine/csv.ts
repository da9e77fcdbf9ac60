import { roundScore } from './levels.ts';
import { dsvFormat } from 'd3-dsv';
import type { Lang } from './schema/common.ts';
import type { Instrument } from './schema/instrument.ts';
import type { Model } from './schema/model.ts';
import type { CapacityResult } from './schema/result.ts';

const headers = {
  es: ['tipo', 'id', 'nombre', 'puntaje', 'nivel', 'nombre del nivel'],
  en: ['kind', 'id', 'name', 'score', 'level', 'level name'],
};

const kinds = {
  es: { overall: 'total', axis: 'eje', capacity: 'capacidad' },
  en: { overall: 'overall', axis: 'axis', capacity: 'capacity' },
};

/**
 * The capacity result as CSV: one row for the overall score, one per axis
 * and one per capacity, scores rounded to one decimal as the level rule
 * rounds them. In Spanish the CSV is written as spreadsheets set to
 * Colombian Spanish read it (`;` between fields, a decimal comma); in
 * English with `,` and a decimal point.
 */
export function capacityResultToCsv(
  result: CapacityResult,
  instrument: Instrument,
  model: Model,
  lang: Lang = 'es',
): string {
  const levelName = (level: number | null) =>
    level === null ? '' : model.levels[level - 1]?.name[lang] ?? '';
  const score = (value: number | null) => {
    if (value === null) return '';
    const text = roundScore(value).toFixed(1);
    return lang === 'es' ? text.replace('.', ',') : text;
  };
  const row = (
    kind: keyof (typeof kinds)['es'],
    id: string,
    name: string,
    part: { score: number | null; level: number | null },
  ) => [
    kinds[lang][kind],
    id,
    name,
    score(part.score),
    part.level === null ? '' : String(part.level),
    levelName(part.level),
  ];

  const rows = [headers[lang], row('overall', '', '', result)];
  result.axes.forEach((axis, a) => {
    const axisName = model.axes.find((x) => x.id === axis.id)?.name[lang];
    rows.push(row('axis', axis.id, axisName ?? axis.id, axis));
    axis.capacities.forEach((capacity, c) => {
      const asked = instrument.axes[a]?.capacities[c];
      rows.push(row('capacity', capacity.id,
        asked?.title[lang] ?? capacity.id, capacity));
    });
  });
  return dsvFormat(lang === 'es' ? ';' : ',').formatRows(rows);
}
