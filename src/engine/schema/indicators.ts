import * as z from 'zod/mini';
import { IdSchema, LevelSchema, LocalizedTextSchema } from './common.ts';
import { EntitySchema } from './entity.ts';

/** The format tag of an indicator set, version 1. */
export const INDICATOR_SET_FORMAT = 'sctmm/indicator-set@1';

/**
 * When a value was measured: a year (`2023`), a quarter (`2019-Q4`), a
 * semester (`2022-S1`) or a month (`2023-07`).
 */
export const PeriodSchema = z.string().check(
  z.regex(
    /^\d{4}(?:-(?:Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/,
    'expected a period as YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM',
  ),
);

/** Which way is better: a `higher` value or a `lower` one. */
export const PolaritySchema = z.enum(['higher', 'lower']);

/** A measured value and its period; either may be unknown (`null`). */
export const ObservationSchema = z.object({
  value: z.nullable(z.number()),
  period: z.nullable(PeriodSchema),
});

/**
 * The other entities' values, already summarised: their `average` and
 * the country's `best` (in the indicator's own direction).
 */
export const PeersSchema = z.object({
  average: z.nullable(z.number()),
  best: z.nullable(z.number()),
});

/** The level the entity gave itself, and why (the model's method b). */
export const SelfRatingSchema = z.object({
  level: LevelSchema,
  justification: z.string().check(z.minLength(1)),
});

/** What an indicator is, without any value: a catalogue entry. */
export const IndicatorDefinitionSchema = z.object({
  id: IdSchema,
  subdimension: IdSchema,
  name: LocalizedTextSchema,
  unit: LocalizedTextSchema,
  polarity: PolaritySchema,
  source: z.optional(z.string().check(z.minLength(1))),
});

/**
 * An indicator of the entity. It is measured (`baseline` and `current`,
 * an optional `target`, and `peers` or the list `peerValues`) or
 * self-rated (`selfRated`); a self-rating sets the level even when
 * values are given too. `peerValues` holds the current value of every
 * entity compared, this one included.
 */
export const IndicatorSchema = z.object({
  ...IndicatorDefinitionSchema.shape,
  baseline: z.optional(ObservationSchema),
  current: z.optional(ObservationSchema),
  target: z.optional(ObservationSchema),
  peers: z.optional(PeersSchema),
  peerValues: z.optional(z.array(z.number())),
  selfRated: z.optional(SelfRatingSchema),
});

/** The indicators of one entity for the results measurement. */
export const IndicatorSetSchema = z.object({
  format: z.literal(INDICATOR_SET_FORMAT),
  edition: z._default(z.string(), '2020'),
  entity: z.optional(EntitySchema),
  indicators: z.array(IndicatorSchema),
});

export type Period = z.infer<typeof PeriodSchema>;
export type Polarity = z.infer<typeof PolaritySchema>;
export type Observation = z.infer<typeof ObservationSchema>;
export type Peers = z.infer<typeof PeersSchema>;
export type SelfRating = z.infer<typeof SelfRatingSchema>;
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;
