import { defaultModel } from '../../../engine/model/index.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Model } from '../../../engine/schema/model.ts';
import type { RadarAxis, RadarSeries } from './data.ts';

/** The sets of axes the `preset` attribute names. */
export type Preset = 'dimensions' | 'axes';

/** Whether `value` names a preset. */
export function isPreset(value: unknown): value is Preset {
  return value === 'dimensions' || value === 'axes';
}

/** The model's dimensions or enabling axes, named in `lang`. */
export function presetAxes(
  preset: Preset,
  lang: Lang,
  model: Model = defaultModel,
): RadarAxis[] {
  return model[preset].map((item) => ({
    key: item.id,
    label: item.name[lang],
  }));
}

/**
 * Axes for series given without `axes` or `preset`: every key in the
 * order first met, named as the model names it when it is one of its
 * dimensions or axes.
 */
export function axesFromSeries(
  series: readonly RadarSeries[],
  lang: Lang,
  model: Model = defaultModel,
): RadarAxis[] {
  const known = new Map(
    [...model.dimensions, ...model.axes].map((item) => [item.id, item]),
  );
  const keys = new Set(series.flatMap((s) => Object.keys(s.values)));
  return [...keys].map((key) => ({
    key,
    label: known.get(key)?.name[lang] ?? key,
  }));
}
