import type { Issue } from '../../engine/schema/issues.ts';

/** Why an element could not do its work. */
export type ErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'object-attribute'
  | 'schema'
  | 'storage'
  | 'too-large';

/** The detail of every `sctmm-error` event. */
export interface SctmmErrorDetail {
  code: ErrorCode;
  /** A message for people, in the element's language. */
  message: string;
  /** What is wrong in the document, when there is one. */
  issues: Issue[];
  /** The HTTP status, when the server answered with an error. */
  status?: number;
}

/**
 * Dispatches a `CustomEvent` that bubbles and crosses shadow roots, as
 * every event of the library does.
 */
export function emit<T>(target: EventTarget, type: string, detail: T) {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'sctmm-error': CustomEvent<SctmmErrorDetail>;
  }
}
