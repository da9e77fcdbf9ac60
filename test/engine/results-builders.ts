import type {
  Indicator,
  IndicatorSet,
  Polarity,
} from '../../src/engine/schema/indicators.ts';

/** Values of a measured indicator; everything not given is left out. */
export interface MeasuredValues {
  baseline: number | null;
  current: number | null;
  target?: number | null;
  average?: number | null;
  best?: number | null;
  peerValues?: number[];
  polarity?: Polarity;
  id?: string;
  subdimension?: string;
}

/** A measured indicator with the given values. */
export function measured(values: MeasuredValues): Indicator {
  const { average, best, target, peerValues } = values;
  const peers = average === undefined && best === undefined
    ? {}
    : { peers: { average: average ?? null, best: best ?? null } };
  return {
    id: values.id ?? 'indicator',
    subdimension: values.subdimension ?? 'gobierno-digital',
    name: { es: 'Indicador', en: 'Indicator' },
    unit: { es: '%', en: '%' },
    polarity: values.polarity ?? 'higher',
    baseline: { value: values.baseline, period: '2019' },
    current: { value: values.current, period: '2023' },
    ...(target === undefined ? {} : {
      target: { value: target, period: '2027' },
    }),
    ...peers,
    ...(peerValues ? { peerValues } : {}),
  };
}

/** A self-rated indicator. */
export function selfRated(
  level: number,
  id = 'rated',
  subdimension = 'gobierno-digital',
): Indicator {
  return {
    id,
    subdimension,
    name: { es: 'Autoevaluado', en: 'Self-rated' },
    unit: { es: 'nivel', en: 'level' },
    polarity: 'higher',
    selfRated: { level, justification: 'Acciones sin resultados aún.' },
  };
}

/** An indicator set of the 2020 edition. */
export function indicatorSet(indicators: Indicator[]): IndicatorSet {
  return {
    format: 'sctmm/indicator-set@1',
    edition: '2020',
    indicators,
  };
}

/** A deep copy, as JSON from a file would be. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
