import {
  type AssessmentImportFailure,
  importAssessment,
} from '../../../engine/import-assessment.ts';
import type { Assessment } from '../../../engine/schema/assessment.ts';
import type { Issue } from '../../../engine/schema/issues.ts';
import { FetchJsonError, fetchJson } from '../../shared/fetch-json.ts';
import { NotJson } from '../../shared/json-attribute.ts';

/** Where an assessment came from. */
export type Origin = 'property' | 'attribute' | 'src' | 'file';

/** Why an assessment could not be shown. */
export type LoadFailure =
  | { kind: 'fetch'; code: FetchJsonError['code']; status?: number }
  | { kind: 'import'; failure: AssessmentImportFailure }
  | { kind: 'edition'; edition: string }
  | { kind: 'object-attribute' }
  | { kind: 'too-large'; size: number; limit: number };

/** An assessment ready to show, or why there is none. */
export type Outcome =
  | {
    ok: true;
    origin: Origin;
    /** What the report names as the source: a URL or a file name. */
    source: string;
    assessment: Assessment;
    notes: Issue[];
    migratedFrom?: string;
  }
  | { ok: false; origin: Origin; source: string; failure: LoadFailure };

/** Checks and settles `value` through the engine's import. */
export function fromValue(
  value: unknown,
  origin: Origin,
  source: string,
  edition?: string,
): Outcome {
  if (value instanceof NotJson && value.code === 'object-attribute') {
    return { ok: false, origin, source, failure: { kind: value.code } };
  }
  const json = value instanceof NotJson ? value.text : value;
  const result = importAssessment(json, edition ? { edition } : {});
  if (!result.ok) {
    return { ok: false, origin, source, failure: { kind: 'import',
      failure: result } };
  }
  return {
    ok: true,
    origin,
    source,
    assessment: result.value,
    notes: result.notes,
    ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
  };
}

/** Fetches the assessment at `url` and checks it. */
export async function fromUrl(
  url: string,
  signal: AbortSignal,
  edition?: string,
): Promise<Outcome> {
  try {
    return fromValue(await fetchJson(url, signal), 'src', url, edition);
  } catch (error) {
    if (!(error instanceof FetchJsonError)) throw error;
    const failure: LoadFailure = { kind: 'fetch', code: error.code,
      ...(error.status === undefined ? {} : { status: error.status }) };
    return { ok: false, origin: 'src', source: url, failure };
  }
}

/**
 * The largest file the report reads, 5 MB (5,000,000 bytes): an
 * assessment takes a few kilobytes, and reading a huge file would
 * freeze the page.
 */
export const MAX_FILE_BYTES = 5_000_000;

/** Reads a file the user chose, unless it is too large, and checks it. */
export async function fromFile(file: File, edition?: string):
  Promise<Outcome> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, origin: 'file', source: file.name, failure: {
      kind: 'too-large', size: file.size, limit: MAX_FILE_BYTES } };
  }
  const text = await file.text();
  return fromValue(text, 'file', file.name, edition);
}
