import * as z from 'zod/mini';

/** A text in every language the library speaks. */
export const LocalizedTextSchema = z.object({
  es: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The languages the library speaks; Spanish is the default. */
export type Lang = keyof LocalizedText;

/** A stable identifier: lower-case words joined by hyphens. */
export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case identifier'),
);

/** A maturity level: a whole number from 1 up to the model's count. */
export const LevelSchema = z.int().check(z.minimum(1));

/** A score on the scale [0, L]; `null` where there is no data. */
export const ScoreSchema = z.number().check(z.minimum(0));

/** A weight in a weighted mean; zero leaves the item out. */
export const WeightSchema = z.number().check(z.minimum(0));
