import {
  agreementByLabel,
  answerNumber,
  isDontKnowText,
  normalizeText,
  segmentFromText,
} from './answer-text.ts';
import type { CellRules } from './response-cells.ts';
import { plainRules, trimCell } from './response-cells.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import { safeParse } from './schema/issues.ts';
import { SEGMENT_KEYS } from './schema/perception.ts';
import {
  type ResponseMapping,
  ResponseMappingSchema,
} from './schema/response-mapping.ts';
import { DONT_KNOW, type Survey } from './schema/survey.ts';

/**
 * A header as mappings match it: spaces around it dropped, runs of
 * spaces made one, lower case. `" Marca  temporal"` matches
 * `"marca temporal"`.
 */
export function columnKey(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function mappingIssues(
  mapping: ResponseMapping,
  survey: Survey,
  levels: number,
): Issue[] {
  const issues: Issue[] = [];
  if (mapping.survey && mapping.survey.id !== survey.id) {
    issues.push({
      path: 'survey.id',
      message: `expected "${survey.id}", got "${mapping.survey.id}"`,
    });
  }

  const ids = new Set(survey.statements.map((statement) => statement.id));
  const claimed = new Map<string, string>();
  const keys = new Set<string>();
  for (const [header, target] of Object.entries(mapping.columns)) {
    const path = `columns[${JSON.stringify(header)}]`;
    if (keys.has(columnKey(header))) {
      issues.push({ path, message: 'the same header is listed twice' });
    }
    keys.add(columnKey(header));
    if (target === 'ignore') continue;
    const known = ['segment', 'submittedAt', 'id'].includes(target);
    if (!known && !ids.has(target)) {
      issues.push({ path, message: `unknown statement "${target}"` });
    } else if (claimed.has(target)) {
      issues.push({
        path,
        message: `"${target}" is already read from ` +
          `${JSON.stringify(claimed.get(target))}`,
      });
    }
    claimed.set(target, header);
  }

  for (const [text, value] of Object.entries(mapping.answers ?? {})) {
    if (typeof value === 'number' && value > levels) {
      issues.push({
        path: `answers[${JSON.stringify(text)}]`,
        message: `expected at most ${levels}, got ${value}`,
      });
    }
  }
  return issues;
}

/** A path into one of the mapping's tables of texts, as zod writes it. */
const TEXT_PATH = /^(columns|answers|segments|notes)\.(.+)$/s;

/**
 * A path as the mapping's own checks write it, the text in quotes and
 * brackets: `answers["De acuerdo (5)"]`, not `answers.De acuerdo (5)`.
 * The tables hold plain values, so all after the first dot is the text.
 */
function textPath(issue: Issue): Issue {
  const match = TEXT_PATH.exec(issue.path);
  if (!match) return issue;
  return { ...issue, path: `${match[1]}[${JSON.stringify(match[2])}]` };
}

/**
 * Parses a response mapping (`sctmm/response-mapping@1`) and checks it
 * against `survey` on a scale of `levels` points: its statements exist,
 * no statement or role is read from two columns, no answer is rated
 * above the scale. Never throws.
 */
export function parseResponseMapping(
  data: unknown,
  survey: Survey,
  levels: number,
): ParseResult<ResponseMapping> {
  const parsed = safeParse(ResponseMappingSchema, data);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map(textPath) };
  const issues = mappingIssues(parsed.value, survey, levels);
  return issues.length ? { ok: false, issues } : parsed;
}

function table<T>(
  entries: Record<string, T> | undefined,
): (text: string) => T | undefined {
  const exact = new Map(Object.entries(entries ?? {}));
  const loose = new Map(Object.entries(entries ?? {}).map(
    ([text, value]) => [normalizeText(text), value] as const));
  return (text) => exact.get(text) ?? exact.get(trimCell(text)) ??
    loose.get(normalizeText(text));
}

function remembered<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      if (seen.size >= 4096) seen.clear();
      value = read(text);
      seen.set(text, value);
    }
    return value;
  };
}

/**
 * The rules a file is read by: `mapping`'s when there is one, else those
 * of the responses CSV.
 */
export function rulesFor(
  levels: number,
  mapping?: ResponseMapping,
  survey?: Survey,
): CellRules {
  return mapping ? mappedRules(mapping, levels, survey) : plainRules(levels);
}

/**
 * How the answers of an export are read with `mapping`: first its own
 * `answers` and `segments` (by exact text, then ignoring case, accents
 * and punctuation), then the defaults. A rating is empty for "don't
 * know", a leading number (`"5 - De acuerdo"`) or one in brackets at the
 * end (`"De acuerdo (5)"`), a "don't know" phrase
 * (`"No sé"`, `"NS/NR"`) or a point's label (`"Totalmente de acuerdo"`);
 * a segment is a key, a label or words that name it.
 */
export function mappedRules(
  mapping: ResponseMapping,
  levels: number,
  survey?: Survey,
): CellRules {
  const ownAnswer = table(mapping.answers);
  const ownSegment = table(mapping.segments);
  const byLabel = agreementByLabel(levels, survey);

  const rating = (text: string): number | string => {
    const own = ownAnswer(text);
    if (own !== undefined) return own === DONT_KNOW ? 0 : own;
    if (trimCell(text) === '' || isDontKnowText(text)) return 0;
    const number = answerNumber(text);
    if (number !== undefined) {
      return number >= 1 && number <= levels ? number
        : `rating ${number} is outside 1 to ${levels}`;
    }
    return byLabel.get(normalizeText(text)) ??
      `answer "${trimCell(text)}" is not known`;
  };

  const segment = (text: string): number | string => {
    const own = ownSegment(text);
    if (own !== undefined) return SEGMENT_KEYS.indexOf(own);
    return segmentFromText(text);
  };

  return {
    rating: remembered(rating),
    segment: remembered(segment),
    plain: false,
  };
}
