import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema } from './common.ts';

const NamedSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

/** One maturity level: its number and its name. */
export const LevelInfoSchema = z.object({
  level: z.int().check(z.minimum(1)),
  name: LocalizedTextSchema,
});

/** What each level means for one measurement, one text per level. */
export const LevelScaleSchema = z.array(LocalizedTextSchema);

/** A sub-dimension of a dimension. */
export const SubdimensionSchema = NamedSchema;

/** A dimension and its sub-dimensions. */
export const DimensionSchema = z.object({
  ...NamedSchema.shape,
  subdimensions: z.array(SubdimensionSchema).check(z.minLength(1)),
});

/** An enabling axis. */
export const AxisSchema = NamedSchema;

/** An edition of the maturity model, as data. */
export const ModelSchema = z.object({
  format: z.literal('sctmm/model@1'),
  edition: z.string().check(z.minLength(1)),
  name: LocalizedTextSchema,
  levels: z.array(LevelInfoSchema).check(z.minLength(2)),
  scales: z.object({
    perception: LevelScaleSchema,
    results: LevelScaleSchema,
    capacity: LevelScaleSchema,
  }),
  dimensions: z.array(DimensionSchema).check(z.minLength(1)),
  axes: z.array(AxisSchema).check(z.minLength(1)),
});

export type LevelInfo = z.infer<typeof LevelInfoSchema>;
export type Subdimension = z.infer<typeof SubdimensionSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Axis = z.infer<typeof AxisSchema>;
export type Model = z.infer<typeof ModelSchema>;

/** The three measurements of the model. */
export type Measurement = keyof Model['scales'];
