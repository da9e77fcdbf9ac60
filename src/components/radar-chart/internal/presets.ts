import {
  axisNames2020,
  dimensionNames2020,
} from '../../../engine/model/names-2020.ts';
import type {
  Lang,
  LocalizedText,
} from '../../../engine/schema/common.ts';
import type { RadarAxis, RadarSeries } from './data.ts';

/** The sets of axes the `preset` attribute names. */
export type Preset = 'dimensions' | 'axes';

/** A dimension or axis as the presets need it: its id and name. */
export interface PresetItem {
  id: string;
  name: LocalizedText;
}

/** The dimensions and axes to draw presets from; a `Model` is one. */
export type PresetSource = Record<Preset, readonly PresetItem[]>;

function items(names: Record<string, LocalizedText>): PresetItem[] {
  return Object.entries(names).map(([id, name]) => ({ id, name }));
}

/** The 2020 edition's names only, not its whole model. */
const defaultSource: PresetSource = {
  dimensions: items(dimensionNames2020),
  axes: items(axisNames2020),
};

/** Whether `value` names a preset. */
export function isPreset(value: unknown): value is Preset {
  return value === 'dimensions' || value === 'axes';
}

/** The model's dimensions or enabling axes, named in `lang`. */
export function presetAxes(
  preset: Preset,
  lang: Lang,
  model: PresetSource = defaultSource,
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
  model: PresetSource = defaultSource,
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
