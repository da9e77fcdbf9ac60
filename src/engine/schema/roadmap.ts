import * as z from 'zod/mini';
import { IdSchema, type LocalizedText } from './common.ts';

/** Where a step of the roadmap stands, as the entity says. */
export const ROADMAP_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** The status of one roadmap step. */
export const RoadmapStatusSchema = z.enum(ROADMAP_STATUSES);

/**
 * The entity's progress on the model's roadmap, an optional extra of an
 * assessment: a status per step id and when it last changed. It never
 * changes a score.
 */
export const RoadmapSchema = z.object({
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
  steps: z.record(IdSchema, RoadmapStatusSchema),
});

/** One step of the model's roadmap, in our own words. */
export interface RoadmapStep {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
}

export type RoadmapStatus = z.infer<typeof RoadmapStatusSchema>;
export type Roadmap = z.infer<typeof RoadmapSchema>;
