import type { EventName } from '@lit/react';

/**
 * The name of an sctmm event whose detail is `T`, typed so that the
 * wrapper's handler prop receives a `CustomEvent<T>`.
 */
export type SctmmEvent<T> = EventName<CustomEvent<T>>;
