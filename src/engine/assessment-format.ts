import type { Assessment } from './schema/assessment.ts';

/** The format tag this library writes and reads. */
export const ASSESSMENT_FORMAT = 'sctmm/assessment@1';

/** The newest version of the assessment format this library reads. */
export const ASSESSMENT_VERSION = 1;

const TAG = /^sctmm\/assessment@(\d+)$/;

/** What the `format` tag of a document says it is. */
export type FormatTag =
  | { kind: 'assessment'; version: number }
  | { kind: 'other'; found: string }
  | { kind: 'none' };

/**
 * Reads the `format` tag of `data`: an assessment and its version,
 * another format (an index snapshot, an instrument…), or no tag.
 */
export function readFormatTag(data: unknown): FormatTag {
  const tag = typeof data === 'object' && data !== null
    ? (data as { format?: unknown }).format
    : undefined;
  if (typeof tag !== 'string') return { kind: 'none' };

  const version = TAG.exec(tag)?.[1];
  return version === undefined
    ? { kind: 'other', found: tag }
    : { kind: 'assessment', version: Number(version) };
}

/**
 * How a document's `format` tag stands against the assessment format
 * this library reads: `current`, an `older` or a `newer` version of it,
 * `other` (another kind of document, named by `found`), or `none` (no
 * tag at all, perhaps not an assessment).
 */
export type FormatStanding =
  | { status: 'current' }
  | { status: 'older' | 'newer'; version: number }
  | { status: 'other'; found: string }
  | { status: 'none' };

/** Recognizes the `format` tag of `data` (see `FormatStanding`). */
export function formatStanding(data: unknown): FormatStanding {
  const tag = readFormatTag(data);
  if (tag.kind !== 'assessment') return tag.kind === 'other'
    ? { status: 'other', found: tag.found } : { status: 'none' };

  const { version } = tag;
  if (version === ASSESSMENT_VERSION) return { status: 'current' };
  return { status: version < ASSESSMENT_VERSION ? 'older' : 'newer',
    version };
}

/** JSON text as a value, or `undefined` when it is not JSON. */
export function readJsonText(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return undefined;
  }
}

/** An assessment as the JSON text a file holds: indented, one last line. */
export function assessmentToJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}
