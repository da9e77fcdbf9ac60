import * as z from 'zod/mini';

/** The public entity assessed; `divipola` is DANE's 2- or 5-digit code. */
export const EntitySchema = z.object({
  name: z.string().check(z.minLength(1)),
  divipola: z.optional(
    z.string().check(z.regex(/^\d{2}(\d{3})?$/, 'expected 2 or 5 digits')),
  ),
});

/** The public entity an assessment or a snapshot is about. */
export type Entity = z.infer<typeof EntitySchema>;
