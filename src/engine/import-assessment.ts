import { settleExtras } from './assessment-extras.ts';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  formatStanding,
  readJsonText,
} from './assessment-format.ts';
import { editions } from './editions.ts';
import type { IndexWeights } from './maturity-index.ts';
import {
  type EditionBarrier,
  describeBarrier,
  editionBarrier,
} from './migrate-edition.ts';
import { recomputeAssessment } from './recompute-assessment.ts';
import { type Assessment, AssessmentSchema } from './schema/assessment.ts';
import { type Issue, safeParse } from './schema/issues.ts';
import type { Model } from './schema/model.ts';

/** Choices for `importAssessment`; every one is optional. */
export interface AssessmentImportOptions {
  /** The edition to bring the assessment to; by default, its own. */
  edition?: string;
  /** The editions that can be read, by name; the library's by default. */
  models?: Readonly<Record<string, Model>>;
  /** The weights of a recomputed `index` extra; equal by default. */
  weights?: IndexWeights;
}

/** Why a document could not be imported. */
export type AssessmentImportFailureCode =
  | 'not-json'
  | 'no-format'
  | 'not-assessment'
  | 'older-version'
  | 'newer-version'
  | 'invalid'
  | 'unknown-edition'
  | 'edition';

/** A document that cannot be imported, and why. */
export interface AssessmentImportFailure {
  ok: false;
  code: AssessmentImportFailureCode;
  /** Why, in one English sentence, for developers and logs. */
  reason: string;
  /** What is wrong where, for `invalid`; empty otherwise. */
  issues: Issue[];
  /** The format tag found, for `not-assessment` (absent: no tag). */
  found?: string;
  /** The format version found, for `older-version`, `newer-version`. */
  version?: number;
  /** The document's edition, for `unknown-edition` and `edition`. */
  edition?: string;
  /** The edition asked for, for `edition`. */
  target?: string;
  /** What keeps the document from that edition, for `edition`. */
  barrier?: EditionBarrier;
}

/** A document imported: the assessment, settled, and what changed. */
export interface AssessmentImportSuccess {
  ok: true;
  value: Assessment;
  /** Scores, levels and extras that were recomputed or left out. */
  notes: Issue[];
  /** The document's edition, when it was carried over to another. */
  migratedFrom?: string;
}

/** What importing a document gives. */
export type AssessmentImportResult =
  | AssessmentImportSuccess
  | AssessmentImportFailure;

function fail(
  code: AssessmentImportFailureCode,
  reason: string,
  details: Partial<AssessmentImportFailure> = {},
): AssessmentImportFailure {
  return { ok: false, code, reason, issues: [], ...details };
}

function checkTag(data: unknown): AssessmentImportFailure | undefined {
  const standing = formatStanding(data);
  switch (standing.status) {
    case 'current':
      return undefined;
    case 'none':
      return fail('no-format', 'the document has no format tag, so it ' +
        `may not be an assessment (${ASSESSMENT_FORMAT})`);
    case 'other':
      return fail('not-assessment', `the document is "${standing.found}", ` +
        `not an assessment (${ASSESSMENT_FORMAT})`,
      { found: standing.found });
    case 'older':
      return fail('older-version', 'the document is version ' +
        `${standing.version} of the assessment format, older than any ` +
        `this library reads (version ${ASSESSMENT_VERSION})`,
      { version: standing.version });
    case 'newer':
      return fail('newer-version', 'the document is version ' +
        `${standing.version} of the assessment format; this library ` +
        `reads up to version ${ASSESSMENT_VERSION}`,
      { version: standing.version });
  }
}

/**
 * Reads an assessment: JSON text (a leading byte order mark is allowed)
 * or a parsed value. Checks its format tag, version and form, checks its
 * parts against its edition's model, recomputes its scores from its
 * parts (extras never change them) and, when `options.edition` names
 * another edition, carries it over when the two editions share a scale
 * and parts. Never throws for a bad document: the result says why it
 * cannot be used. An `options.edition` the library lacks is a mistake
 * of the caller and throws a `RangeError`.
 */
export function importAssessment(
  json: unknown,
  options: AssessmentImportOptions = {},
): AssessmentImportResult {
  const models = options.models ?? editions;
  const modelOf = (name: string) =>
    Object.hasOwn(models, name) ? models[name] : undefined;
  const target = options.edition === undefined ? undefined
    : modelOf(options.edition);
  if (options.edition !== undefined && !target) {
    throw new RangeError(`importAssessment: no model of edition ` +
      `"${options.edition}"`);
  }

  const text = typeof json === 'string' ? readJsonText(json) : undefined;
  if (typeof json === 'string' && !text) {
    return fail('not-json', 'the text is not a JSON document');
  }
  const data = text ? text.value : json;
  const badTag = checkTag(data);
  if (badTag) return badTag;
  const parsed = safeParse(AssessmentSchema, data);
  if (!parsed.ok) {
    return fail('invalid', 'the document does not follow the assessment ' +
      'format', { issues: parsed.issues });
  }

  const edition = parsed.value.edition;
  const source = modelOf(edition);
  if (!source) {
    return fail('unknown-edition', `edition "${edition}" of the model is ` +
      `unknown; known: ${Object.keys(models).join(', ')}`, { edition });
  }
  const settled = recomputeAssessment(parsed.value, source);
  if (settled.issues.length) {
    return fail('invalid', `the document does not fit edition ${edition} ` +
      'of the model', { issues: settled.issues });
  }

  const model = target ?? source;
  const barrier = model === source ? null
    : editionBarrier(settled.assessment, source, model);
  if (barrier) {
    return fail('edition', describeBarrier(barrier, edition, model.edition),
      { edition, target: model.edition, barrier });
  }
  const moved = { ...settled.assessment, edition: model.edition };
  const extras = settleExtras(moved, model, options.weights);
  return {
    ok: true,
    value: extras.assessment,
    notes: [...settled.notes, ...extras.notes],
    ...(model !== source ? { migratedFrom: edition } : {}),
  };
}
