import { model2020 } from './model/model-2020.ts';
import { model2021 } from './model/model-2021.ts';
import type { Model } from './schema/model.ts';

/** The editions of the model this library ships, by edition name. */
export const editions: Readonly<Record<string, Model>> = {
  '2020': model2020,
  '2021': model2021,
};

/** The model of `edition`, or `undefined` when the library lacks it. */
export function modelForEdition(edition: string): Model | undefined {
  return Object.hasOwn(editions, edition) ? editions[edition] : undefined;
}
